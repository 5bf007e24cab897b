#include "chronograph/layout.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "chronograph/chronograph.hpp"
#include "layout/article_fixture.hpp"

namespace chronograph {
namespace {

using testing::at;

TimelineScene article_layout(Language language) {
  LayoutOptions options;
  options.language = language;
  return layout_timeline(testing::article_graph(), {}, options);
}

const EventMark& mark_of(const TimelineScene& layout, const EventGraph& graph, const char* id) {
  const NodeId node = *graph.find(id);
  const auto it = std::find_if(layout.marks.begin(), layout.marks.end(),
                               [&](const EventMark& mark) { return mark.event == node; });
  EXPECT_NE(it, layout.marks.end()) << id;
  return *it;
}

bool has_tick_label(const TimelineScene& layout, std::string_view label) {
  return std::any_of(layout.axis.ticks.begin(), layout.axis.ticks.end(),
                     [&](const AxisTick& tick) { return tick.label == label; });
}

// Label boxes and mark boxes; a label inside its own bar is the one intended overlap.
std::vector<std::pair<std::size_t, std::size_t>> unintended_overlaps(const TimelineScene& layout) {
  std::vector<Box> boxes = layout.label_boxes();
  const std::size_t first_mark = boxes.size();
  for (const EventMark& mark : layout.marks) boxes.push_back(mark.box);
  std::vector<std::pair<std::size_t, std::size_t>> left;
  for (const auto& [a, b] : overlapping_pairs(boxes)) {
    const bool own_inside_label = b >= first_mark && [&] {
      const EventMark& mark = layout.marks[b - first_mark];
      return mark.placement == LabelPlacement::inside && boxes[a] == mark.label_box;
    }();
    if (!own_inside_label) left.emplace_back(a, b);
  }
  return left;
}

TEST(TimelineScene, SevenMonthGapBecomesOneScaleBreak) {
  const TimelineScene layout = article_layout(Language::ko);
  ASSERT_EQ(layout.axis.segments.size(), 2u);
  ASSERT_EQ(layout.axis.breaks.size(), 1u);
  EXPECT_EQ(layout.axis.segments[0].begin, at(2023, 6, 1));
  EXPECT_EQ(layout.axis.segments[0].end, at(2023, 7, 1));
  // Snapped to whole days in Asia/Seoul; the year-long GPT-4 plan does not stretch it.
  EXPECT_EQ(layout.axis.segments[1].begin, at(2024, 1, 24));
  EXPECT_EQ(layout.axis.segments[1].end, at(2024, 1, 27));
  EXPECT_EQ(layout.axis.breaks[0].label, "7개월");
  EXPECT_EQ(article_layout(Language::en).axis.breaks[0].label, "7 months");
  EXPECT_DOUBLE_EQ(layout.axis.breaks[0].x0, layout.axis.segments[0].x1);
  EXPECT_DOUBLE_EQ(layout.axis.breaks[0].x1, layout.axis.segments[1].x0);
}

TEST(TimelineScene, BothPeriodsAreReadableOnOnePage) {
  const TimelineScene layout = article_layout(Language::ko);
  EXPECT_LE(layout.width, 1400);
  const TimeSegment& june = layout.axis.segments[0];
  const TimeSegment& january = layout.axis.segments[1];
  EXPECT_GE(june.x1 - june.x0, 150);
  // Three January days get at least 10 px per hour, so a 6-hour morning is 60 px wide.
  EXPECT_GE((january.x1 - january.x0) / 72.0, 10.0);
}

TEST(TimelineScene, LanesFollowFirstParticipantInOrderOfFirstAppearance) {
  const TimelineScene layout = article_layout(Language::en);
  std::vector<std::string> titles;
  for (const LaneLayout& lane : layout.lanes) titles.push_back(lane.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"Sam Altman", "OpenAI", "The Washington Post",
                                              "SK Chairman Chey Tae-won", "Other"}));
  const EventGraph graph = testing::article_graph();
  EXPECT_EQ(mark_of(layout, graph, "publication").lane, 4u);
  EXPECT_EQ(mark_of(layout, graph, "chey-meeting").lane, 3u);
  for (std::size_t i = 1; i < layout.lanes.size(); ++i)
    EXPECT_DOUBLE_EQ(layout.lanes[i].y, layout.lanes[i - 1].y + layout.lanes[i - 1].height);
}

TEST(TimelineScene, LanesByKindOrNone) {
  const EventGraph graph = testing::article_graph();
  LayoutOptions options;
  options.lanes = LaneGrouping::kind;
  std::vector<std::string> titles;
  for (const LaneLayout& lane : layout_timeline(graph, {}, options).lanes)
    titles.push_back(lane.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"person", "organization", "Other"}));
  options.lanes = LaneGrouping::none;
  const TimelineScene one = layout_timeline(graph, {}, options);
  ASSERT_EQ(one.lanes.size(), 1u);
  EXPECT_EQ(one.lanes.front().title, "All");
  EXPECT_TRUE(overlapping_pairs(one.label_boxes()).empty());
  options.lanes = LaneGrouping::place;  // the fixture names no places: everything in "Other"
  EXPECT_EQ(layout_timeline(graph, {}, options).lanes.size(), 1u);
}

TEST(TimelineScene, OtherParticipantsAreCountedInTheLabel) {
  const EventGraph graph = testing::article_graph();
  const TimelineScene layout = layout_timeline(graph, {}, {});
  EXPECT_TRUE(mark_of(layout, graph, "visit-2023").label.ends_with(" +1"))
      << mark_of(layout, graph, "visit-2023").label;
  EXPECT_FALSE(mark_of(layout, graph, "arrival").label.ends_with(" +1"));
}

TEST(TimelineScene, UncertaintyAndClippingShowInTheMarks) {
  const TimelineScene layout = article_layout(Language::en);
  const EventGraph graph = testing::article_graph();
  const EventMark& tour = mark_of(layout, graph, "pyeongtaek-tour");
  EXPECT_FALSE(tour.has_core);  // "morning": start and end both anywhere in 06–12
  EXPECT_EQ(tour.shape, MarkShape::bar);
  EXPECT_EQ(mark_of(layout, graph, "publication").shape, MarkShape::instant);
  const EventMark& gpt = mark_of(layout, graph, "gpt4-upgrade");
  EXPECT_TRUE(gpt.continues_after);
  EXPECT_DOUBLE_EQ(gpt.x_end_latest, layout.axis.segments[1].x1);
  const EventMark& talks = mark_of(layout, graph, "investment-talks");
  // Open before: it may have begun anywhere the axis shows, so it reaches the axis's start.
  EXPECT_TRUE(talks.continues_before);
  EXPECT_DOUBLE_EQ(talks.x_start_earliest, layout.axis.segments[0].x0);
}

TEST(TimelineScene, CertainCoreLiesBetweenTheUncertainEnds) {
  EventGraph graph;
  graph.info.zone = "Asia/Seoul";
  testing::add_sketch(graph, {"meeting",
                              "회의",
                              "Meeting",
                              {at(2024, 1, 26, 9), at(2024, 1, 26, 10)},
                              {at(2024, 1, 26, 14), at(2024, 1, 26, 16)}});
  const TimelineScene layout = layout_timeline(graph, {}, {});
  ASSERT_EQ(layout.marks.size(), 1u);
  const EventMark& mark = layout.marks[0];
  EXPECT_TRUE(mark.has_core);
  EXPECT_LT(mark.x_start_earliest, mark.x_start_latest);
  EXPECT_LT(mark.x_start_latest, mark.x_end_earliest);
  EXPECT_LT(mark.x_end_earliest, mark.x_end_latest);
  EXPECT_TRUE(layout.axis.breaks.empty());
}

TEST(TimelineScene, TicksAreLocalAndLocalised) {
  const TimelineScene ko = article_layout(Language::ko);
  EXPECT_TRUE(has_tick_label(ko, "2023년 6월"));
  EXPECT_TRUE(has_tick_label(ko, "1월 26일"));
  EXPECT_TRUE(has_tick_label(ko, "09시"));
  const TimelineScene en = article_layout(Language::en);
  EXPECT_TRUE(has_tick_label(en, "Jun 2023"));
  EXPECT_TRUE(has_tick_label(en, "Jan 26"));
  EXPECT_TRUE(has_tick_label(en, "12:00"));
  // Noon in Seoul is 03:00 UTC.
  const auto noon = std::find_if(
      en.axis.ticks.begin(), en.axis.ticks.end(),
      [](const AxisTick& tick) { return tick.label == "12:00" && tick.at > at(2024, 1, 26); });
  ASSERT_NE(noon, en.axis.ticks.end());
  EXPECT_EQ(noon->at, at(2024, 1, 26, 12));
  EXPECT_EQ(noon->at % 86400, 3 * 3600);
  for (const AxisTick& tick : en.axis.ticks) {
    const auto segment =
        std::find_if(en.axis.segments.begin(), en.axis.segments.end(),
                     [&](const TimeSegment& s) { return s.begin <= tick.at && tick.at <= s.end; });
    ASSERT_NE(segment, en.axis.segments.end());
    if (!tick.label.empty()) {
      EXPECT_GE(tick.label_box.x, segment->x0) << tick.label;
      EXPECT_LE(tick.label_box.right(), segment->x1) << tick.label;
    }
  }
}

TEST(TimelineScene, NoLabelOverlapsAnotherLabelOrAMark) {
  for (const Language language : {Language::ko, Language::en}) {
    const TimelineScene layout = article_layout(language);
    EXPECT_TRUE(unintended_overlaps(layout).empty());
    for (const EventMark& mark : layout.marks) {
      EXPECT_GE(mark.label_box.x, layout.plot.x);
      EXPECT_LE(mark.label_box.right(), layout.plot.right() + 0.001);
    }
  }
}

TEST(TimelineScene, LegendListsOnlyWhatIsDrawn) {
  const TimelineScene layout = article_layout(Language::en);
  std::vector<LegendKey> keys;
  for (const LegendEntry& entry : layout.legend) keys.push_back(entry.key);
  EXPECT_EQ(keys,
            (std::vector<LegendKey>{LegendKey::happened, LegendKey::planned, LegendKey::reported,
                                    LegendKey::superseded, LegendKey::uncertain, LegendKey::instant,
                                    LegendKey::continues, LegendKey::scale_break,
                                    LegendKey::relation, LegendKey::participation}));
}

TEST(TimelineScene, ArrowsForExplicitOrderingRelations) {
  const EventGraph graph = testing::article_graph();
  const TimelineScene layout = layout_timeline(graph, {}, {});
  ASSERT_EQ(layout.arrows.size(), 2u);
  EXPECT_EQ(layout.arrows[0].type, RelationType::supersedes);
  EXPECT_EQ(layout.arrows[0].from, *graph.find("departure"));
  EXPECT_EQ(layout.arrows[1].type, RelationType::before);
  // The route starts on the arrival's edge and ends on the tour's.
  const auto on_edge = [](const Box& box, double x, double y) {
    const bool on_x = x == box.x || x == box.right();
    const bool on_y = y == box.y || y == box.bottom();
    return (on_x && y >= box.y && y <= box.bottom()) || (on_y && x >= box.x && x <= box.right());
  };
  const RelationArrow& before = layout.arrows[1];
  ASSERT_GE(before.route.size(), 2u);
  EXPECT_TRUE(on_edge(mark_of(layout, graph, "arrival").box, before.x1, before.y1));
  EXPECT_TRUE(on_edge(mark_of(layout, graph, "pyeongtaek-tour").box, before.x2, before.y2));
  EXPECT_EQ(before.route.front(), (PathPoint{before.x1, before.y1}));
  EXPECT_EQ(before.route.back(), (PathPoint{before.x2, before.y2}));
}

// A long bar does not stretch the axis, but where it begins and ends is shown: patrols from
// 14 January to about March (a story of cable damage in the Baltic) began inside the "1 month"
// break between 25 December and 1 February, so nobody could read their start; an inquiry opened
// the day after the cut ended inside a break too. Each such side now has a segment of its own.
TEST(TimelineScene, ALongBarBeginsWhereTheAxisShowsIt) {
  const Loaded loaded = load(R"(chronograph: 1
title: Baltic cables
zone: Europe/Helsinki
entities:
  nato: {name: NATO, kind: organization}
events:
  cut: {title: Cable cut, when: 2024-12-25, participants: [nato]}
  patrols: {title: Patrols, when: 2025-01-14, end: 2025-03~, participants: [nato]}
  summit: {title: Summit, when: 2025-02-01, participants: [nato]}
  talks: {title: Talks, when: ../2025-02-20, participants: [nato]}
  inquiry: {title: Inquiry, when: 2024-12-26, end: 2025-03-10, participants: [nato]}
)",
                             "baltic.yaml");
  ASSERT_TRUE(loaded.ok());
  const TimelineScene layout = layout_timeline(*loaded.graph, loaded.report, {});
  const auto in_a_segment = [&](double x) {
    return std::any_of(layout.axis.segments.begin(), layout.axis.segments.end(),
                       [&](const TimeSegment& s) { return s.x0 <= x && x <= s.x1; });
  };
  const EventMark& patrols = mark_of(layout, *loaded.graph, "patrols");
  EXPECT_TRUE(in_a_segment(patrols.x_start_earliest)) << patrols.x_start_earliest;
  EXPECT_TRUE(in_a_segment(patrols.x_start_latest)) << patrols.x_start_latest;
  EXPECT_EQ(layout.axis.time_at(patrols.x_start_earliest), at(2025, 1, 14, 0, 0, 2));  // Helsinki
  const EventMark& inquiry = mark_of(layout, *loaded.graph, "inquiry");
  EXPECT_TRUE(in_a_segment(inquiry.x_end_earliest)) << inquiry.x_end_earliest;
  EXPECT_EQ(layout.axis.time_at(inquiry.x_end_earliest), at(2025, 3, 10, 0, 0, 2));
  EXPECT_FALSE(inquiry.continues_after);
  // Its end, known only to about March (February to April), is too vague for room of its own.
  EXPECT_TRUE(patrols.continues_after);
  // A day's segment for a side ticks no finer than the side is known.
  for (const AxisTick& tick : layout.axis.ticks)
    EXPECT_EQ(tick.label.find(':'), std::string::npos) << tick.label;
}

TEST(TimelineScene, EventWithoutAnyFiniteBoundIsReportedAndLeftOut) {
  EventGraph graph = testing::article_graph();
  Event nowhere;
  nowhere.id = "nowhere";
  graph.add_event(nowhere);
  const TimelineScene layout = layout_timeline(graph, {}, {});
  EXPECT_EQ(layout.marks.size(), 11u);
  ASSERT_EQ(layout.diagnostics.size(), 1u);
  EXPECT_EQ(layout.diagnostics[0].severity, Severity::warning);
  EXPECT_NE(layout.diagnostics[0].message.find("'nowhere'"), std::string::npos);
}

TEST(TimelineScene, IsDeterministic) {
  const TimelineScene a = article_layout(Language::ko);
  const TimelineScene b = article_layout(Language::ko);
  ASSERT_EQ(a.marks.size(), b.marks.size());
  for (std::size_t i = 0; i < a.marks.size(); ++i) {
    EXPECT_EQ(a.marks[i].box, b.marks[i].box);
    EXPECT_EQ(a.marks[i].label_box, b.marks[i].label_box);
  }
}

TEST(TimelineScene, ManyEventsStayApartAndBounded) {
  EventGraph graph;
  graph.info.zone = "Asia/Seoul";
  std::mt19937 random(7);  // fixed seed: the same events every run
  std::vector<NodeId> people;
  for (int i = 0; i < 8; ++i)
    people.push_back(static_cast<NodeId>(2000 + i));  // entities follow the 2000 events
  for (int i = 0; i < 2000; ++i) {
    const Seconds start = at(2020, 1, 1) + static_cast<Seconds>(random() % (3u * 365 * 86400));
    const Seconds length = static_cast<Seconds>(random() % (5u * 86400));
    testing::add_sketch(graph, {fmt::format("e{}", i),
                                "",
                                fmt::format("event {}", i),
                                {start, start + length / 4},
                                {start + length / 2, start + length},
                                EventStatus::happened,
                                {people[random() % people.size()]}});
  }
  for (int i = 0; i < 8; ++i) testing::add_person(graph, fmt::format("p{}", i), "", "P");
  const TimelineScene layout = layout_timeline(graph, {}, {});
  EXPECT_EQ(layout.marks.size(), 2000u);
  EXPECT_LE(layout.axis.segments.size(), 12u);
  EXPECT_TRUE(unintended_overlaps(layout).empty());
}

TEST(TimelineScene, TenYearsOfDailyEventsReadAsTenYears) {
  // An ACLED-style export: events on days 1 to 28 of each month (the generator skipped the
  // rest), 2015 to 2024. The axis broke six early months out of 2015 around the empty 29th to
  // 31st and drew nine years in its last 180 px.
  EventGraph graph;
  const NodeId crowd = testing::add_person(graph, "crowd", "", "Crowd");
  for (int year = 2015; year < 2025; ++year)
    for (int month = 1; month <= 12; ++month)
      for (int date = 1; date <= 28; ++date) {
        const Seconds begin = at(year, month, date);
        testing::add_sketch(graph, {fmt::format("e{}-{}-{}", year, month, date),
                                    "",
                                    "Protest",
                                    {begin, begin},
                                    {begin + 86400, begin + 86400},
                                    EventStatus::happened,
                                    {crowd},
                                    "UTC"});
      }
  const TimelineScene layout = layout_timeline(graph, {}, {});
  ASSERT_EQ(layout.axis.segments.size(), 1u);
  EXPECT_TRUE(layout.axis.breaks.empty());
  for (int year = 2015; year < 2025; ++year)
    EXPECT_TRUE(has_tick_label(layout, std::to_string(year))) << year;
}

TEST(Boxes, TouchingIsNotOverlapping) {
  const std::vector<Box> boxes{{0, 0, 10, 10}, {10, 0, 5, 6}, {5, 5, 10, 10}, {0, 10, 3, 3}};
  EXPECT_FALSE(intersects(boxes[0], boxes[1]));
  EXPECT_EQ(overlapping_pairs(boxes),
            (std::vector<std::pair<std::size_t, std::size_t>>{{0, 2}, {1, 2}}));
}

}  // namespace
}  // namespace chronograph
