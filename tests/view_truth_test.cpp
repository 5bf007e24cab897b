// The truth rules (docs/scene.md) on every document we have: the bundled examples, all 20
// TE3-Platinum documents anchored, and inputs built to break them.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "chronograph/chronograph.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"
#include "view_truth.hpp"

namespace chronograph {
namespace {

using testing::expect_truthful;

struct Document {
  std::string name;
  std::string text;
  bool anchor = false;
};

void expect_views_truthful(const Document& document) {
  const Loaded loaded = load(document.text, document.name, LoadOptions{document.anchor});
  ASSERT_TRUE(loaded.graph) << format_diagnostics(loaded.diagnostics, document.text);
  for (const Language language : {Language::en, Language::ko}) {
    RenderOptions options;
    options.language = language;
    const Result<TimelineScene> timeline = timeline_scene(*loaded.graph, loaded.report, options);
    ASSERT_TRUE(timeline.value);
    if (!timeline.value->axis.segments.empty())
      expect_truthful(*loaded.graph, *timeline.value, document.name + " (timeline)");
    const StorylineScene storyline = storyline_scene(*loaded.graph, loaded.report, options);
    if (!storyline.axis.segments.empty())
      expect_truthful(*loaded.graph, storyline, document.name + " (storyline)");
  }
}

class BundledTruth : public ::testing::TestWithParam<const char*> {};

TEST_P(BundledTruth, EveryMarkIsAtItsTime) {
  const std::string path = std::string("graphs/") + GetParam() + ".yaml";
  expect_views_truthful({path, testing::slurp(testing::source_dir() / path)});
}

INSTANTIATE_TEST_SUITE_P(Graphs, BundledTruth,
                         ::testing::Values("altman-korea-2024", "apollo-11-1969",
                                           "roman-republic"));

TEST(Te3Truth, EveryMarkIsAtItsTimeInEveryDocument) {
  const auto shared = testing::shared_dir();
  if (!shared) GTEST_SKIP() << "../shared is not here";
  const std::filesystem::path corpus = *shared / "data/te3-platinum";
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() != ".tml") continue;
    SCOPED_TRACE(entry.path().filename().string());
    expect_views_truthful({entry.path().string(), testing::slurp(entry.path()), true});
    ++documents;
  }
  EXPECT_EQ(documents, 20u);
}

// Hostile inputs: each a small file written to break one of the rules.
struct Hostile {
  const char* name;
  std::string events;
  std::string extra = {};
};

std::string file_of(const Hostile& hostile) {
  return "chronograph: 1\nzone: UTC\nentities:\n  host: {name: Host, kind: person}\n"
         "  guest: {name: Guest, kind: person}\nevents:\n" +
         hostile.events + hostile.extra;
}

std::string same_instant(int count) {
  std::string events;
  for (int i = 0; i < count; ++i)
    events += "  e" + std::to_string(i) + ": {title: Meeting " + std::to_string(i) +
              ", when: 2024-03-01T10:00, participants: [host]}\n";
  return events;
}

class HostileTruth : public ::testing::TestWithParam<Hostile> {};

TEST_P(HostileTruth, EveryMarkIsAtItsTime) {
  expect_views_truthful({GetParam().name, file_of(GetParam())});
}

INSTANTIATE_TEST_SUITE_P(
    Inputs, HostileTruth,
    ::testing::Values(
        Hostile{"fifty-at-one-instant", same_instant(50)},
        Hostile{"ten-thousand-years",
                "  long: {title: An age, when: -4000/6000, participants: [host]}\n"
                "  a: {title: Call, when: 2024-03-01T10:00, participants: [host, guest]}\n"
                "  b: {title: Reply, when: 2024-03-01T10:05, participants: [guest]}\n"},
        Hostile{"all-undated-but-one",
                "  a: {title: Dated, when: 2024-03-01T10:00, participants: [host]}\n"
                "  b: {title: Undated one, participants: [host]}\n"
                "  c: {title: Undated two, participants: [guest]}\n"},
        Hostile{"one-far-outside",
                "  a: {title: Then, when: 1066-10-14, participants: [host]}\n"
                "  b: {title: Now, when: 2024-03-01T10:00, participants: [host]}\n"
                "  c: {title: Later, when: 2024-03-01T12:00, participants: [host, guest]}\n"},
        Hostile{"bounds-across-a-break",
                "  a: {title: Start, when: 2024-01-01, participants: [host]}\n"
                "  b: {title: End, when: 2024-06-01, participants: [host]}\n"
                "  c: {title: Throughout, when: 2023-12-31/2024-06-02, participants: [guest]}\n"},
        Hostile{"only-bce",
                "  a: {title: Founding, when: \"-0752?\", participants: [host]}\n"
                "  b: {title: Republic, when: -0508, participants: [host, guest]}\n"
                "  c: {title: Sack, when: -0389/-0386, participants: [guest]}\n"},
        Hostile{"uncertain-year-among-minutes",
                "  a: {title: Sometime that year, when: 2009, participants: [host]}\n"
                "  b: {title: Call, when: 2010-01-01T00:00, participants: [host]}\n"
                "  c: {title: Reply, when: 2010-01-01T00:20, participants: [host]}\n",
                "relations: [{from: a, type: meets, to: b}]\n"}),
    [](const ::testing::TestParamInfo<Hostile>& info) {
      std::string name = info.param.name;
      std::replace(name.begin(), name.end(), '-', '_');
      return name;
    });

// 50 meetings in one minute with one host: all 50 columns stand inside that minute, which the
// axis widens to hold them; none is moved to another time.
TEST(HostileTruth, FiftyMeetingsShareOneWidenedInstant) {
  const Loaded loaded = load(file_of({"fifty", same_instant(50)}), "fifty.yaml");
  ASSERT_TRUE(loaded.graph);
  const StorylineScene scene = storyline_scene(*loaded.graph, loaded.report, {});
  ASSERT_EQ(scene.meetings.size(), 50u);
  const Seconds at = testing::at(2024, 3, 1, 10, 0, 0);
  for (const StorylineMeeting& meeting : scene.meetings) {
    EXPECT_GE(scene.axis.time_at(meeting.x), at) << loaded.graph->id(meeting.event);
    EXPECT_LE(scene.axis.time_at(meeting.x), at + 60) << loaded.graph->id(meeting.event);
  }
  // The minute they share is as wide as 50 columns need: the axis widened, not the meetings moved.
  EXPECT_GE(scene.axis.x_of(at + 60) - scene.axis.x_of(at), 49 * 28 - 1);
}

}  // namespace
}  // namespace chronograph
