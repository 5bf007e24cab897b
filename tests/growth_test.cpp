// Nothing quadratic on the path file → check → every view (issue 11): each reader and each view,
// run on the same kind of file at two sizes, does at most n log n more work at four times the
// events. Work is counted as allocations (allocation_count.hpp), never timed: from n to 4n a
// linear step does 4× the work, n log n about 5×, a quadratic one 16×.

#include <gtest/gtest.h>

#include <random>
#include <string>

#include <date/date.h>
#include <fmt/format.h>

#include "allocation_count.hpp"
#include "chronograph/chronograph.hpp"

namespace chronograph {
namespace {

using testing::AllocationCount;
using testing::allocations_of;

constexpr int small_size = 250;
constexpr int large_size = 4 * small_size;
// n log n from 250 to 1000 events is 5.0×; the fixed costs (axis, legend, styles) bring the
// linear steps under 4×.
constexpr double most_growth = 6.0;

// The shape of bench/generate_events.py, smaller: 60 people and organisations, 12 places, fuzzy
// times (days, day parts, minutes in three zones, months) over two years, about two `before`
// relations per event, forward in time so the file is consistent. Deterministic.
std::string synthetic_yaml(int count) {
  std::minstd_rand random(11);
  std::string out = "chronograph: 1\ntitle: Synthetic\nzone: Asia/Seoul\nentities:\n";
  for (int i = 0; i < 60; ++i)
    out += fmt::format("  actor-{}: {{name: Actor {}, kind: {}}}\n", i, i,
                       i % 3 == 0 ? "organization" : "person");
  for (int i = 0; i < 12; ++i)
    out += fmt::format("  place-{}: {{name: Place {}, kind: place}}\n", i, i);
  out += "events:\n";
  const int minutes_apart = 2 * 365 * 24 * 60 / count;
  for (int i = 0; i < count; ++i) {
    const date::sys_time<std::chrono::minutes> at =
        date::sys_days{date::year{2020} / 1 / 1} + std::chrono::minutes{minutes_apart * i};
    std::string when;
    switch (random() % 5) {
      case 0:
        when = date::format("%F", at);
        break;
      case 1:
        when = date::format("%F", at) + (i % 2 ? " morning" : " late");
        break;
      case 2:
        when = date::format("%FT%R", at) + " America/New_York";
        break;
      case 3:
        when = date::format("%FT%R", at) + "Z";
        break;
      default:
        when = date::format("%Y-%m", at);
    }
    out += fmt::format("  e{}:\n    title: Event number {}\n    when: {}\n    place: place-{}\n", i,
                       i, when, random() % 12);
    out +=
        fmt::format("    participants: [actor-{}, actor-{}]\n", random() % 30, 30 + random() % 30);
  }
  out += "relations:\n";
  // At least 40 days later than any fuzzy `when` above can reach, so never a contradiction.
  const int gap = 40 * 24 * 60 / minutes_apart + 1;
  for (int i = 0; i < count; ++i)
    for (int k = 0; k < 2; ++k)
      if (const int j = i + gap + static_cast<int>(random() % gap); j < count)
        out += fmt::format("  - e{} before e{}\n", i, j);
  return out;
}

std::string synthetic_markwhen(int count) {
  std::string out = "title: Synthetic\ntimezone: Asia/Seoul\n\n";
  for (int i = 0; i < count; ++i) {
    const date::sys_days day =
        date::sys_days{date::year{2020} / 1 / 1} + date::days{i * 730 / count};
    out += fmt::format("{}: Event number {} #group{}\n", date::format("%F", day), i, i % 7);
  }
  return out;
}

struct Growth {
  AllocationCount small;
  AllocationCount large;
  [[nodiscard]] double allocations() const {
    return static_cast<double>(large.allocations) / static_cast<double>(small.allocations);
  }
  [[nodiscard]] double bytes() const {
    return static_cast<double>(large.bytes) / static_cast<double>(small.bytes);
  }
};

void expect_at_most_n_log_n(const Growth& growth, const std::string& step) {
  EXPECT_LT(growth.allocations(), most_growth)
      << step << ": " << growth.small.allocations << " allocations at " << small_size << " events, "
      << growth.large.allocations << " at " << large_size;
  EXPECT_LT(growth.bytes(), most_growth)
      << step << ": " << growth.small.bytes << " bytes at " << small_size << " events, "
      << growth.large.bytes << " at " << large_size;
}

Loaded load_clean(const std::string& text, const std::string& path) {
  Loaded loaded = load(text, path);
  EXPECT_TRUE(loaded.has_graph()) << path << "\n" << format_diagnostics(loaded.diagnostics, text);
  return loaded;
}

// The same events in each format a reader takes, written by our own exporters.
std::string in_format(const std::string& extension, int count) {
  if (extension == "yaml") return synthetic_yaml(count);
  if (extension == "mw") return synthetic_markwhen(count);
  const Loaded loaded = load_clean(synthetic_yaml(count), "events.yaml");
  if (!loaded.has_graph()) return {};
  RenderOptions options;
  options.format = extension == "json"  ? Format::json
                   : extension == "csv" ? Format::csv
                   : extension == "tml" ? Format::timeml
                                        : Format::timelinejs;
  Result<std::string> text = render(*loaded.graph, loaded.report, options);
  return text.value.value_or("");
}

class ReaderGrowth : public ::testing::TestWithParam<std::string> {};

TEST_P(ReaderGrowth, CheckingFourTimesTheEventsIsAtMostNLogNTheWork) {
  const std::string extension = GetParam() == "timelinejs" ? "json" : GetParam();
  const std::string path = "events." + extension;
  const std::string small = GetParam() == "timelinejs" ? in_format("timelinejs", small_size)
                                                       : in_format(extension, small_size);
  const std::string large = GetParam() == "timelinejs" ? in_format("timelinejs", large_size)
                                                       : in_format(extension, large_size);
  ASSERT_FALSE(small.empty());
  Growth growth;
  growth.small = allocations_of([&] { EXPECT_TRUE(load_clean(small, path).clean()); });
  growth.large = allocations_of([&] {
    const Loaded loaded = load_clean(large, path);
    EXPECT_TRUE(loaded.clean());
    if (loaded.has_graph()) {
      EXPECT_GE(loaded.graph->events().size(), std::size_t{large_size});
    }
  });
  expect_at_most_n_log_n(growth, "check " + GetParam());
}

INSTANTIATE_TEST_SUITE_P(EveryReader, ReaderGrowth,
                         ::testing::Values("yaml", "json", "csv", "mw", "timelinejs", "tml"));

struct ViewCase {
  View view;
  Format format;
};

class ViewGrowth : public ::testing::TestWithParam<ViewCase> {};

TEST_P(ViewGrowth, DrawingFourTimesTheEventsIsAtMostNLogNTheWork) {
  const Loaded small = load_clean(synthetic_yaml(small_size), "events.yaml");
  const Loaded large = load_clean(synthetic_yaml(large_size), "events.yaml");
  ASSERT_TRUE(small.has_graph() && large.has_graph());
  RenderOptions options;
  options.view = GetParam().view;
  options.format = GetParam().format;
  auto draw = [&options](const Loaded& loaded) {
    return allocations_of([&] {
      const Result<std::string> out = render(*loaded.graph, loaded.report, options);
      EXPECT_TRUE(out.ok()) << format_diagnostics(out.diagnostics, "");
    });
  };
  const Growth growth{draw(small), draw(large)};
  expect_at_most_n_log_n(growth, fmt::format("view {} format {}", static_cast<int>(options.view),
                                             static_cast<int>(options.format)));
}

INSTANTIATE_TEST_SUITE_P(
    EveryView, ViewGrowth,
    ::testing::Values(
        ViewCase{View::timeline, Format::svg}, ViewCase{View::timeline, Format::dot},
        ViewCase{View::timeline, Format::html}, ViewCase{View::timeline, Format::scene},
        ViewCase{View::storyline, Format::svg}, ViewCase{View::storyline, Format::dot},
        ViewCase{View::storyline, Format::html}, ViewCase{View::graph, Format::dot},
        ViewCase{View::graph, Format::graphml}, ViewCase{View::graph, Format::gexf},
        ViewCase{View::timeline, Format::json}, ViewCase{View::timeline, Format::ics},
        ViewCase{View::timeline, Format::csv}, ViewCase{View::timeline, Format::timelinejs},
        ViewCase{View::timeline, Format::timeml}));

}  // namespace
}  // namespace chronograph
