// The iCalendar export read back by libical's own parser: what a calendar program gets.

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <map>
#include <memory>
#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

Loaded load_text(const std::string& text, const std::string& path) {
  Loaded loaded = load(text, path);
  EXPECT_TRUE(loaded.has_graph()) << format_diagnostics(loaded.diagnostics, text);
  return loaded;
}

Loaded load_example(const std::string& name) {
  const auto path = testing::source_dir() / "graphs" / (name + ".yaml");
  return load_text(testing::slurp(path), path.string());
}

Result<std::string> export_ics(const Loaded& loaded, Language language = Language::en) {
  RenderOptions options;
  options.format = Format::ics;
  options.language = language;
  return render(*loaded.graph, loaded.report, options);
}

// UID's event part → VEVENT, from libical's parse of the text.
struct Parsed {
  Component calendar;
  std::map<std::string, icalcomponent*> events;
};

Parsed parse(const std::string& text) {
  Parsed parsed{Component(icalparser_parse_string(text.c_str())), {}};
  EXPECT_NE(parsed.calendar, nullptr);
  if (!parsed.calendar) return parsed;
  EXPECT_EQ(icalcomponent_isa(parsed.calendar.get()), ICAL_VCALENDAR_COMPONENT);
  for (icalcomponent* event =
           icalcomponent_get_first_component(parsed.calendar.get(), ICAL_VEVENT_COMPONENT);
       event != nullptr;
       event = icalcomponent_get_next_component(parsed.calendar.get(), ICAL_VEVENT_COMPONENT)) {
    const std::string uid = icalcomponent_get_uid(event);
    parsed.events[uid.substr(0, uid.find('@'))] = event;
  }
  return parsed;
}

// DTSTART or DTEND as UTC seconds, its TZID resolved through the calendar's own VTIMEZONE.
// libical reads the fields in the zone it is given, so the value's own (resolved) zone is passed.
Seconds utc_seconds(icaltimetype value) {
  EXPECT_NE(value.zone, nullptr) << "TZID not resolved";
  return static_cast<Seconds>(icaltime_as_timet_with_zone(value, value.zone));
}

TEST(Ics, EveryDatedEventOfTheArticleIsAVevent) {
  const Loaded loaded = load_example("altman-korea-2024");
  const Result<std::string> ics = export_ics(loaded);
  ASSERT_TRUE(ics.ok()) << format_diagnostics(ics.diagnostics, "");
  const Parsed parsed = parse(*ics.value);
  EXPECT_EQ(parsed.events.size(), loaded.graph->events().size());
  EXPECT_EQ(std::string(icalcomponent_get_uid(parsed.events.at("arrival"))),
            "arrival@altman-korea-2024.chronograph");
}

TEST(Ics, ZonedTimesCarryTzidAndMatchTheBounds) {
  const Loaded loaded = load_example("altman-korea-2024");
  const Parsed parsed = parse(*export_ics(loaded).value);
  icalcomponent* tour = parsed.events.at("pyeongtaek-tour");
  icalproperty* start = icalcomponent_get_first_property(tour, ICAL_DTSTART_PROPERTY);
  ASSERT_NE(start, nullptr);
  icalparameter* tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
  ASSERT_NE(tzid, nullptr);
  EXPECT_STREQ(icalparameter_get_tzid(tzid), "Asia/Seoul");
  ASSERT_NE(icalcomponent_get_timezone(parsed.calendar.get(), "Asia/Seoul"), nullptr);
  const Event& event = loaded.graph->event(*loaded.graph->find("pyeongtaek-tour"));
  EXPECT_EQ(utc_seconds(icalcomponent_get_dtstart(tour)), event.start.earliest);
  EXPECT_EQ(utc_seconds(icalcomponent_get_dtend(tour)), event.end.latest);
}

TEST(Ics, DayPrecisionIsAllDay) {
  const Parsed parsed = parse(*export_ics(load_example("altman-korea-2024")).value);
  const icaltimetype start = icalcomponent_get_dtstart(parsed.events.at("visit-2023"));
  const icaltimetype end = icalcomponent_get_dtend(parsed.events.at("visit-2023"));
  EXPECT_TRUE(start.is_date);
  EXPECT_EQ(std::string(icaltime_as_ical_string(start)), "20230601");
  EXPECT_EQ(std::string(icaltime_as_ical_string(end)), "20230701");  // exclusive: all of June
  // Bounded on one side only ("../2024-01-24 America/New_York"): the day of that bound.
  const icaltimetype talks = icalcomponent_get_dtstart(parsed.events.at("congress-fab-talks"));
  EXPECT_TRUE(talks.is_date);
  EXPECT_EQ(std::string(icaltime_as_ical_string(talks)), "20240124");
}

TEST(Ics, StatusFollowsTheEventStatus) {
  const Parsed article = parse(*export_ics(load_example("altman-korea-2024")).value);
  EXPECT_EQ(icalcomponent_get_status(article.events.at("chey-meeting")), ICAL_STATUS_TENTATIVE);
  EXPECT_EQ(icalcomponent_get_status(article.events.at("original-plan")), ICAL_STATUS_CANCELLED);
  EXPECT_EQ(icalcomponent_get_status(article.events.at("arrival")), ICAL_STATUS_CONFIRMED);
  const Loaded loaded = load_example("apollo-11-1969");
  const Parsed apollo = parse(*export_ics(loaded).value);
  const std::map<EventStatus, icalproperty_status> expected{
      {EventStatus::happened, ICAL_STATUS_CONFIRMED},
      {EventStatus::reported, ICAL_STATUS_CONFIRMED},
      {EventStatus::planned, ICAL_STATUS_TENTATIVE},
      {EventStatus::cancelled, ICAL_STATUS_CANCELLED},
      {EventStatus::superseded, ICAL_STATUS_CANCELLED}};
  for (NodeId node : loaded.graph->events()) {
    const Event& event = loaded.graph->event(node);
    EXPECT_EQ(icalcomponent_get_status(apollo.events.at(event.id)), expected.at(event.status))
        << event.id;
  }
}

TEST(Ics, DescriptionGivesTheBoundsInWordsAndLocationThePlace) {
  const Parsed parsed = parse(*export_ics(load_example("altman-korea-2024")).value);
  icalcomponent* tour = parsed.events.at("pyeongtaek-tour");
  const std::string description = icalcomponent_get_description(tour);
  EXPECT_NE(description.find("start: between 2024-01-26T06:00:00+09:00 and"), std::string::npos)
      << description;
  EXPECT_NE(description.find("as written: before publication, 오전"), std::string::npos);
  EXPECT_NE(description.find("Kyung Kye-hyun (host)"), std::string::npos);
  EXPECT_STREQ(icalcomponent_get_location(tour), "Samsung Pyeongtaek campus");
}

TEST(Ics, BceEventsAreLeftOutWithAWarningEach) {
  const Loaded loaded = load_example("roman-republic");
  const Result<std::string> ics = export_ics(loaded);
  ASSERT_TRUE(ics.ok());
  EXPECT_TRUE(parse(*ics.value).events.empty());
  ASSERT_EQ(ics.diagnostics.size(), loaded.graph->events().size());
  EXPECT_EQ(ics.diagnostics.front().severity, Severity::warning);
  EXPECT_NE(ics.diagnostics.front().message.find("'republic-founded'"), std::string::npos);
  EXPECT_GT(ics.diagnostics.front().range.begin.line, 0);
  // Still a calendar with one component (RFC 5545 wants one): the document's zone.
  EXPECT_NE(icalcomponent_get_timezone(parse(*ics.value).calendar.get(), "Europe/Rome"), nullptr);
}

TEST(Ics, TextIsEscapedAndUndatedEventsAreLeftOut) {
  const std::string yaml = R"(chronograph: 1
zone: UTC
events:
  odd:
    title: "a, b; c\\ d"
    when: 2020-02-03T04:05Z
  floating:
    title: No time at all
)";
  const Loaded loaded = load_text(yaml, "odd.yaml");
  const Result<std::string> ics = export_ics(loaded);
  ASSERT_TRUE(ics.ok());
  EXPECT_NE(ics.value->find("SUMMARY:a\\, b\\; c\\\\ d"), std::string::npos) << *ics.value;
  const Parsed parsed = parse(*ics.value);
  ASSERT_EQ(parsed.events.size(), 1U);
  EXPECT_STREQ(icalcomponent_get_summary(parsed.events.at("odd")), "a, b; c\\ d");
  ASSERT_EQ(ics.diagnostics.size(), 1U);
  EXPECT_NE(ics.diagnostics[0].message.find("'floating' has no time"), std::string::npos);
  // UTC times are written with Z, and DTSTAMP is the epoch when nothing was published.
  EXPECT_NE(ics.value->find("DTSTART:20200203T040500Z"), std::string::npos);
  EXPECT_NE(ics.value->find("DTSTAMP:19700101T000000Z"), std::string::npos);
}

TEST(Ics, IsDeterministic) {
  const Loaded loaded = load_example("apollo-11-1969");
  EXPECT_EQ(*export_ics(loaded).value, *export_ics(loaded).value);
  EXPECT_EQ(format_from_extension("out/x.ics"), Format::ics);
  EXPECT_EQ(format_from_string("ics"), Format::ics);
}

}  // namespace
}  // namespace chronograph
