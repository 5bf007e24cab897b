// Bad input for the timeline view (SVG and pinned DOT) and the relationship graph view (DOT and
// SVG): markup characters, 500-character titles, 200 participants on one event, one event five
// centuries from the rest, zero events, 50 events at one instant. Each renders legibly; what
// "legibly" means per case is written in docs/timeline.md and docs/graph.md ("Bad input").

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "chronograph/chronograph.hpp"
#include "layout/article_fixture.hpp"
#include "render/graphviz/cgraph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::add_person;
using testing::add_sketch;
using testing::at;

const std::string markup = "a<b>c & \"d\" 'e' ]]> {f|g} <h|i> \\N <script>x</script>";

std::string repeated(std::string_view unit, std::size_t characters, std::size_t unit_chars) {
  std::string text;
  for (std::size_t n = 0; n < characters; n += unit_chars) text += unit;
  return text;
}
// 500 characters each: English words and Hangul syllables.
const std::string long_english = repeated("Samsung tour ", 500, 13).substr(0, 500);
const std::string long_korean = repeated("삼성전자평택캠퍼스방문", 500, 10);

Loaded load_article() {
  const auto path = testing::source_dir() / "graphs" / "altman-korea-2024.yaml";
  return load(testing::slurp(path), path.string());
}

pugi::xml_document parse_xml(const std::string& text, const std::string& what) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_string(text.c_str());
  EXPECT_TRUE(parsed) << what << ": " << parsed.description() << " at byte " << parsed.offset;
  return document;
}

// Every coordinate is a finite number on the page.
void expect_finite_page(const pugi::xml_document& document, const std::string& what) {
  const pugi::xml_node svg = document.child("svg");
  const double width = svg.attribute("width").as_double();
  const double height = svg.attribute("height").as_double();
  EXPECT_GT(width, 100) << what;
  EXPECT_GT(height, 50) << what;
  for (const auto& hit : document.select_nodes("//*[@x or @y or @x1]"))
    for (const char* name : {"x", "y", "x1", "y1", "x2", "y2", "width", "height"}) {
      const pugi::xml_attribute attribute = hit.node().attribute(name);
      if (!attribute || std::string(attribute.value()).find('%') != std::string::npos) continue;
      EXPECT_TRUE(std::isfinite(attribute.as_double())) << what << " " << name;
    }
}

struct Views {
  TimelineScene layout;
  std::string timeline_svg;
  std::string timeline_dot;
  std::string graph_dot;
  std::string graph_svg;
  Diagnostics timeline_diagnostics;
  pugi::xml_document timeline;  // timeline_svg parsed
  pugi::xml_document graph;     // graph_svg parsed
};

// Renders all four outputs, checks each parses (XML, or DOT through cgraph and back out of
// Graphviz as SVG) and that no two label boxes of the timeline overlap.
Views render_views(const EventGraph& graph, Language language = Language::en,
                   const ReasonReport& report = {}) {
  Views views;
  LayoutOptions layout_options;
  layout_options.language = language;
  views.layout = layout_timeline(graph, report, layout_options);
  EXPECT_TRUE(overlapping_pairs(views.layout.label_boxes()).empty());

  RenderOptions options;
  options.language = language;
  options.format = Format::svg;
  const auto timeline_svg = render(graph, report, options);
  EXPECT_TRUE(timeline_svg.value.has_value());
  views.timeline_svg = timeline_svg.value.value_or("");
  views.timeline_diagnostics = timeline_svg.diagnostics;
  views.timeline = parse_xml(views.timeline_svg, "timeline svg");
  expect_finite_page(views.timeline, "timeline svg");

  options.format = Format::dot;
  const auto timeline_dot = render(graph, report, options);
  EXPECT_TRUE(timeline_dot.value.has_value());
  views.timeline_dot = timeline_dot.value.value_or("");
  auto pinned = detail::DotGraph::parse(views.timeline_dot);
  EXPECT_TRUE(pinned.value.has_value()) << "timeline dot does not parse";
  if (pinned.value) {
    // Graphviz draws the pinned positions as they are (what `neato -n2` does).
    const auto drawn = pinned.value->render("nop2", "svg");
    EXPECT_TRUE(drawn.value.has_value());
    if (drawn.value) parse_xml(*drawn.value, "timeline dot drawn by Graphviz");
  }

  options.view = View::graph;
  const auto graph_dot = render(graph, report, options);
  EXPECT_TRUE(graph_dot.value.has_value());
  views.graph_dot = graph_dot.value.value_or("");
  EXPECT_TRUE(detail::DotGraph::parse(views.graph_dot).value.has_value())
      << "graph dot does not parse";
  options.format = Format::svg;
  const auto graph_svg = render(graph, report, options);
  EXPECT_TRUE(graph_svg.value.has_value());
  views.graph_svg = graph_svg.value.value_or("");
  views.graph = parse_xml(views.graph_svg, "graph svg");
  return views;
}

const EventMark& mark_of(const Views& views, const EventGraph& graph, const std::string& id) {
  for (const EventMark& mark : views.layout.marks)
    if (graph.id(mark.event) == id) return mark;
  ADD_FAILURE() << "no mark for " << id;
  return views.layout.marks.front();
}

std::string timeline_tooltip(const Views& views, const std::string& id) {
  return views.timeline.select_node(("//g[@data-event='" + id + "']/title").c_str())
      .node()
      .text()
      .get();
}

std::string timeline_label(const Views& views, const std::string& id) {
  return views.timeline
      .select_node(("//g[@data-event='" + id + "']/text[contains(@class,'label')]").c_str())
      .node()
      .text()
      .get();
}

// All text the graph view's SVG shows for one node (its label lines), joined.
std::string graph_node_text(const Views& views, const std::string& id) {
  std::string text;
  for (const auto& node : views.graph.select_nodes("//g[@class='node']"))
    if (std::string(node.node().child("title").text().get()) == id)
      for (const auto& line : node.node().select_nodes(".//text")) {
        if (!text.empty()) text += ' ';  // the graph view wraps long labels at spaces
        text += line.node().text().get();
      }
  return text;
}

EventGraph two_events(const std::string& title, const std::string& name) {
  EventGraph graph;
  graph.info.title = {"", title, title};
  graph.info.zone = "Asia/Seoul";
  const NodeId person = add_person(graph, "person", name, name);
  const Seconds t = at(2024, 1, 26, 10);
  add_sketch(
      graph,
      {"first", title, title, {t, t}, {t + 3600, t + 3600}, EventStatus::happened, {person}});
  add_sketch(graph, {"second",
                     "Second",
                     "Second",
                     {t + 7200, t + 7200},
                     {t + 9000, t + 9000},
                     EventStatus::cancelled,
                     {person}});
  Relation relation;
  relation.from = *graph.find("first");
  relation.to = *graph.find("second");
  relation.type = RelationType::before;
  relation.set_label(title);
  graph.add_relation(relation);
  return graph;
}

TEST(ViewBadInput, MarkupCharactersComeOutAsText) {
  const EventGraph graph = two_events(markup, markup);
  const Views views = render_views(graph);
  for (const std::string* output : {&views.timeline_svg, &views.graph_svg}) {
    EXPECT_EQ(output->find("<script"), std::string::npos);
    EXPECT_EQ(output->find("<b>"), std::string::npos);
  }
  // The SVGs show the literal text (pugixml reads the escapes back).
  EXPECT_EQ(timeline_label(views, "first").substr(0, 5), "a<b>c");
  EXPECT_EQ(timeline_tooltip(views, "first").substr(0, markup.size()), markup);
  EXPECT_NE(graph_node_text(views, "first").find(markup), std::string::npos)
      << graph_node_text(views, "first");
  EXPECT_NE(graph_node_text(views, "person").find(markup), std::string::npos);
  // Record characters do not split a node: the graph view uses no record shapes, and the pinned
  // timeline keeps one label node per event.
  EXPECT_EQ(views.graph_dot.find("record"), std::string::npos);
  EXPECT_EQ(views.timeline_dot.find("record"), std::string::npos);
  EXPECT_EQ(views.layout.marks.size(), 2u);
}

class LongTitle : public ::testing::TestWithParam<Language> {};

TEST_P(LongTitle, IsShortenedWithTheFullTextInTheTooltip) {
  const Language language = GetParam();
  const std::string& title = language == Language::ko ? long_korean : long_english;
  const EventGraph graph = two_events(title, "Host");
  const Views views = render_views(graph, language);
  const EventMark& mark = mark_of(views, graph, "first");
  EXPECT_LE(mark.label_box.width, 260);
  EXPECT_LT(mark.label.size(), title.size() / 3);
  EXPECT_EQ(mark.label.substr(mark.label.size() - 3), "…");
  EXPECT_EQ(timeline_label(views, "first"), mark.label);
  EXPECT_NE(timeline_tooltip(views, "first").find(title), std::string::npos);
  EXPECT_LE(views.layout.width, 1400);
  // Page title too.
  EXPECT_LT(views.layout.header.title_box.width, 1400);
  // The graph view wraps the node label into at most three lines of 40 columns and cuts the rest
  // with "…" (the tooltip has it whole); the page title wraps too, so the page stays narrow.
  const pugi::xml_node svg = views.graph.child("svg");
  EXPECT_GT(svg.attribute("width").as_double(), 0);
  EXPECT_LT(svg.attribute("width").as_double(), 1000) << "one long node must not widen the page";
  std::size_t lines = 0;
  for (const auto& node : views.graph.select_nodes("//g[@class='node']"))
    if (std::string(node.node().child("title").text().get()) == "first")
      lines = node.node().select_nodes(".//text").size();
  EXPECT_EQ(lines, 3U);
  const std::string text = graph_node_text(views, "first");
  EXPECT_EQ(text.substr(text.size() - 3), "…");
}

INSTANTIATE_TEST_SUITE_P(ViewBadInput, LongTitle, ::testing::Values(Language::en, Language::ko),
                         [](const auto& info) {
                           return info.param == Language::ko ? std::string("Korean")
                                                             : std::string("English");
                         });

TEST(ViewBadInput, TwoHundredParticipantsShowAsACountNotAsLanes) {
  EventGraph graph;
  graph.info.title = {"", "", "Crowd"};
  graph.info.zone = "UTC";
  std::vector<NodeId> people;
  for (int i = 0; i < 200; ++i)
    people.push_back(add_person(graph, fmt::format("p{}", i), "", fmt::format("Person {}", i)));
  const Seconds t = at(2024, 1, 26, 10, 0, 0);
  add_sketch(graph, {"crowd",
                     "",
                     "Town hall",
                     {t, t},
                     {t + 3600, t + 3600},
                     EventStatus::happened,
                     people,
                     "UTC"});
  const Views views = render_views(graph);
  ASSERT_EQ(views.layout.marks.size(), 1u);
  EXPECT_EQ(views.layout.lanes.size(), 1u);
  EXPECT_EQ(views.layout.marks[0].label, "Town hall +199");
  EXPECT_LT(views.layout.height, 400);
  // Everyone is still named in the tooltip.
  EXPECT_NE(timeline_tooltip(views, "crowd").find("Person 199"), std::string::npos);
  // The graph view: one node per person and one for the event, no duplicates.
  EXPECT_EQ(views.graph.select_nodes("//g[@class='node']").size(), 201u);
}

TEST(ViewBadInput, YearFifteenHundredGetsABreakAndLeaves2024Unsquashed) {
  const Loaded loaded = load_article();
  ASSERT_TRUE(loaded.ok());
  const Views before = render_views(*loaded.graph, Language::en, loaded.report);
  EventGraph graph = *loaded.graph;
  testing::add_year_1500_event(graph, *graph.find("altman"));
  const Views after = render_views(graph, Language::en, loaded.report);
  EXPECT_EQ(after.layout.axis.breaks.size(), before.layout.axis.breaks.size() + 1);
  EXPECT_EQ(after.layout.axis.breaks.front().end - after.layout.axis.breaks.front().begin >
                500LL * 365 * 86400,
            true);
  // 24–26 January keeps at least 70 % of its width: the new segment and break take their minimum
  // widths (110 + 60 units) and a share by event count and length.
  const TimeSegment& jan = before.layout.axis.segments.back();
  const TimeSegment& jan_after = after.layout.axis.segments.back();
  EXPECT_EQ(jan.begin, jan_after.begin);
  EXPECT_GE(jan_after.x1 - jan_after.x0, 0.7 * (jan.x1 - jan.x0));
  EXPECT_FALSE(after.timeline.select_node("//g[@data-event='founding']").node().empty());
  EXPECT_EQ(after.timeline.select_nodes("//g[@class='scale-break']").size(),
            after.layout.axis.breaks.size());
}

TEST(ViewBadInput, ZeroEventsGiveAWarningAndAnEmptyLegiblePage) {
  EventGraph graph;
  graph.info.title = {"", "", "Nothing yet"};
  const Views views = render_views(graph);
  ASSERT_EQ(views.timeline_diagnostics.size(), 1u);
  EXPECT_EQ(views.timeline_diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(views.timeline_diagnostics[0].message,
            "the timeline has no events with a time; the page only shows a note");
  EXPECT_EQ(
      std::string(views.timeline.select_node("//text[@class='empty-note']").node().text().get()),
      views.layout.empty_note);
  EXPECT_FALSE(views.layout.empty_note.empty());
  EXPECT_TRUE(views.layout.marks.empty());
  EXPECT_LT(views.layout.height, 400);
  EXPECT_NE(views.timeline_dot.find(views.layout.empty_note), std::string::npos);
  // The graph view draws an empty graph: a valid page with the title only.
  EXPECT_EQ(views.graph.select_nodes("//g[@class='node']").size(), 0u);
}

TEST(ViewBadInput, FiftyIdenticalTimesStackInRows) {
  const EventGraph graph = testing::same_instant_graph(50, false);
  const Views views = render_views(graph);
  ASSERT_EQ(views.layout.marks.size(), 50u);
  std::vector<bool> used(50, false);
  for (const EventMark& mark : views.layout.marks) {
    ASSERT_LT(mark.row, 50u);
    EXPECT_FALSE(used[mark.row]);
    used[mark.row] = true;
    EXPECT_EQ(mark.shape, MarkShape::instant);
  }
  std::vector<Box> marks_and_labels;
  for (const EventMark& mark : views.layout.marks) {
    marks_and_labels.push_back(mark.box);
    marks_and_labels.push_back(mark.label_box);
  }
  EXPECT_TRUE(overlapping_pairs(marks_and_labels).empty());
  EXPECT_LT(views.layout.height, 50 * 24 + 400);
  EXPECT_EQ(views.graph.select_nodes("//g[@class='node']").size(), 51u);
}

}  // namespace
}  // namespace chronograph
