// Relative `when` and `end` (docs/format.md, "Relative times") through parse, model and reason:
// bounds from the anchor, events that move with it, contradictions and errors that name the
// expression, and the same in event JSON.

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"

namespace chronograph {
namespace {

std::string story(const std::string& events, const std::string& relations = "[]") {
  return "chronograph: 1\nzone: Asia/Seoul\nevents:\n" + events + "relations: " + relations + "\n";
}

struct Bound {
  std::string earliest;
  std::string latest;
};

Bound shown(const Bounds& bounds) {
  return {format_instant(bounds.earliest, "Asia/Seoul"),
          format_instant(bounds.latest, "Asia/Seoul")};
}

class Loaded_ {
 public:
  explicit Loaded_(const std::string& text, const std::string& path = "r.yaml")
      : text_(text), loaded_(load(text_, path)) {}
  [[nodiscard]] const Event& event(const char* id) const {
    return loaded_.graph->event(loaded_.graph->find(id).value());
  }
  [[nodiscard]] Bound start(const char* id) const { return shown(event(id).start); }
  [[nodiscard]] Bound end(const char* id) const { return shown(event(id).end); }
  [[nodiscard]] std::string messages() const {
    return format_diagnostics(loaded_.diagnostics, text_);
  }
  [[nodiscard]] const Loaded& loaded() const { return loaded_; }

 private:
  std::string text_;
  Loaded loaded_;
};

#define EXPECT_BOUND(bound, from, to) \
  do {                                \
    const Bound b_ = (bound);         \
    EXPECT_EQ(b_.earliest, from);     \
    EXPECT_EQ(b_.latest, to);         \
  } while (false)

const std::string tour = "  tour: {title: Tour, when: 2024-01-26 오전}\n";

TEST(RelativeWhen, LateOnTheDayBeforeIsWhatTheAbsoluteTimeSays) {
  const Loaded_ relative(story(tour + "  arrival:\n    title: Arrival\n"
                                      "    when: 1 day before tour, late\n"));
  const Loaded_ absolute(story(tour + "  arrival: {title: Arrival, when: 2024-01-25 late}\n"));
  ASSERT_TRUE(relative.loaded().clean()) << relative.messages();
  EXPECT_BOUND(relative.start("arrival"), "2024-01-25T18:00:00+09:00", "2024-01-26T00:00:00+09:00");
  EXPECT_BOUND(relative.end("arrival"), "2024-01-25T18:00:00+09:00", "2024-01-26T00:00:00+09:00");
  EXPECT_EQ(relative.event("arrival").stated_start, absolute.event("arrival").stated_start);
  EXPECT_EQ(relative.event("arrival").when.day_part, "late");
  EXPECT_EQ(relative.event("arrival").when.text, "1 day before tour, late");
  // Korean, as the article says it.
  const Loaded_ korean(story(tour + "  arrival: {title: A, when: tour 전날 늦게}\n"));
  EXPECT_EQ(korean.event("arrival").stated_start, absolute.event("arrival").stated_start);
}

TEST(RelativeWhen, MovingTheAnchorMovesTheEvent) {
  const std::string arrival = "  arrival: {title: A, when: tour -P1D late}\n";
  const Loaded_ moved(story("  tour: {title: Tour, when: 2024-02-10 오전}\n" + arrival));
  EXPECT_BOUND(moved.start("arrival"), "2024-02-09T18:00:00+09:00", "2024-02-10T00:00:00+09:00");
  // An anchor with no time of its own, placed by a relation: the event follows through the
  // reasoner. x starts when the tour ends (06:00–12:00), the talk two hours later.
  const Loaded_ reasoned(story(tour + "  x: {title: X}\n"
                                      "  talk: {title: Talk, when: 2 hours after x}\n",
                               "[tour meets x]"));
  ASSERT_TRUE(reasoned.loaded().clean()) << reasoned.messages();
  EXPECT_BOUND(reasoned.start("talk"), "2024-01-26T08:00:00+09:00", "2024-01-26T14:00:00+09:00");
  // And back: a talk known to start 09:00 puts x at 07:00.
  const Loaded_ back(
      story("  x: {title: X}\n"
            "  talk: {title: Talk, when: 2 hours after x, end: 2024-01-26T12:00}\n"
            "  fixed: {title: F, when: 2024-01-26T09:00}\n",
            "[{from: fixed, type: starts, to: talk}]"));
  ASSERT_TRUE(back.loaded().clean()) << back.messages();
  EXPECT_BOUND(back.start("x"), "2024-01-26T07:00:00+09:00", "2024-01-26T07:01:00+09:00");
}

TEST(RelativeWhen, OrderFormsAreConstraintsOnly) {
  const Loaded_ loaded(story(tour + "  lunch: {title: Lunch, when: after tour}\n"
                                    "  prep: {title: Prep, when: before tour}\n"
                                    "  middle: {title: B, when: between prep and lunch}\n"));
  ASSERT_TRUE(loaded.loaded().clean()) << loaded.messages();
  EXPECT_EQ(loaded.event("lunch").stated_start, Bounds{});
  EXPECT_BOUND(loaded.start("lunch"), "2024-01-26T06:00:00+09:00", "");
  EXPECT_BOUND(loaded.end("prep"), "", "2024-01-26T12:00:00+09:00");
  // `when` bounds the end too: the whole of `between` lies between prep's end and lunch's start.
  EXPECT_BOUND(loaded.end("middle"), "", "");
  const Loaded_ meeting(
      story(tour + "  meeting: {title: M, when: after tour, end: 2024-01-26T16:00}\n"));
  EXPECT_BOUND(meeting.start("meeting"), "2024-01-26T06:00:00+09:00", "2024-01-26T16:01:00+09:00");
}

TEST(RelativeWhen, PartOfDayBeforeAnEventIsOnItsDay) {
  const Loaded_ loaded(
      story("  departure: {title: D, when: 2024-01-26}\n"
            "  chey: {title: C, when: departure 전 늦은 오후}\n"));
  ASSERT_TRUE(loaded.loaded().clean()) << loaded.messages();
  EXPECT_BOUND(loaded.start("chey"), "2024-01-26T15:00:00+09:00", "2024-01-26T18:00:00+09:00");
  // Before the departure: the departure starts after the meeting ends.
  EXPECT_BOUND(loaded.start("departure"), "2024-01-26T15:00:00+09:00", "2024-01-27T00:00:00+09:00");
}

TEST(RelativeWhen, EndCanBeRelativeAndAnchorsCanChain) {
  const Loaded_ loaded(story(tour + "  lunch:\n    title: L\n    when: after tour\n"
                                    "    end: 2 hours after tour.end\n"
                                    "  nap: {title: N, when: lunch.end +PT1H}\n"));
  ASSERT_TRUE(loaded.loaded().clean()) << loaded.messages();
  EXPECT_BOUND(loaded.end("lunch"), "2024-01-26T08:00:00+09:00", "2024-01-26T14:00:00+09:00");
  EXPECT_BOUND(loaded.start("nap"), "2024-01-26T09:00:00+09:00", "2024-01-26T15:00:00+09:00");
}

TEST(RelativeWhen, AContradictionNamesTheRelativeStatement) {
  const Loaded_ loaded(
      story(tour + "  arrival: {title: A, when: 1 day after tour}\n", "[arrival before tour]"));
  ASSERT_FALSE(loaded.loaded().clean());
  // The link to the tour first (links are doubted first), then, set aside, the bounds it placed.
  EXPECT_EQ(
      loaded.messages(),
      "r.yaml:5:3: error: these statements about time cannot all hold (3 constraints)\n"
      "  arrival: {title: A, when: 1 day after tour}\n"
      "  ^~~~~~~\n"
      "r.yaml:5:3: note: arrival cannot end before it starts\n"
      "  arrival: {title: A, when: 1 day after tour}\n"
      "  ^~~~~~~\n"
      "r.yaml:5:29: note: arrival starts at least 1 day after tour starts (when: 1 day after "
      "tour)\n"
      "  arrival: {title: A, when: 1 day after tour}\n"
      "                            ^~~~~~~~~~~~~~~~\n"
      "r.yaml:6:13: note: arrival is before tour\n"
      "relations: [arrival before tour]\n"
      "            ^~~~~~~~~~~~~~~~~~~\n"
      "note: so arrival would have to end 1 day before it ends\n"
      "r.yaml:4:29: error: these statements about time cannot all hold (3 constraints)\n"
      "  tour: {title: Tour, when: 2024-01-26 오전}\n"
      "                            ^~~~~~~~~~~~~~~\n"
      "r.yaml:4:29: note: tour starts no later than 2024-01-26T12:00:00+09:00\n"
      "  tour: {title: Tour, when: 2024-01-26 오전}\n"
      "                            ^~~~~~~~~~~~~~~\n"
      "r.yaml:6:13: note: arrival is before tour\n"
      "relations: [arrival before tour]\n"
      "            ^~~~~~~~~~~~~~~~~~~\n"
      "r.yaml:5:29: note: arrival ends no earlier than 2024-01-27T06:00:00+09:00 (when: 1 day "
      "after tour)\n"
      "  arrival: {title: A, when: 1 day after tour}\n"
      "                            ^~~~~~~~~~~~~~~~\n"
      "note: so arrival would have to end before 2024-01-26T12:00:00+09:00 and no earlier "
      "than 2024-01-27T06:00:00+09:00\n");
  ASSERT_EQ(loaded.loaded().report.contradictions.size(), 2U);
  EXPECT_EQ(loaded.loaded().report.contradictions[0].events.size(), 2U);  // arrival and tour
}

TEST(RelativeWhen, ExplainShowsTheRelativeStatement) {
  const Loaded_ loaded(story(
      tour + "  x: {title: X}\n  talk: {title: Talk, when: 2 hours after x}\n", "[tour meets x]"));
  const Loaded& l = loaded.loaded();
  const NodeId talk = l.graph->find("talk").value();
  EXPECT_EQ(
      format_explanation(*l.graph, explain(*l.graph, l.report, talk)),
      "talk\n"
      "  starts no earlier than 2024-01-26T08:00:00+09:00\n"
      "    r.yaml:4:29: tour ends no earlier than 2024-01-26T06:00:00+09:00\n"
      "    r.yaml:7:13: tour meets x: tour ends no later than x starts\n"
      "    r.yaml:6:29: talk starts at least 2 hours after x starts (when: 2 hours after x)\n"
      "  starts no later than 2024-01-26T14:00:00+09:00\n"
      "    r.yaml:4:29: tour ends no later than 2024-01-26T12:00:00+09:00\n"
      "    r.yaml:7:13: tour meets x: x starts no later than tour ends\n"
      "    r.yaml:6:29: talk ends no more than 2 hours after x starts (when: 2 hours after x)\n"
      "    r.yaml:6:3: talk cannot end before it starts\n"
      "  ends no earlier than 2024-01-26T08:00:00+09:00\n"
      "    r.yaml:4:29: tour ends no earlier than 2024-01-26T06:00:00+09:00\n"
      "    r.yaml:7:13: tour meets x: tour ends no later than x starts\n"
      "    r.yaml:6:29: talk starts at least 2 hours after x starts (when: 2 hours after x)\n"
      "    r.yaml:6:3: talk cannot end before it starts\n"
      "  ends no later than 2024-01-26T14:00:00+09:00\n"
      "    r.yaml:4:29: tour ends no later than 2024-01-26T12:00:00+09:00\n"
      "    r.yaml:7:13: tour meets x: x starts no later than tour ends\n"
      "    r.yaml:6:29: talk ends no more than 2 hours after x starts (when: 2 hours after "
      "x)\n");
  const Loaded_ placed(story(tour + "  arrival:\n    title: Arrival\n"
                                    "    when: 1 day before tour, late\n"));
  const Loaded& p = placed.loaded();
  EXPECT_EQ(
      format_explanation(*p.graph, explain(*p.graph, p.report, p.graph->find("arrival").value())),
      // Placed from the tour's stated day: stated bounds that say where they came from.
      "arrival\n"
      "  starts no earlier than 2024-01-25T18:00:00+09:00\n"
      "    r.yaml:7:11: arrival starts no earlier than 2024-01-25T18:00:00+09:00 (when: 1 day "
      "before tour, late)\n"
      "  starts no later than 2024-01-26T00:00:00+09:00\n"
      "    r.yaml:7:11: arrival starts no later than 2024-01-26T00:00:00+09:00 (when: 1 day before "
      "tour, late)\n"
      "  ends no earlier than 2024-01-25T18:00:00+09:00\n"
      "    r.yaml:7:11: arrival ends no earlier than 2024-01-25T18:00:00+09:00 (when: 1 day before "
      "tour, late)\n"
      "  ends no later than 2024-01-26T00:00:00+09:00\n"
      "    r.yaml:7:11: arrival ends no later than 2024-01-26T00:00:00+09:00 (when: 1 day before "
      "tour, late)\n");
}

struct BadCase {
  std::string events;
  std::string message;
};

TEST(RelativeWhen, BadReferencesAreErrorsAtTheExpression) {
  const BadCase cases[] = {
      {"  tour: {title: T, when: 2024-01-26}\n  a: {title: A, when: 1 day before tuor}\n",
       "r.yaml:5:23: error: unknown id 'tuor'; did you mean 'tour'?\n"
       "  a: {title: A, when: 1 day before tuor}\n"
       "                      ^~~~~~~~~~~~~~~~~\n"},
      {"  a: {title: A, when: after a}\n",
       "r.yaml:4:23: error: 'a' is placed relative to itself (a → a)\n"
       "  a: {title: A, when: after a}\n"
       "                      ^~~~~~~\n"},
      {"  a: {title: A, when: after b}\n  b: {title: B, when: c +P1D}\n"
       "  c: {title: C, when: before a}\n",
       "r.yaml:4:23: error: relative times form a cycle: a → b → c → a\n"
       "  a: {title: A, when: after b}\n"
       "                      ^~~~~~~\n"},
      {"  a: {title: A, when: after korea}\n",
       "r.yaml:4:23: error: 'korea' is an entity; a relative time counts from an event\n"
       "  a: {title: A, when: after korea}\n"
       "                      ^~~~~~~~~~~\n"},
      {"  tour: {title: T, when: 2024-01-26}\n  a: {title: A, when: 1 day before tour lat}\n",
       "r.yaml:5:41: error: unknown part of day 'lat'; did you mean 'late'?\n"
       "  a: {title: A, when: 1 day before tour lat}\n"
       "                                        ^~~\n"},
  };
  for (const BadCase& c : cases) {
    const std::string text = "chronograph: 1\nzone: Asia/Seoul\nevents:\n" + c.events +
                             "entities:\n  korea: {name: Korea, kind: place}\n";
    const Loaded loaded = load(text, "r.yaml");
    EXPECT_EQ(format_diagnostics(loaded.diagnostics, text), c.message) << c.events;
  }
}

TEST(RelativeWhen, EventJsonReadsTheSameExpressions) {
  const std::string json = R"({"chronograph": 1, "zone": "Asia/Seoul", "events": [
    {"id": "tour", "title": "Tour", "when": "2024-01-26 오전"},
    {"id": "arrival", "title": "Arrival", "when": "1 day before tour, late"},
    {"id": "bad", "title": "Bad", "when": "after tuor"}]})";
  const Loaded loaded = load(json, "r.json");
  EXPECT_EQ(format_diagnostics(loaded.diagnostics, json),
            "r.json:4:44: error: unknown id 'tuor'; did you mean 'tour'?\n"
            "    {\"id\": \"bad\", \"title\": \"Bad\", \"when\": \"after tuor\"}]}\n"
            "                                           ^~~~~~~~~~\n");
  const std::string good = json.substr(0, json.find(",\n    {\"id\": \"bad\"")) + "]}";
  const Loaded_ read(good, "r.json");
  ASSERT_TRUE(read.loaded().clean()) << read.messages();
  EXPECT_BOUND(read.start("arrival"), "2024-01-25T18:00:00+09:00", "2024-01-26T00:00:00+09:00");
}

}  // namespace
}  // namespace chronograph
