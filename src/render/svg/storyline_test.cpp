#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "chronograph/chronograph.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::add_person;
using testing::add_sketch;
using testing::at;

Loaded load_article() {
  const auto path = testing::source_dir() / "graphs" / "altman-korea-2024.yaml";
  return load(testing::slurp(path), path.string());
}

Result<std::string> storyline_svg(const EventGraph& graph, const ReasonReport& report = {},
                                  Language language = Language::en) {
  RenderOptions options;
  options.view = View::storyline;
  options.language = language;
  return render(graph, report, options);
}

pugi::xml_document parse(const std::string& svg) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_string(svg.c_str());
  EXPECT_TRUE(parsed) << parsed.description() << " at byte " << parsed.offset;
  return document;
}

// Every number in the drawing is finite and the page is no larger than `limit` either way.
void expect_legible_geometry(const pugi::xml_document& document, double limit) {
  const pugi::xml_node svg = document.child("svg");
  const double width = svg.attribute("width").as_double();
  const double height = svg.attribute("height").as_double();
  EXPECT_GT(width, 100);
  EXPECT_GT(height, 50);
  EXPECT_LE(width, limit);
  EXPECT_LE(height, limit);
  std::ostringstream text;
  document.save(text);
  const std::string all = text.str();
  EXPECT_EQ(all.find("nan"), std::string::npos);
  EXPECT_EQ(all.find("inf"), std::string::npos);
  for (const auto& hit : document.select_nodes("//*[@x or @y]"))
    for (const char* name : {"x", "y", "x1", "y1", "x2", "y2", "width", "height"}) {
      const pugi::xml_attribute attribute = hit.node().attribute(name);
      if (!attribute || std::string(attribute.value()).find('%') != std::string::npos) continue;
      const double value = attribute.as_double();
      EXPECT_TRUE(std::isfinite(value));
      EXPECT_GE(value, -1);
      EXPECT_LE(value, std::max(width, height) + 1);
    }
}

EventGraph one_meeting_graph(const std::string& title, std::size_t participants) {
  EventGraph graph;
  graph.info.title = {title, "", ""};
  graph.info.zone = "Asia/Seoul";
  std::vector<NodeId> people;
  for (std::size_t i = 0; i < participants; ++i)
    people.push_back(
        add_person(graph, fmt::format("p{}", i), "", i == 0 ? title : fmt::format("Person {}", i)));
  const Seconds t = at(2024, 1, 26, 10);
  add_sketch(graph,
             {"meeting", "", title, {t, t}, {t + 3600, t + 3600}, EventStatus::happened, people});
  add_sketch(graph, {"later",
                     "",
                     "Later",
                     {t + 7200, t + 7200},
                     {t + 9000, t + 9000},
                     EventStatus::reported,
                     {people.front()}});
  return graph;
}

TEST(StorylineSvg, ArticleIsWellFormedAndWrittenForViewing) {
  const Loaded loaded = load_article();
  ASSERT_TRUE(loaded.ok());
  for (const Language language : {Language::ko, Language::en}) {
    const auto result = storyline_svg(*loaded.graph, loaded.report, language);
    ASSERT_TRUE(result.ok());
    std::ofstream(testing::binary_dir() / (language == Language::ko ? "storyline-article-ko.svg"
                                                                    : "storyline-article-en.svg"))
        << *result.value;
    const pugi::xml_document document = parse(*result.value);
    expect_legible_geometry(document, 4000);
    EXPECT_FALSE(document.select_node("//g[@data-event='chey-meeting']").node().empty());
    EXPECT_FALSE(document.select_node("//g[@class='line'][@data-entity='altman']").node().empty());
    // The stretch into the planned meeting is dashed.
    EXPECT_FALSE(document
                     .select_node("//g[@data-entity='chey-tae-won']/path[contains(@class,"
                                  "'status-planned')]")
                     .node()
                     .empty());
    EXPECT_FALSE(
        document.select_node("//g[@class='meeting status-reported']//g[@class='badge reported']")
            .node()
            .empty());
  }
}

TEST(StorylineSvg, HostileTextIsEscapedAndTooltipsKeepIt) {
  const std::string hostile = "\"quoted\" \\back <b>bold</b> & <script>alert(1)</script>";
  const auto result = storyline_svg(one_meeting_graph(hostile, 3));
  ASSERT_TRUE(result.value);
  EXPECT_EQ(result.value->find("<script>"), std::string::npos);
  EXPECT_EQ(result.value->find("<b>"), std::string::npos);
  const pugi::xml_document document = parse(*result.value);
  const std::string tooltip =
      document.select_node("//g[@data-event='meeting']/title").node().text().get();
  EXPECT_EQ(tooltip.substr(0, hostile.size()), hostile);
  const std::string line_tooltip =
      document.select_node("//g[@class='line'][@data-entity='p0']/title").node().text().get();
  EXPECT_EQ(line_tooltip.substr(0, hostile.size() + 1), hostile + "\n");
}

TEST(StorylineSvg, LongTitleIsShortenedWithTheFullTextInTheTooltip) {
  const std::string title(500, 'W');
  const auto result = storyline_svg(one_meeting_graph(title, 2));
  ASSERT_TRUE(result.value);
  const pugi::xml_document document = parse(*result.value);
  expect_legible_geometry(document, 3000);
  const std::string label =
      document.select_node("//g[@data-event='meeting']/text").node().text().get();
  EXPECT_LT(label.size(), 100u);
  EXPECT_EQ(label.substr(label.size() - 3), "…");
  const std::string tooltip =
      document.select_node("//g[@data-event='meeting']/title").node().text().get();
  EXPECT_NE(tooltip.find(title), std::string::npos);
}

TEST(StorylineSvg, TwoHundredParticipantsShareOneMeeting) {
  const auto result = storyline_svg(one_meeting_graph("Crowd", 200));
  ASSERT_TRUE(result.value);
  const pugi::xml_document document = parse(*result.value);
  // Level of detail: lines for the 30 a page can follow; the legend says how many were left.
  expect_legible_geometry(document, 1400);
  EXPECT_EQ(document.select_nodes("//g[@class='line']").size(), 30u);
  EXPECT_EQ(document.select_nodes("//text[contains(@class,'line-label')]").size(), 30u);
  const std::string legend =
      document.select_node("//g[@data-key='density']/text").node().text().get();
  EXPECT_NE(legend.find("lines for the 30 busiest of 200 participants"), std::string::npos)
      << legend;
}

TEST(StorylineSvg, EventFiveCenturiesAwayBecomesAScaleBreak) {
  Loaded loaded = load_article();
  ASSERT_TRUE(loaded.ok());
  EventGraph graph = *loaded.graph;
  testing::add_year_1500_event(graph, *graph.find("altman"));
  const auto result = storyline_svg(graph, loaded.report);
  ASSERT_TRUE(result.value);
  const pugi::xml_document document = parse(*result.value);
  expect_legible_geometry(document, 4000);
  EXPECT_GE(document.select_nodes("//g[@class='scale-break']").size(), 2u);
  EXPECT_FALSE(document.select_node("//g[@data-event='founding']").node().empty());
}

TEST(StorylineSvg, ZeroEventsGiveAWarningAndALegiblePage) {
  EventGraph graph;
  graph.info.title = {"Empty", "", ""};
  const auto result = storyline_svg(graph);
  ASSERT_TRUE(result.value);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(result.diagnostics[0].severity, Severity::warning);
  EXPECT_NE(result.diagnostics[0].message.find("no lines"), std::string::npos);
  const pugi::xml_document document = parse(*result.value);
  expect_legible_geometry(document, 2000);
  EXPECT_FALSE(document.select_node("//text[@class='empty-note']").node().empty());
}

TEST(StorylineSvg, FiftyEventsAtOneTimeStayApartAndBounded) {
  const EventGraph graph = testing::same_instant_graph(50, true);
  const auto result = storyline_svg(graph);
  ASSERT_TRUE(result.value);
  const pugi::xml_document document = parse(*result.value);
  expect_legible_geometry(document, 6000);
  // The host cannot be in two places at once: every meeting gets its own column.
  std::set<std::string> xs;
  for (const auto& hit : document.select_nodes("//g[contains(@class,'meeting ')]/rect"))
    xs.insert(hit.node().attribute("x").value());
  EXPECT_EQ(xs.size(), 50u);
}

TEST(StorylineSvg, RsvgRendersIt) {
  if (std::system("command -v rsvg-convert >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "rsvg-convert is not installed";
  const Loaded loaded = load_article();
  ASSERT_TRUE(loaded.ok());
  const auto dir = testing::binary_dir() / "storyline-svg-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "article.svg")
      << *storyline_svg(*loaded.graph, loaded.report, Language::ko).value;
  const std::string command = "rsvg-convert -o '" + (dir / "article.png").string() + "' '" +
                              (dir / "article.svg").string() + "' 2>'" +
                              (dir / "rsvg.err").string() + "'";
  ASSERT_EQ(std::system(command.c_str()), 0) << testing::slurp(dir / "rsvg.err");
  EXPECT_GT(std::filesystem::file_size(dir / "article.png"), 1000u);
}

}  // namespace
}  // namespace chronograph
