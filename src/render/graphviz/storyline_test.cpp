#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string article_dot(Language language) {
  const auto path = testing::source_dir() / "graphs" / "altman-korea-2024.yaml";
  const Loaded loaded = load(testing::slurp(path), path.string());
  EXPECT_TRUE(loaded.ok());
  RenderOptions options;
  options.view = View::storyline;
  options.format = Format::dot;
  options.language = language;
  const auto result = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

TEST(StorylineDot, PinsNodesAndGivesEveryStretchItsCurve) {
  const std::string dot = article_dot(Language::en);
  EXPECT_NE(dot.find("graph storyline"), std::string::npos);
  EXPECT_NE(dot.find("\"meeting/chey-meeting\""), std::string::npos);
  EXPECT_NE(dot.find("\"line/altman/0\""), std::string::npos);
  EXPECT_NE(dot.find("style=dashed"), std::string::npos);  // into the planned meeting
  EXPECT_EQ(dot.find("nan"), std::string::npos);
  EXPECT_EQ(dot.find("inf"), std::string::npos);
}

TEST(StorylineDot, NeatoPinnedLayoutAcceptsIt) {
  if (std::system("command -v neato >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "neato is not installed";
  const auto dir = testing::binary_dir() / "storyline-dot-test";
  std::filesystem::create_directories(dir);
  for (const Language language : {Language::ko, Language::en}) {
    const std::string stem = language == Language::ko ? "article-ko" : "article-en";
    const auto input = dir / fmt::format("{}.dot", stem);
    const auto output = dir / fmt::format("{}.svg", stem);
    std::ofstream(input) << article_dot(language);
    const std::string command = fmt::format("neato -n2 -Tsvg '{}' -o '{}' 2>'{}'", input.string(),
                                            output.string(), (dir / "neato.err").string());
    ASSERT_EQ(std::system(command.c_str()), 0) << testing::slurp(dir / "neato.err");
    EXPECT_EQ(testing::slurp(dir / "neato.err"), "");
    pugi::xml_document svg;
    EXPECT_TRUE(svg.load_file(output.c_str()));
    EXPECT_FALSE(svg.select_nodes("//*[local-name()='g'][@class='edge']").empty());
  }
}

}  // namespace
}  // namespace chronograph
