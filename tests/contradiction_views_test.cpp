// A file whose statements about time contradict is still drawn (issue 9, "contradictions drawn"):
// the scene knows which events and relations conflict and the chain `check` prints; every view
// marks them, the legend explains the mark, the tooltip carries the chain. docs/reasoning.md.

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <pugixml.hpp>

#include "chronograph/chronograph.hpp"

namespace chronograph {
namespace {

// b is written on 5 March but stated to come before a (1 March); c stands apart.
constexpr std::string_view conflicting = R"(chronograph: 1
title: A contradiction
entities:
  alice: {kind: person, name: Alice}
  bob: {kind: person, name: Bob}
events:
  a: {title: Meeting A, when: 2024-03-01, participants: [alice]}
  b: {title: Meeting B, when: 2024-03-05, participants: [alice, bob]}
  c: {title: Meeting C, when: 2024-03-09, participants: [bob]}
relations:
  - b before a
  - c after a
)";

Loaded load_conflicting() {
  Loaded loaded = load(conflicting, "conflict.yaml");
  EXPECT_TRUE(loaded.has_graph());
  EXPECT_FALSE(loaded.clean());
  return loaded;
}

std::vector<std::string> ids(const EventGraph& graph, const std::vector<NodeId>& nodes) {
  std::vector<std::string> out;
  for (const NodeId node : nodes) out.push_back(graph.id(node));
  std::sort(out.begin(), out.end());
  return out;
}

bool has_key(const std::vector<LegendEntry>& legend, LegendKey key) {
  return std::any_of(legend.begin(), legend.end(),
                     [key](const LegendEntry& entry) { return entry.key == key; });
}

TEST(ContradictionViews, TheReportNamesTheEventsAndTheRelation) {
  const Loaded loaded = load_conflicting();
  ASSERT_EQ(loaded.report.contradictions.size(), 1u);
  const Contradiction& contradiction = loaded.report.contradictions[0];
  EXPECT_EQ(ids(*loaded.graph, contradiction.events), (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(contradiction.relations.size(), 1u);
  const auto relations = loaded.graph->relations();
  const auto stated = std::find_if(relations.begin(), relations.end(), [&](const Relation& r) {
    return r.sequence == contradiction.relations[0];
  });
  ASSERT_NE(stated, relations.end());
  EXPECT_EQ(loaded.graph->id(stated->from), "b");
  EXPECT_EQ(loaded.graph->id(stated->to), "a");
}

TEST(ContradictionViews, TimelineMarksTheConflictingEventsAndArrow) {
  const Loaded loaded = load_conflicting();
  const TimelineScene scene = layout_timeline(*loaded.graph, loaded.report, {});
  ASSERT_EQ(scene.contradictions.size(), 1u);
  EXPECT_EQ(scene.contradictions[0].chain.front(),
            "line 7: these statements about time cannot all hold (3 constraints)");
  EXPECT_EQ(scene.contradictions[0].chain[2], "line 11: b is before a");
  for (const EventMark& mark : scene.marks)
    EXPECT_EQ(mark.contradicted, loaded.graph->id(mark.event) != "c")
        << loaded.graph->id(mark.event);
  std::size_t contradicted_arrows = 0;
  for (const RelationArrow& arrow : scene.arrows)
    if (arrow.contradicted) {
      ++contradicted_arrows;
      EXPECT_EQ(loaded.graph->id(arrow.from), "b");
    }
  EXPECT_EQ(contradicted_arrows, 1u);
  EXPECT_TRUE(has_key(scene.legend, LegendKey::contradiction));
}

TEST(ContradictionViews, StorylineMarksTheConflictingMeetings) {
  const Loaded loaded = load_conflicting();
  const StorylineScene scene = layout_storyline(*loaded.graph, loaded.report, {});
  ASSERT_EQ(scene.meetings.size(), 3u);
  for (const StorylineMeeting& meeting : scene.meetings)
    EXPECT_EQ(meeting.contradicted, loaded.graph->id(meeting.event) != "c");
  EXPECT_TRUE(has_key(scene.legend, LegendKey::contradiction));
}

TEST(ContradictionViews, AConsistentFileHasNoConflictMark) {
  const Loaded loaded = load("chronograph: 1\nevents:\n  a: {title: A, when: 2024-03-01}\n", "ok");
  ASSERT_TRUE(loaded.clean());
  const TimelineScene scene = layout_timeline(*loaded.graph, loaded.report, {});
  EXPECT_TRUE(scene.contradictions.empty());
  EXPECT_FALSE(has_key(scene.legend, LegendKey::contradiction));
}

// The SVG draws a ring per conflicting mark and puts the chain in the event's tooltip.
TEST(ContradictionViews, SvgRingsTooltipAndRedArrow) {
  const Loaded loaded = load_conflicting();
  for (const View view : {View::timeline, View::storyline}) {
    RenderOptions options;
    options.view = view;
    const Result<std::string> svg = render(*loaded.graph, loaded.report, options);
    ASSERT_TRUE(svg.value);
    pugi::xml_document document;
    ASSERT_TRUE(document.load_string(svg.value->c_str()));
    const auto marked = document.select_nodes("//*[contains(@class, 'contradicted')]");
    const auto rings = document.select_nodes("//*[@data-event]/*[@class='conflict-ring']");
    EXPECT_EQ(rings.size(), 2u);
    for (const char* id : {"a", "b"}) {
      const std::string xpath = std::string("//*[@data-event='") + id + "']/title";
      const std::string tooltip = document.select_node(xpath.c_str()).node().text().get();
      EXPECT_NE(tooltip.find("statements that contradict:\n  line 7: these statements about time "
                             "cannot all hold"),
                std::string::npos)
          << tooltip;
      EXPECT_NE(tooltip.find("  line 11: b is before a"), std::string::npos) << tooltip;
    }
    const std::string c = document.select_node("//*[@data-event='c']/title").node().text().get();
    EXPECT_EQ(c.find("contradict"), std::string::npos) << c;
    if (view == View::timeline) {
      EXPECT_EQ(marked.size(), 3u);  // two events and the arrow
      EXPECT_TRUE(
          document.select_node("//path[contains(@class, 'relation') and "
                               "contains(@class, 'contradicted') and @data-from='b']"));
    }
  }
}

TEST(ContradictionViews, DotAndGraphViewUseTheConflictColour) {
  const Loaded loaded = load_conflicting();
  for (const View view : {View::timeline, View::storyline, View::graph}) {
    RenderOptions options;
    options.view = view;
    options.format = Format::dot;
    const Result<std::string> dot = render(*loaded.graph, loaded.report, options);
    ASSERT_TRUE(dot.value);
    EXPECT_NE(dot.value->find("#d0021b"), std::string::npos) << static_cast<int>(view);
    EXPECT_NE(dot.value->find("statements that contradict:"), std::string::npos);
  }
}

}  // namespace
}  // namespace chronograph
