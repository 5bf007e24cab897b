#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include <pugixml.hpp>

#include "chronograph/render.hpp"
#include "layout/article_fixture.hpp"
#include "render/svg/svg_writer.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::at;

std::string render_svg(const EventGraph& graph, Language language = Language::en) {
  RenderOptions options;
  options.language = language;
  const auto result = render(graph, {}, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

pugi::xml_document parse(const std::string& svg) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_string(svg.c_str());
  EXPECT_TRUE(parsed) << parsed.description() << " at byte " << parsed.offset;
  return document;
}

std::set<std::string> legend_keys(const pugi::xml_document& document) {
  std::set<std::string> keys;
  for (const auto& hit : document.select_nodes("//g[@class='legend-entry']"))
    keys.insert(hit.node().attribute("data-key").value());
  return keys;
}

TEST(TimelineSvg, ArticleExampleIsWrittenForViewing) {
  // Written beside the build for looking at (rsvg-convert -o x.png build/timeline-article-ko.svg).
  for (const Language language : {Language::ko, Language::en}) {
    const std::string svg = render_svg(testing::article_graph(), language);
    std::ofstream(testing::binary_dir() / (language == Language::ko ? "timeline-article-ko.svg"
                                                                    : "timeline-article-en.svg"))
        << svg;
    parse(svg);
  }
}

TEST(TimelineSvg, RsvgRendersIt) {
  if (std::system("command -v rsvg-convert >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "rsvg-convert is not installed";
  const auto dir = testing::binary_dir() / "timeline-svg-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "article.svg") << render_svg(testing::article_graph(), Language::ko);
  const std::string command = "rsvg-convert -o '" + (dir / "article.png").string() + "' '" +
                              (dir / "article.svg").string() + "' 2>'" +
                              (dir / "rsvg.err").string() + "'";
  EXPECT_EQ(std::system(command.c_str()), 0) << testing::slurp(dir / "rsvg.err");
  EXPECT_GT(std::filesystem::file_size(dir / "article.png"), 1000u);
}

TEST(TimelineSvg, RootCarriesSizeViewBoxAndCjkFonts) {
  const pugi::xml_document document = parse(render_svg(testing::article_graph(), Language::ko));
  const pugi::xml_node svg = document.child("svg");
  EXPECT_STREQ(svg.attribute("xmlns").value(), "http://www.w3.org/2000/svg");
  EXPECT_STREQ(svg.attribute("width").value(), "1400");
  EXPECT_EQ(std::string(svg.attribute("viewBox").value()).rfind("0 0 1400 ", 0), 0u);
  const std::string fonts = svg.attribute("font-family").value();
  for (const char* font :
       {"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "sans-serif"})
    EXPECT_NE(fonts.find(font), std::string::npos) << font;
  EXPECT_STREQ(svg.child("title").child_value(), "샘 올트먼 방한 타임라인");
  EXPECT_FALSE(document.select_nodes("//text[@class='lane-header']").empty());
  EXPECT_FALSE(document.select_nodes("//g[@class='scale-break']").empty());
  EXPECT_STREQ(document.select_node("//text[@class='break-label']").node().child_value(), "7개월");
}

TEST(TimelineSvg, EveryStatusHasItsClass) {
  EventGraph graph = testing::article_graph();
  testing::add_sketch(graph, {"called-off",
                              "취소된 만찬",
                              "Dinner called off",
                              {at(2024, 1, 26, 19), at(2024, 1, 26, 19)},
                              {at(2024, 1, 26, 21), at(2024, 1, 26, 21)},
                              EventStatus::cancelled});
  const pugi::xml_document document = parse(render_svg(graph));
  for (const char* status : {"happened", "planned", "reported", "cancelled", "superseded"}) {
    const std::string query =
        std::string("//g[contains(@class, 'status-") + status + "')][@data-event]";
    EXPECT_FALSE(document.select_nodes(query.c_str()).empty()) << status;
  }
  const pugi::xml_node cancelled = document.select_node("//g[@data-event='called-off']").node();
  EXPECT_TRUE(cancelled.find_child_by_attribute("line", "class", "strike"));
  const pugi::xml_node reported = document.select_node("//g[@data-event='wapo-report']").node();
  EXPECT_TRUE(reported.find_child_by_attribute("g", "class", "badge reported"));
  EXPECT_TRUE(legend_keys(document).contains("cancelled"));
}

TEST(TimelineSvg, LegendListsOnlyTheMarksUsed) {
  const pugi::xml_document article = parse(render_svg(testing::article_graph()));
  EXPECT_EQ(
      legend_keys(article),
      (std::set<std::string>{"happened", "planned", "reported", "superseded", "uncertain",
                             "instant", "continues", "scale-break", "relation", "participation"}));
  EventGraph plain;
  plain.info.zone = "UTC";
  testing::add_sketch(plain, {"a",
                              "",
                              "A",
                              {at(2024, 1, 1, 9, 0, 0), at(2024, 1, 1, 9, 0, 0)},
                              {at(2024, 1, 1, 17, 0, 0), at(2024, 1, 1, 17, 0, 0)}});
  EXPECT_EQ(legend_keys(parse(render_svg(plain))), (std::set<std::string>{"happened", "certain"}));
}

TEST(TimelineSvg, TooltipGivesBoundsInBothZonesAndTheSource) {
  const pugi::xml_document document = parse(render_svg(testing::article_graph()));
  const std::string tooltip =
      document.select_node("//g[@data-event='wapo-report']/title").node().child_value();
  EXPECT_NE(tooltip.find("Washington Post reports the visit"), std::string::npos);
  EXPECT_NE(tooltip.find("status: reported"), std::string::npos);
  EXPECT_NE(tooltip.find("between 2024-01-24T14:00:00+09:00 and 2024-01-25T13:59:59+09:00"),
            std::string::npos)
      << tooltip;
  EXPECT_NE(tooltip.find("2024-01-24T00:00:00-05:00"), std::string::npos) << tooltip;
  EXPECT_NE(tooltip.find("participants: The Washington Post"), std::string::npos);
  EXPECT_NE(tooltip.find("source: “quoted from the article” (paragraph 1)"), std::string::npos);
}

TEST(TimelineSvg, HostileTextComesOutAsText) {
  const std::string hostile = "A \"q\" \\ <b> & <script>alert(1)</script> \x01 \xff end";
  EventGraph graph;
  graph.info.zone = "UTC";
  graph.info.title = {hostile, "", ""};
  graph.info.source_url = "https://x.example/?a=1&b=<2>";
  testing::add_sketch(graph, {"evil\"id<>",
                              "",
                              hostile,
                              {at(2024, 1, 1, 9, 0, 0), at(2024, 1, 1, 9, 0, 0)},
                              {at(2024, 1, 1, 17, 0, 0), at(2024, 1, 1, 17, 0, 0)}});
  const std::string svg = render_svg(graph);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
  const pugi::xml_document document = parse(svg);
  EXPECT_TRUE(document.select_nodes("//script").empty());
  const std::string expected =
      "A \"q\" \\ <b> & <script>alert(1)</script> \xEF\xBF\xBD \xEF\xBF\xBD end";
  EXPECT_STREQ(document.child("svg").child("title").child_value(), expected.c_str());
  const pugi::xml_node event = document.select_node("//g[@data-event]").node();
  EXPECT_STREQ(event.attribute("data-event").value(), "evil\"id<>");
  EXPECT_EQ(std::string(event.child("title").child_value()).rfind(expected, 0), 0u);
}

TEST(TimelineSvg, EmptyGraphIsStillAPage) {
  const auto result = render(EventGraph{}, {}, {});
  ASSERT_TRUE(result.ok());
  const pugi::xml_document document = parse(*result.value);
  EXPECT_TRUE(document.select_nodes("//g[@data-event]").empty());
  EXPECT_TRUE(document.select_nodes("//g[@class='legend-entry']").empty());
}

TEST(TimelineSvg, SameInputSameBytes) {
  EXPECT_EQ(render_svg(testing::article_graph(), Language::ko),
            render_svg(testing::article_graph(), Language::ko));
}

TEST(SvgWriter, NumbersAndUnsafeText) {
  EXPECT_EQ(detail::format_number(12), "12");
  EXPECT_EQ(detail::format_number(12.5), "12.5");
  EXPECT_EQ(detail::format_number(-0.001), "0");
  EXPECT_EQ(detail::format_number(1.0 / 3), "0.33");
  EXPECT_EQ(detail::xml_safe("ok\tline\n"), "ok\tline\n");
  EXPECT_EQ(detail::xml_safe("\x02"), "\xEF\xBF\xBD");
  EXPECT_EQ(detail::xml_safe("\xE0\x80\x80"), "\xEF\xBF\xBD");  // overlong encoding of NUL
  EXPECT_EQ(detail::xml_safe("한글"), "한글");
}

}  // namespace
}  // namespace chronograph
