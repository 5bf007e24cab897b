#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "chronograph/chronograph.hpp"
#include "chronograph/layout.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

Loaded load_article() {
  const auto path = testing::source_dir() / "graphs" / "altman-korea-2024.yaml";
  Loaded loaded = load(testing::slurp(path), path.string());
  EXPECT_TRUE(loaded.ok());
  return loaded;
}

StorylineScene article_storyline(Language language = Language::en) {
  static const Loaded loaded = load_article();
  StorylineOptions options;
  options.language = language;
  return layout_storyline(*loaded.graph, loaded.report, options);
}

const EventGraph& article_graph() {
  static const Loaded loaded = load_article();
  return *loaded.graph;
}

std::vector<std::string> members(const StorylineScene& layout, const std::string& event) {
  const EventGraph& graph = article_graph();
  for (const StorylineMeeting& meeting : layout.meetings)
    if (graph.event(meeting.event).id == event) {
      std::vector<std::string> ids;
      for (const std::size_t line : meeting.lines)
        ids.push_back(graph.entity(layout.lines[line].entity).id);
      std::sort(ids.begin(), ids.end());
      return ids;
    }
  ADD_FAILURE() << "no meeting for " << event;
  return {};
}

// y of a line at the meeting's column (the flat stretch through it).
std::optional<double> y_at(const StorylineLine& line, double x) {
  for (const StorylineCurve& curve : line.curves)
    if (curve.x0 <= x && x <= curve.x1 && std::abs(curve.y0 - curve.y1) < 0.01) return curve.y0;
  return std::nullopt;
}

TEST(StorylineScene, AltmanMeetsTheSamsungExecutivesKwakAndChey) {
  const StorylineScene layout = article_storyline();
  EXPECT_EQ(members(layout, "pyeongtaek-tour"),
            (std::vector<std::string>{"altman", "choi-si-young", "kyung-kye-hyun", "lee-jung-bae",
                                      "park-yong-in"}));
  EXPECT_EQ(members(layout, "hynix-meeting"),
            (std::vector<std::string>{"altman", "kwak-noh-jung"}));
  EXPECT_EQ(members(layout, "chey-meeting"), (std::vector<std::string>{"altman", "chey-tae-won"}));
}

TEST(StorylineScene, MembersAreAdjacentInsideTheMeetingBox) {
  const StorylineScene layout = article_storyline();
  for (const StorylineMeeting& meeting : layout.meetings) {
    std::vector<double> ys;
    for (const std::size_t line : meeting.lines) {
      const auto y = y_at(layout.lines[line], meeting.x);
      ASSERT_TRUE(y) << article_graph().event(meeting.event).id;
      EXPECT_GT(*y, meeting.box.y);
      EXPECT_LT(*y, meeting.box.bottom());
      ys.push_back(*y);
    }
    EXPECT_TRUE(std::is_sorted(ys.begin(), ys.end()));
    // No other line runs through the box.
    for (std::size_t i = 0; i < layout.lines.size(); ++i) {
      if (std::find(meeting.lines.begin(), meeting.lines.end(), i) != meeting.lines.end()) continue;
      const auto y = y_at(layout.lines[i], meeting.x);
      if (y) {
        EXPECT_FALSE(*y > meeting.box.y && *y < meeting.box.bottom());
      }
    }
  }
}

TEST(StorylineScene, PlannedMeetingIsReachedByDashedStretches) {
  const StorylineScene layout = article_storyline();
  const EventGraph& graph = article_graph();
  const NodeId chey = *graph.find("chey-meeting");
  std::size_t planned_curves = 0;
  for (const StorylineLine& line : layout.lines)
    for (const StorylineCurve& curve : line.curves)
      if (curve.event == chey) {
        EXPECT_EQ(curve.status, EventStatus::planned);
        ++planned_curves;
      }
  EXPECT_GE(planned_curves, 4u);  // into it and through it, for both lines
}

TEST(StorylineScene, PlacesAndOrganisationsOnlyAreLines) {
  const StorylineScene layout = article_storyline();
  const EventGraph& graph = article_graph();
  for (const StorylineLine& line : layout.lines) {
    const EntityKind kind = graph.entity(line.entity).kind;
    EXPECT_TRUE(kind == EntityKind::person || kind == EntityKind::organization);
  }
  EXPECT_TRUE(std::none_of(layout.lines.begin(), layout.lines.end(), [&](const auto& line) {
    return graph.entity(line.entity).id == "korean-startups";  // kind other
  }));
}

// The storyline's axis gives room to meetings, not to the events' spans: on the article 09–20 h
// on 26 January (eight meetings) gets at least twice the width the timeline gives it, every meeting
// is drawn to scale (not inside a break), and every title finds a row among the first seven (of
// ten allowed; six while meetings sat at their marks' middles, but the overnight visit now begins
// on 25 January and its count widens that stretch, so 26 January's eleven titles take seven rows).
// Lines converge where a meeting begins: patrols from 14 January to about March were drawn on
// 8 March, the middle of their mark, after a meeting of 1 February (a story of cable damage in the
// Baltic); their start lay inside the timeline's scale break then, which must not move it.
TEST(StorylineScene, ALongMeetingIsDrawnWhereItBegins) {
  const Loaded loaded = load(R"(chronograph: 1
title: Baltic cables
zone: Europe/Helsinki
entities:
  nato: {name: NATO, kind: organization}
  finland: {name: Finland, kind: organization}
events:
  cut: {title: Cable cut, when: 2024-12-25, participants: [nato, finland]}
  patrols:
    title: Baltic Sentry patrols begin
    when: 2025-01-14
    end: 2025-03~
    participants: [nato, finland]
  summit: {title: Summit, when: 2025-02-01, participants: [nato, finland]}
  talks: {title: Talks, when: ../2025-02-20, participants: [nato, finland]}
)",
                             "baltic.yaml");
  ASSERT_TRUE(loaded.ok());
  const StorylineScene layout = layout_storyline(*loaded.graph, loaded.report, {});
  ASSERT_EQ(layout.meetings.size(), 4U);
  const auto x_of = [&](const std::string& id) {
    for (const StorylineMeeting& meeting : layout.meetings)
      if (loaded.graph->event(meeting.event).id == id) return meeting.x;
    ADD_FAILURE() << id;
    return 0.0;
  };
  const auto day_of = [&](const std::string& id) {
    return (layout.axis.time_at(x_of(id)) - testing::at(2025, 1, 1)) / 86400;
  };
  EXPECT_EQ(day_of("patrols"), 13);  // 14 January, counted from 0 on 1 January
  EXPECT_EQ(day_of("summit"), 31);   // 1 February
  EXPECT_LT(x_of("patrols"), x_of("summit"));
  EXPECT_LT(x_of("cut"), x_of("patrols"));
  EXPECT_EQ(day_of("talks"), 50);  // open before: 20 February, all that is known of it
}

TEST(StorylineScene, BusyHoursGetTheRoom) {
  const StorylineScene layout = article_storyline();
  LayoutOptions options;
  options.language = Language::en;
  const TimelineScene timeline = layout_timeline(article_graph(), {}, options);
  const Seconds day_begin = testing::at(2024, 1, 26, 9);
  const Seconds day_end = testing::at(2024, 1, 26, 20);
  const auto width_of_day = [&](const Axis& axis) {
    return axis.x_of(day_end) - axis.x_of(day_begin);
  };
  EXPECT_GE(width_of_day(layout.axis), 2 * width_of_day(timeline.axis));
  EXPECT_GE(width_of_day(layout.axis), 200);
  for (const StorylineMeeting& meeting : layout.meetings) {
    EXPECT_TRUE(
        std::any_of(layout.axis.segments.begin(), layout.axis.segments.end(),
                    [&](const TimeSegment& s) { return s.x0 <= meeting.x && meeting.x <= s.x1; }))
        << meeting.x;
    EXPECT_FALSE(meeting.label.text.empty());
    EXPECT_GE(meeting.label.box.y, layout.plot.y - 10 - 7 * 20);  // labels end 10 above the plot
  }
  // The axis keeps to the page; a name written after its line's end may overhang a little.
  EXPECT_LE(layout.axis.right(), 1400 - 16);
  EXPECT_LE(layout.width, 1500);
}

TEST(StorylineScene, SweepsDoNotAddCrossings) {
  const StorylineScene layout = article_storyline();
  EXPECT_LE(layout.crossings, layout.initial_crossings);
}

TEST(StorylineScene, NoTwoLabelsOverlap) {
  for (const Language language : {Language::ko, Language::en}) {
    const StorylineScene layout = article_storyline(language);
    const std::vector<Box> boxes = layout.label_boxes();
    const auto pairs = overlapping_pairs(boxes);
    for (const auto& [a, b] : pairs)
      ADD_FAILURE() << "labels overlap: " << boxes[a].x << "," << boxes[a].y << " and "
                    << boxes[b].x << "," << boxes[b].y;
  }
}

TEST(StorylineScene, LegendListsUsedStatusesOnly) {
  const StorylineScene layout = article_storyline();
  std::vector<LegendKey> keys;
  for (const LegendEntry& entry : layout.legend) keys.push_back(entry.key);
  EXPECT_NE(std::find(keys.begin(), keys.end(), LegendKey::planned), keys.end());
  EXPECT_NE(std::find(keys.begin(), keys.end(), LegendKey::reported), keys.end());
  EXPECT_EQ(std::find(keys.begin(), keys.end(), LegendKey::cancelled), keys.end());
}

// The June 2023 meetings are known only to the month: their stretch of axis must not tick in
// hours or minutes ("00:30" would claim a precision the article does not have), while 26 Jan,
// known to the hour, keeps hourly ticks.
TEST(StorylineScene, AxisIsNeverFinerThanWhatTheMeetingsAreKnownTo) {
  const StorylineScene layout = article_storyline();
  ASSERT_FALSE(layout.axis.segments.empty());
  const TimeSegment& june = layout.axis.segments.front();
  constexpr Seconds kst = 9 * 3600;
  for (const AxisTick& tick : layout.axis.ticks) {
    if (tick.at < june.begin || tick.at > june.end || tick.at == june.begin) continue;
    EXPECT_EQ((tick.at + kst) % 86400, 0) << "tick '" << tick.label << "' inside June 2023";
  }
  const bool hourly_on_26_jan =
      std::any_of(layout.axis.ticks.begin(), layout.axis.ticks.end(), [](const AxisTick& tick) {
        return tick.level == TickLevel::minor && !tick.label.empty() &&
               tick.label.find(':') != std::string::npos;
      });
  EXPECT_TRUE(hourly_on_26_jan);
}

// A meeting is a point where it begins; a four-day eruption written to the minute is not known to
// the minute (its point stands for its whole mark), so the stretch of axis around it has no ticks
// between days (it was labelled "03:15 03:30 03:45" at the middle of 14–18 January).
TEST(StorylineScene, ALongMeetingsStretchTicksNoFinerThanADay) {
  const Loaded loaded = load(R"(chronograph: 1
title: Long eruption
zone: UTC
entities:
  imo: {name: Met Office, kind: organization}
  civil: {name: Civil Protection, kind: organization}
events:
  quake: {title: Quake, when: "2023-11-10T15:00", participants: [imo, civil]}
  lava:
    title: Lava reaches the town
    when: "2024-01-14T07:57"
    end: 2024-01-16~
    participants: [imo, civil]
)",
                             "long.yaml");
  ASSERT_TRUE(loaded.ok());
  const StorylineScene layout = layout_storyline(*loaded.graph, loaded.report, {});
  ASSERT_EQ(layout.meetings.size(), 2U);
  const double x = layout.meetings[1].x;
  const auto segment = std::find_if(layout.axis.segments.begin(), layout.axis.segments.end(),
                                    [x](const TimeSegment& s) { return s.x0 <= x && x <= s.x1; });
  ASSERT_NE(segment, layout.axis.segments.end());
  int inside = 0;
  for (const AxisTick& tick : layout.axis.ticks) {
    if (tick.at <= segment->begin || tick.at >= segment->end) continue;
    ++inside;
    EXPECT_EQ(tick.at % 86400, 0) << "tick '" << tick.label << "' beside the eruption";
  }
  EXPECT_LE(inside, 1);
}

// 48 meetings in four busy weeks a year apart: widening for the columns made the axis almost
// ordinal, and the ticks laid out before it (for an axis squeezed to make room) kept one
// label, "2020", for four years. Ticked again once widened, it names every year.
TEST(StorylineScene, AWidenedAxisStillNamesItsYears) {
  std::string text = "chronograph: 1\ntitle: Four busy weeks\nzone: UTC\nentities:\n";
  for (int org = 0; org < 6; ++org)
    text += fmt::format("  org{0}: {{name: Org {0}, kind: organization}}\n", org);
  text += "events:\n";
  const std::array<const char*, 4> weeks{"2020-02", "2021-02", "2022-03", "2023-07"};
  for (int i = 0; i < 48; ++i)
    text += fmt::format(
        "  e{}: {{title: Event {}, when: '{}-{:02}T{:02}:00', participants: [org{}]}}\n", i, i,
        weeks[i % 4], 3 + i / 4 % 4, 6 + i % 13, i % 6);
  const Loaded loaded = load(text, "busy.yaml");
  ASSERT_TRUE(loaded.ok());
  const StorylineScene layout = layout_storyline(*loaded.graph, loaded.report, {});
  ASSERT_EQ(layout.meetings.size(), 48U);
  for (const char* year : {"2020", "2021", "2022", "2023"}) {
    const bool named = std::any_of(
        layout.axis.ticks.begin(), layout.axis.ticks.end(),
        [&](const AxisTick& tick) { return tick.label.find(year) != std::string::npos; });
    EXPECT_TRUE(named) << year;
  }
}

}  // namespace
}  // namespace chronograph
