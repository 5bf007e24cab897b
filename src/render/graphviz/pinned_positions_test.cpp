// The pinned DOT of the timeline and storyline, laid out by Graphviz itself as a user would open
// it (`dot -Tjson f.dot`, the engine the file names): every node and edge comes back where the
// DOT put it, so xdot and `dot -Tpng` show our picture, not a re-layout.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "chronograph/render.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string view_dot(View view) {
  RenderOptions options;
  options.view = view;
  options.format = Format::dot;
  options.language = Language::en;
  const auto result = render(testing::article_graph(), {}, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

bool have_graphviz() {
  return std::system("command -v dot >/dev/null 2>&1 && command -v gvpr >/dev/null 2>&1") == 0;
}

std::string run(const std::string& command, const std::filesystem::path& output) {
  EXPECT_EQ(std::system((command + " > '" + output.string() + "' 2>/dev/null").c_str()), 0)
      << command;
  return testing::slurp(output);
}

// "x,y" → (x, y).
std::pair<double, double> point(const std::string& pos) {
  const auto comma = pos.find(',');
  return {std::stod(pos.substr(0, comma)), std::stod(pos.substr(comma + 1))};
}

void expect_pinned(View view, const std::string& name) {
  const auto dir = testing::binary_dir() / "pinned-dot-test";
  std::filesystem::create_directories(dir);
  const auto input = dir / (name + ".dot");
  const std::string dot = view_dot(view);
  ASSERT_NE(dot.find("layout=nop2"), std::string::npos);
  std::ofstream(input) << dot;
  // As written: gvpr reads the file without laying it out, one "name<TAB>pos" a node.
  const std::string written = run(
      "gvpr 'N [pos != \"\"] { printf(\"%s\\t%s\\n\", $.name, $.pos); }' '" + input.string() + "'",
      dir / (name + ".gvpr.txt"));
  // As a user opens it: `dot` with the engine the file names.
  const nlohmann::json laid = nlohmann::json::parse(
      run("dot -Tjson '" + input.string() + "'", dir / (name + ".json")), nullptr, false);
  ASSERT_FALSE(laid.is_discarded());
  std::map<std::string, std::string> theirs;
  for (const auto& object : laid.value("objects", nlohmann::json::array()))
    if (object.contains("pos")) theirs[object["name"]] = object["pos"];
  std::size_t checked = 0;
  for (std::size_t begin = 0; begin < written.size();) {
    std::size_t end = written.find('\n', begin);
    if (end == std::string::npos) end = written.size();
    const std::string line = written.substr(begin, end - begin);
    begin = end + 1;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    const std::string node = line.substr(0, tab);
    std::string pos = line.substr(tab + 1);
    if (pos.ends_with('!')) pos.pop_back();
    const auto found = theirs.find(node);
    ASSERT_NE(found, theirs.end()) << node;
    const auto [x, y] = point(pos);
    const auto [their_x, their_y] = point(found->second);
    // Graphviz keeps positions in inches internally: a few hundredths of a point of rounding.
    EXPECT_NEAR(x, their_x, 0.06) << node;
    EXPECT_NEAR(y, their_y, 0.06) << node;
    ++checked;
  }
  EXPECT_GT(checked, 20U);
}

TEST(PinnedDot, TimelineOpensWhereItWasPinned) {
  if (!have_graphviz()) GTEST_SKIP() << "Graphviz (dot, gvpr) is not installed";
  expect_pinned(View::timeline, "timeline");
}

TEST(PinnedDot, StorylineOpensWhereItWasPinned) {
  if (!have_graphviz()) GTEST_SKIP() << "Graphviz (dot, gvpr) is not installed";
  expect_pinned(View::storyline, "storyline");
}

}  // namespace
}  // namespace chronograph
