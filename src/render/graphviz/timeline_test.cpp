#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "chronograph/render.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

bool have_neato() {
  return std::system("command -v neato >/dev/null 2>&1") == 0;
}

std::string article_dot(Language language) {
  RenderOptions options;
  options.language = language;
  options.format = Format::dot;
  const auto result = render(testing::article_graph(), {}, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

TEST(TimelineDot, PinsEveryNodeWithYUp) {
  const std::string dot = article_dot(Language::en);
  EXPECT_NE(dot.find("digraph timeline"), std::string::npos);
  EXPECT_NE(dot.find("bb=\"0,0,"), std::string::npos);
  // The title sits at the top of the page: with y up its pos has the largest y of all nodes.
  const auto title = dot.find("title\t[");
  ASSERT_NE(title, std::string::npos) << dot.substr(0, 2000);
  EXPECT_NE(dot.find("pos=\"", title), std::string::npos);
  EXPECT_NE(dot.find("!\""), std::string::npos);
  EXPECT_NE(dot.find("\"event/publication\""), std::string::npos);
  EXPECT_NE(dot.find("shape=diamond"), std::string::npos);  // the publication instant
}

TEST(TimelineDot, NeatoPinnedLayoutAcceptsIt) {
  if (!have_neato()) GTEST_SKIP() << "neato is not installed";
  for (const Language language : {Language::ko, Language::en}) {
    const auto dir = testing::binary_dir() / "timeline-dot-test";
    std::filesystem::create_directories(dir);
    const auto input = dir / (language == Language::ko ? "article-ko.dot" : "article-en.dot");
    const auto output = dir / (language == Language::ko ? "article-ko.svg" : "article-en.svg");
    std::ofstream(input) << article_dot(language);
    const std::string command = "neato -n2 -Tsvg '" + input.string() + "' -o '" + output.string() +
                                "' 2>'" + (dir / "neato.err").string() + "'";
    ASSERT_EQ(std::system(command.c_str()), 0) << testing::slurp(dir / "neato.err");
    EXPECT_EQ(testing::slurp(dir / "neato.err"), "");
    pugi::xml_document svg;
    EXPECT_TRUE(svg.load_file(output.c_str()));
    EXPECT_FALSE(svg.select_nodes("//*[local-name()='g'][@class='node']").empty());
  }
}

TEST(TimelineDot, HostileTextStaysText) {
  if (!have_neato()) GTEST_SKIP() << "neato is not installed";
  const std::string hostile = "A \"q\" \\N <b> & <script>alert(1)</script> ]; x=1";
  EventGraph graph;
  graph.info.zone = "UTC";
  graph.info.title = {hostile, "", ""};
  for (const EventStatus status : {EventStatus::happened, EventStatus::cancelled}) {
    const Seconds day =
        testing::at(2024, 1, static_cast<unsigned>(1 + graph.events().size()), 9, 0, 0);
    testing::add_sketch(graph, {fmt::format("evil\"{}", to_string(status)),
                                "",
                                hostile,
                                {day, day},
                                {day + 3600 * 8, day + 3600 * 8},
                                status});
  }
  const auto result = render(graph, {}, {.format = Format::dot});
  ASSERT_TRUE(result.ok());
  const auto dir = testing::binary_dir() / "timeline-dot-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "hostile.dot") << *result.value;
  const std::string command = "neato -n2 -Tsvg '" + (dir / "hostile.dot").string() + "' -o '" +
                              (dir / "hostile.svg").string() + "' 2>'" +
                              (dir / "hostile.err").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << testing::slurp(dir / "hostile.err");
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_file((dir / "hostile.svg").c_str()));
  EXPECT_TRUE(svg.select_nodes("//*[local-name()='script']").empty());
  // The title node's text comes back exactly, backslash-N and all.
  bool found = false;
  for (const auto& hit : svg.select_nodes("//*[local-name()='text']"))
    found = found || std::string(hit.node().child_value()) == hostile;
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace chronograph
