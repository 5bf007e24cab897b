// Years before the common era, from the file to every picture: the three ways of writing 509 BCE
// give the same bounds, and axes, tooltips and the HTML page say "509 BCE" / "기원전 509년" where
// JSON keeps the astronomical ISO year.

#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "chronograph/chronograph.hpp"
#include "render/common/event_text.hpp"

namespace chronograph {
namespace {

std::string document(const std::string& founded) {
  return "chronograph: 1\nzone: Europe/Rome\nevents:\n"
         "  founded: {title: Republic founded, when: " +
         founded +
         "}\n"
         "  ides: {title: Caesar assassinated, when: 44-03-15 BCE}\n"
         "  actium: {title: Battle of Actium, when: 기원전 31년 9월 2일}\n";
}

Loaded load_with(const std::string& founded) {
  const std::string text = document(founded);
  Loaded loaded = load(text, "rome.yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  return loaded;
}

const Event& event(const Loaded& loaded, std::string_view id) {
  return loaded.graph->event(*loaded.graph->find(id));
}

// The tooltip without its "as written" line, which echoes the file.
std::string tooltip_bounds(const Loaded& loaded, Language language) {
  std::string tooltip =
      detail::event_tooltip(*loaded.graph, *loaded.graph->find("founded"), language);
  const auto written = tooltip.find(language == Language::ko ? "\n원문: " : "\nas written: ");
  return tooltip.substr(0, written);
}

TEST(CalendarViews, ThreeWaysOfWriting509BceGiveTheSameBounds) {
  const Loaded iso = load_with("-0508");
  ASSERT_TRUE(iso.graph);
  for (const char* written : {"509 BCE", "기원전 509년"}) {
    SCOPED_TRACE(written);
    const Loaded other = load_with(written);
    ASSERT_TRUE(other.graph);
    EXPECT_EQ(event(other, "founded").start, event(iso, "founded").start);
    EXPECT_EQ(event(other, "founded").end, event(iso, "founded").end);
    EXPECT_EQ(tooltip_bounds(other, Language::en), tooltip_bounds(iso, Language::en));
  }
}

TEST(CalendarViews, TooltipsNameTheEraAndNeverTheAstronomicalYear) {
  const Loaded loaded = load_with("-0508");
  ASSERT_TRUE(loaded.graph);
  const std::string en = tooltip_bounds(loaded, Language::en);
  EXPECT_NE(en.find("\nstart: between Jan 1, 509 BCE 00:00:00+00:49:56 and Jan 1, 508 BCE "
                    "00:00:00+00:49:56"),
            std::string::npos)
      << en;
  const std::string ko = tooltip_bounds(loaded, Language::ko);
  EXPECT_NE(ko.find("\n시작: 기원전 509년 1월 1일 00:00:00+00:49:56 ~ 기원전 508년 1월 1일 "
                    "00:00:00+00:49:56 사이"),
            std::string::npos)
      << ko;
  for (const std::string& text : {en, ko}) EXPECT_EQ(text.find("508-"), std::string::npos) << text;
}

TEST(CalendarViews, AxisLabelsNameTheEraInBothLanguages) {
  const Loaded loaded = load_with("509 BCE");
  ASSERT_TRUE(loaded.graph);
  for (const Language language : {Language::en, Language::ko}) {
    RenderOptions options;
    options.language = language;
    const Result<TimelineScene> scene = timeline_scene(*loaded.graph, loaded.report, options);
    ASSERT_TRUE(scene.value);
    bool founding_year = false;
    for (const AxisTick& tick : scene.value->axis.ticks) {
      if (tick.label.empty()) continue;
      EXPECT_EQ(tick.label.find('-'), std::string::npos) << tick.label;
      founding_year |= tick.label == (language == Language::en ? "509 BCE" : "기원전 509년");
    }
    EXPECT_TRUE(founding_year);
  }
}

TEST(CalendarViews, JsonKeepsIsoYearsAndTheHtmlPageShowsEras) {
  const Loaded loaded = load_with("509 BCE");
  ASSERT_TRUE(loaded.graph);
  RenderOptions options;
  options.format = Format::json;
  const nlohmann::json json =
      nlohmann::json::parse(*render(*loaded.graph, loaded.report, options).value);
  EXPECT_EQ(json["events"][0]["start"]["earliest"], "-0508-01-01T00:00:00+00:49:56");
  EXPECT_FALSE(json["events"][0]["start"].contains("shown"));

  options.format = Format::html;
  const std::string page = *render(*loaded.graph, loaded.report, options).value;
  const std::string open = R"(<script type="application/json" id="chronograph-data">)";
  const auto begin = page.find(open) + open.size();
  const nlohmann::json data =
      nlohmann::json::parse(page.substr(begin, page.find("</script>", begin) - begin));
  const nlohmann::json& founded = data["events"][0];
  EXPECT_EQ(founded["start"]["earliest"], "-0508-01-01T00:00:00+00:49:56");
  // The panel shows the bounds in the pictures' words (display.bounds): eras, not ISO years.
  const std::string start = founded["display"]["bounds"][0]["start"];
  EXPECT_NE(start.find("Jan 1, 509 BCE 00:00:00+00:49:56"), std::string::npos) << start;
  EXPECT_EQ(start.find("-0508"), std::string::npos) << start;
  const std::string end = founded["display"]["bounds"][0]["end"];
  EXPECT_NE(end.find("Jan 1, 508 BCE 00:00:00+00:49:56"), std::string::npos) << end;
  const std::string ides = data["events"][1]["display"]["bounds"][0]["start"];
  EXPECT_NE(ides.find("Mar 15, 44 BCE 00:00:00+00:49:56"), std::string::npos) << ides;
}

constexpr std::string_view julian_file = R"(chronograph: 1
calendar: julian
events:
  ides: {title: Caesar assassinated, when: -0043-03-15}
  reform: {title: Gregorian reform, when: 1582-10-15, calendar: gregorian}
  undated: {title: Later}
relations: [ides before undated]
)";

TEST(CalendarViews, JulianDocumentsAndEventsReadIntoGregorianSeconds) {
  const Loaded loaded = load(julian_file, "julian.yaml");
  ASSERT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, julian_file);
  EXPECT_EQ(loaded.graph->info.calendar, Calendar::julian);
  const Event& ides = event(loaded, "ides");
  EXPECT_EQ(ides.calendar, Calendar::julian);
  EXPECT_EQ(ides.when.calendar, Calendar::julian);
  EXPECT_EQ(format_instant(ides.start.earliest, "UTC"), "-0043-03-13T00:00:00Z");
  const Event& reform = event(loaded, "reform");
  EXPECT_EQ(reform.calendar, Calendar::gregorian);
  EXPECT_EQ(format_instant(reform.start.earliest, "UTC"), "1582-10-15T00:00:00Z");
  EXPECT_EQ(event(loaded, "undated").calendar, Calendar::julian);
}

TEST(CalendarViews, JulianIdesShowAsTheFifteenthAndComputeAsTheThirteenth) {
  const std::string text =
      "chronograph: 1\nzone: UTC\ncalendar: julian\nevents:\n"
      "  ides: {title: Caesar assassinated, when: -0043-03-15}\n"
      "  philippi: {title: Battles of Philippi, when: 기원전 42년 10월}\n";
  const Loaded loaded = load(text, "ides.yaml");
  ASSERT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  const NodeId ides = *loaded.graph->find("ides");

  RenderOptions options;
  options.format = Format::json;
  const nlohmann::json json =
      nlohmann::json::parse(*render(*loaded.graph, loaded.report, options).value);
  EXPECT_EQ(json["calendar"], "julian");
  EXPECT_EQ(json["events"][0]["calendar"], "julian");
  EXPECT_EQ(json["events"][0]["when"], "-0043-03-15");
  EXPECT_EQ(json["events"][0]["start"]["earliest"], "-0043-03-13T00:00:00Z");

  const std::string en = detail::event_tooltip(*loaded.graph, ides, Language::en);
  EXPECT_NE(en.find("\nstart: between Mar 15, 44 BCE 00:00:00Z and Mar 16, 44 BCE 00:00:00Z "
                    "(Julian)\n"),
            std::string::npos)
      << en;
  const std::string ko = detail::event_tooltip(*loaded.graph, ides, Language::ko);
  EXPECT_NE(ko.find("\n시작: 율리우스력 기원전 44년 3월 15일 00:00:00Z ~ 기원전 44년 3월 16일 "
                    "00:00:00Z 사이\n"),
            std::string::npos)
      << ko;

  // The axis counts Julian months: its month ticks fall on Julian first days.
  const Result<TimelineScene> scene = timeline_scene(*loaded.graph, loaded.report, {});
  ASSERT_TRUE(scene.value);
  ASSERT_FALSE(scene.value->axis.ticks.empty());
  EXPECT_NE(scene.value->axis.ticks.front().label.find("(Julian)"), std::string::npos);
  for (const AxisTick& tick : scene.value->axis.ticks)
    EXPECT_EQ(tick.label.find('-'), std::string::npos) << tick.label;

  options.format = Format::html;
  const std::string page = *render(*loaded.graph, loaded.report, options).value;
  // The details panel says what the tooltip says, marked Julian once.
  EXPECT_NE(
      page.find(
          R"x("start":"between Mar 15, 44 BCE 00:00:00Z and Mar 16, 44 BCE 00:00:00Z (Julian)")x"),
      std::string::npos);
}

TEST(CalendarViews, BadCalendarsAndYearsArePositioned) {
  const std::string typo = "chronograph: 1\nevents:\n  a: {title: A, calendar: julain}\n";
  const Loaded misspelt = load(typo, "f.yaml");
  ASSERT_EQ(misspelt.diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostics(misspelt.diagnostics, typo),
            "f.yaml:3:27: error: unknown calendar 'julain'; did you mean 'julian'?\n"
            "  a: {title: A, calendar: julain}\n                          ^~~~~~\n");
  const std::string zero = "chronograph: 1\nevents:\n  a: {title: A, when: 0 BCE}\n";
  const Loaded no_year = load(zero, "f.yaml");
  ASSERT_EQ(no_year.diagnostics.size(), 1U);
  EXPECT_EQ(format_diagnostics(no_year.diagnostics, zero),
            "f.yaml:3:23: error: there is no year 0 BCE: 1 BCE is followed by 1 CE (0000 is 1 "
            "BCE)\n  a: {title: A, when: 0 BCE}\n                      ^\n");
}

}  // namespace
}  // namespace chronograph
