// chronograph extract on the seed article (../shared, skipped when absent): every temporal
// expression of issue 14's list with its value, and the draft's key events with the bounds the
// hand-written graphs/altman-korea-2024.yaml gives them.

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "chronograph/chronograph.hpp"
#include "chronograph/extract.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

Result<Extraction> extract_article(const std::filesystem::path& shared, std::string& text) {
  text = testing::slurp(shared / "article/altman-korea-2024-01-26.ko.txt");
  ExtractOptions options;
  options.path = "altman-korea-2024-01-26.ko.txt";
  options.published = "2024-01-26T19:55+09:00";
  return extract(text, options);
}

TEST(ExtractArticle, FindsEveryExpressionWithItsValue) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::string text;
  const auto result = extract_article(shared, text);
  ASSERT_TRUE(result.ok());
  std::vector<std::string> found;
  for (const Timex& timex : result.value->timexes)
    found.push_back(timex.text + " " + timex.value + " " + timex.when);
  EXPECT_THAT(
      found,
      ::testing::ElementsAre(
          "26일 2024-01-26 2024-01-26", "전날 늦게 2024-01-25TEV 2024-01-25 늦게",
          "이날 오전 2024-01-26TMO 2024-01-26 오전", "이날 오후 2024-01-26TAF 2024-01-26 오후",
          "늦은 오후 2024-01-26TAF 2024-01-26 늦은 오후", "6시간 정도 PT6H ", "1박 P1D ",
          "지난해 6월 2023-06 2023-06", "7개월 만 P7M ", "작년 2023 2023", "작년 2023 2023",
          "올해 2024 2024", "24일(현지시각) 2024-01-24 2024-01-24 America/New_York",
          "최근 PAST_REF ../2024-01-26"));
  // Repeated paragraphs are read once, and offsets point into the file as given.
  for (const Timex& timex : result.value->timexes)
    EXPECT_EQ(text.substr(timex.begin, timex.end - timex.begin), timex.text);
}

// The draft event whose quote holds `words`.
const Event* event_quoting(const EventGraph& graph, std::string_view words) {
  for (const NodeId node : graph.events()) {
    const Event& event = graph.event(node);
    if (event.source && event.source->quote.find(words) != std::string::npos) return &event;
  }
  return nullptr;
}

TEST(ExtractArticle, KeyEventsHaveTheExampleBounds) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::string text;
  const auto result = extract_article(shared, text);
  ASSERT_TRUE(result.ok());
  const std::string draft_yaml = write_draft(*result.value);
  const Loaded draft = load(draft_yaml, "draft.yaml");
  ASSERT_TRUE(draft.ok()) << format_diagnostics(draft.diagnostics, draft_yaml);
  const std::string example_yaml =
      testing::slurp(testing::source_dir() / "graphs/altman-korea-2024.yaml");
  const Loaded example = load(example_yaml, "altman-korea-2024.yaml");
  ASSERT_TRUE(example.ok());
  const std::pair<const char*, const char*> key_events[] = {
      {"arrival", "전날 늦게"},       {"pyeongtaek-tour", "이날 오전"},
      {"hynix-meeting", "이날 오후"}, {"chey-meeting", "늦은 오후"},
      {"visit-2023", "지난해 6월"},   {"wapo-report", "24일(현지시각)"}};
  for (const auto& [id, words] : key_events) {
    SCOPED_TRACE(id);
    const Event& expected = example.graph->event(*example.graph->find(id));
    const Event* drafted = event_quoting(*draft.graph, words);
    ASSERT_NE(drafted, nullptr);
    EXPECT_EQ(drafted->start, expected.start);
    EXPECT_EQ(drafted->end, expected.end);
  }
  const Event* chey = event_quoting(*draft.graph, "늦은 오후");
  EXPECT_EQ(chey->status, EventStatus::planned);
}

}  // namespace
}  // namespace chronograph
