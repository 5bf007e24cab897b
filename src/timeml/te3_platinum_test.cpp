// The 20 TempEval-3 platinum documents from ../shared: each must import without errors, with the
// counts recorded here so that a change in the importer is noticed.

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <ostream>
#include <string>

#include <gtest/gtest.h>

#include "chronograph/timeml.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

struct Te3Counts {
  const char* file;
  std::size_t events;   // MAKEINSTANCEs
  std::size_t timexes;  // TIMEX3s, the creation time included
  std::size_t tlinks;
};

void PrintTo(const Te3Counts& counts, std::ostream* out) {
  *out << counts.file;
}

std::size_t count_tagged(const Document& document, const std::string& tag) {
  return static_cast<std::size_t>(
      std::count_if(document.events.begin(), document.events.end(), [&](const EventDecl& event) {
        return std::find(event.tags.begin(), event.tags.end(), tag) != event.tags.end();
      }));
}

class Te3Platinum : public ::testing::TestWithParam<Te3Counts> {};

TEST_P(Te3Platinum, ImportsWithoutErrorsAndKnownCounts) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const Te3Counts& expected = GetParam();
  const auto path = shared / "data" / "te3-platinum" / expected.file;
  ASSERT_TRUE(std::filesystem::exists(path)) << path;
  const std::string text = testing::slurp(path);
  for (const bool anchor : {false, true}) {
    const Result<Document> result = parse_timeml(text, path.string(), {.anchor_timex = anchor});
    ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, text);
    const Document& document = *result.value;
    EXPECT_EQ(count_tagged(document, "event"), expected.events);
    EXPECT_EQ(count_tagged(document, "timex"), expected.timexes);
    EXPECT_EQ(document.relations.size(), expected.tlinks);
    EXPECT_TRUE(document.source.published.has_value());
  }
}

// Counted with grep over the files: <MAKEINSTANCE, <TIMEX3, <TLINK.
INSTANTIATE_TEST_SUITE_P(
    Documents, Te3Platinum,
    ::testing::Values(
        Te3Counts{"AP_20130322.tml", 33, 14, 44}, Te3Counts{"CNN_20130321_821.tml", 8, 2, 12},
        Te3Counts{"CNN_20130322_1003.tml", 73, 19, 102},
        Te3Counts{"CNN_20130322_1243.tml", 20, 2, 15}, Te3Counts{"CNN_20130322_248.tml", 22, 6, 30},
        Te3Counts{"CNN_20130322_314.tml", 33, 5, 43}, Te3Counts{"WSJ_20130318_731.tml", 25, 7, 36},
        Te3Counts{"WSJ_20130321_1145.tml", 25, 12, 37},
        Te3Counts{"WSJ_20130322_159.tml", 57, 6, 63}, Te3Counts{"WSJ_20130322_804.tml", 37, 6, 44},
        Te3Counts{"bbc_20130322_1150.tml", 45, 15, 65},
        Te3Counts{"bbc_20130322_1353.tml", 44, 5, 55},
        Te3Counts{"bbc_20130322_1600.tml", 30, 4, 27},
        Te3Counts{"bbc_20130322_332.tml", 46, 10, 67}, Te3Counts{"bbc_20130322_721.tml", 26, 3, 30},
        Te3Counts{"nyt_20130321_china_pollution.tml", 47, 11, 67},
        Te3Counts{"nyt_20130321_cyprus.tml", 69, 6, 81},
        Te3Counts{"nyt_20130321_sarcozy.tml", 22, 4, 24},
        Te3Counts{"nyt_20130321_women_senate.tml", 57, 14, 69},
        Te3Counts{"nyt_20130322_strange_computer.tml", 27, 7, 26}),
    [](const ::testing::TestParamInfo<Te3Counts>& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      std::replace_if(
          name.begin(), name.end(),
          [](char c) { return std::isalnum(static_cast<unsigned char>(c)) == 0; }, '_');
      return name;
    });

}  // namespace
}  // namespace chronograph
