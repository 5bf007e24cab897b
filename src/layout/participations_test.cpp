// Events with several participants are drawn once, with a ring in each other participant's lane.

#include "layout/participations.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "chronograph/render.hpp"
#include "layout/article_fixture.hpp"

namespace chronograph {
namespace {

using testing::add_person;
using testing::add_sketch;
using testing::at;

// Altman and Kwak each lead an event of their own, so each has a lane; they meet at a third
// event that Altman leads, with Chey, who has no lane. Without Kwak's own event, only Altman has a
// lane.
EventGraph three_people(bool kwak_leads_an_event = true) {
  EventGraph graph;
  graph.info.title = {"", "", "Meetings"};
  graph.info.zone = "Asia/Seoul";
  const NodeId altman = add_person(graph, "altman", "", "Sam Altman");
  const NodeId kwak = add_person(graph, "kwak", "", "Kwak Noh-jung");
  const NodeId chey = add_person(graph, "chey", "", "Chey Tae-won");
  const Seconds t = at(2024, 1, 26, 9);
  add_sketch(
      graph,
      {"arrival", "", "Arrival", {t, t}, {t + 3600, t + 3600}, EventStatus::happened, {altman}});
  if (kwak_leads_an_event)
    add_sketch(graph, {"earnings",
                       "",
                       "Earnings call",
                       {t + 7200, t + 7200},
                       {t + 9000, t + 9000},
                       EventStatus::happened,
                       {kwak}});
  add_sketch(graph, {"meeting",
                     "",
                     "Hynix meeting",
                     {t + 4 * 3600, t + 4 * 3600},
                     {t + 6 * 3600, t + 6 * 3600},
                     EventStatus::happened,
                     {altman, kwak, chey, kwak}});
  return graph;
}

TEST(Participations, OneRingInEachOtherParticipantsLane) {
  const EventGraph graph = three_people();
  const TimelineScene layout = layout_timeline(graph, {}, {});
  ASSERT_EQ(layout.lanes.size(), 2U);
  ASSERT_EQ(layout.participations.size(), 1U) << "Chey has no lane; Kwak listed twice gets one";
  const ParticipationMarker& ring = layout.participations.front();
  EXPECT_EQ(ring.event, *graph.find("meeting"));
  EXPECT_EQ(ring.participant, *graph.find("kwak"));
  const auto meeting = std::find_if(layout.marks.begin(), layout.marks.end(),
                                    [&](const EventMark& m) { return m.event == ring.event; });
  ASSERT_NE(meeting, layout.marks.end());
  EXPECT_EQ(ring.event_lane, meeting->lane);
  EXPECT_NE(ring.lane, meeting->lane);
  EXPECT_EQ(layout.lanes[ring.lane].entity, graph.find("kwak"));
  EXPECT_DOUBLE_EQ(ring.x, meeting->box.x + meeting->box.width / 2);
  // Inside its lane, above the lane's rows, clear of every label and mark.
  const LaneLayout& lane = layout.lanes[ring.lane];
  EXPECT_GE(ring.y - ring.radius, lane.y);
  EXPECT_LE(ring.y + ring.radius, lane.y + lane.height);
  const Box box{ring.x - ring.radius, ring.y - ring.radius, 2 * ring.radius, 2 * ring.radius};
  for (const Box& label : layout.label_boxes()) EXPECT_FALSE(intersects(box, label));
  for (const EventMark& mark : layout.marks) EXPECT_FALSE(intersects(box, mark.box));
  // The legend explains the ring.
  EXPECT_TRUE(std::any_of(layout.legend.begin(), layout.legend.end(),
                          [](const LegendEntry& e) { return e.key == LegendKey::participation; }));
}

TEST(Participations, OnlyWhenLanesAreParticipants) {
  const EventGraph graph = three_people();
  LayoutOptions options;
  for (const LaneGrouping grouping :
       {LaneGrouping::place, LaneGrouping::kind, LaneGrouping::none}) {
    options.lanes = grouping;
    EXPECT_TRUE(layout_timeline(graph, {}, options).participations.empty());
  }
}

TEST(Participations, WithoutOtherLanesNothingIsAddedAndLanesKeepTheirHeight) {
  const TimelineScene with = layout_timeline(three_people(), {}, {});
  // Kwak without an event of his own has no lane: no ring and no strip.
  const TimelineScene without = layout_timeline(three_people(false), {}, {});
  EXPECT_TRUE(without.participations.empty());
  ASSERT_EQ(without.lanes.size(), 1U);
  EXPECT_DOUBLE_EQ(without.lanes[0].height, with.lanes[0].height);
  // In `with`, Kwak's lane carries the ring strip above its one row; Altman's lane does not.
  ASSERT_EQ(with.lanes[0].rows, with.lanes[1].rows);
  EXPECT_GT(with.lanes[1].height, with.lanes[0].height);
}

TEST(Participations, SvgAndDotDrawTheRingWithItsTooltip) {
  const EventGraph graph = three_people();
  RenderOptions options;
  const Result<std::string> svg = render(graph, {}, options);
  ASSERT_TRUE(svg.value);
  EXPECT_NE(svg.value->find("<circle class=\"participation\" data-of=\"meeting\""),
            std::string::npos);
  EXPECT_NE(svg.value->find("Kwak Noh-jung takes part in: Hynix meeting\n(drawn in the lane of "
                            "Sam Altman)"),
            std::string::npos);
  options.format = Format::dot;
  const Result<std::string> dot = render(graph, {}, options);
  ASSERT_TRUE(dot.value);
  EXPECT_NE(dot.value->find("\"participation/0\""), std::string::npos);
}

}  // namespace
}  // namespace chronograph
