// Each bundled example → CSV → load: the same events (ids, titles, stated bounds, statuses,
// participants, places, sources). Relations are not in the layout (docs/formats.md), so bounds
// are compared as the events' own fields state them, before reasoning.

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

class CsvRoundTrip : public ::testing::TestWithParam<const char*> {};

std::string participants(const EventGraph& graph, const Event& event) {
  std::string out;
  for (const Participant& participant : event.participants)
    out += graph.id(participant.entity) + "/" + participant.role + ";";
  return out;
}

TEST_P(CsvRoundTrip, GivesTheSameEvents) {
  const auto path = testing::source_dir() / "graphs" / (std::string(GetParam()) + ".yaml");
  const std::string yaml = testing::slurp(path);
  const Loaded original = load(yaml, path.string());
  ASSERT_TRUE(original.clean()) << format_diagnostics(original.diagnostics, yaml);

  RenderOptions options;
  options.format = Format::csv;
  const Result<std::string> csv = render(*original.graph, original.report, options);
  ASSERT_TRUE(csv.ok());
  const Loaded back = load(*csv.value, std::string(GetParam()) + ".csv");
  ASSERT_TRUE(back.clean()) << format_diagnostics(back.diagnostics, *csv.value);

  const EventGraph& a = *original.graph;
  const EventGraph& b = *back.graph;
  ASSERT_EQ(a.events().size(), b.events().size());
  for (std::size_t i = 0; i < a.events().size(); ++i) {
    const Event& x = a.event(a.events()[i]);
    const Event& y = b.event(b.events()[i]);
    SCOPED_TRACE(x.id);
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.title.plain, y.title.plain);
    EXPECT_EQ(x.title.ko(), y.title.ko());
    EXPECT_EQ(x.title.en(), y.title.en());
    EXPECT_EQ(x.when.text, y.when.text);
    EXPECT_EQ(x.stated_start, y.stated_start);
    EXPECT_EQ(x.stated_end, y.stated_end);
    EXPECT_EQ(x.when.zone, y.when.zone);
    EXPECT_EQ(x.status, y.status);
    EXPECT_EQ(x.calendar, y.calendar);
    EXPECT_EQ(participants(a, x), participants(b, y));
    EXPECT_EQ(x.place.has_value(), y.place.has_value());
    if (x.place && y.place) {
      EXPECT_EQ(a.id(*x.place), b.id(*y.place));
    }
    EXPECT_EQ(x.source.has_value(), y.source.has_value());
    if (x.source && y.source) {
      EXPECT_EQ(x.source->quote, y.source->quote);
      EXPECT_EQ(x.source->where, y.source->where);
    }
    EXPECT_EQ(x.tags, y.tags);
    EXPECT_EQ(x.note, y.note);
  }
  // Written again, the table is the same bytes: nothing drifts on a second trip.
  EXPECT_EQ(render(b, back.report, options).value, csv.value);
}

INSTANTIATE_TEST_SUITE_P(Examples, CsvRoundTrip,
                         ::testing::Values("altman-korea-2024", "apollo-11-1969", "roman-republic"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

}  // namespace
}  // namespace chronograph
