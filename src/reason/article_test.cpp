// What the reason stage derives from the bundled article (graphs/altman-korea-2024.yaml).

#include <gtest/gtest.h>

#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

class ArticleReasoning : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = chronograph::testing::slurp(chronograph::testing::source_dir() /
                                        "graphs/altman-korea-2024.yaml");
    Result<Document> document = parse_document(text_, "graphs/altman-korea-2024.yaml");
    ASSERT_TRUE(document.value.has_value());
    Result<EventGraph> model = build_model(*document.value);
    ASSERT_TRUE(model.value.has_value());
    graph_ = new EventGraph(std::move(*model.value));
    report_ = new ReasonReport(reason(*graph_));
  }
  static void TearDownTestSuite() {
    delete report_;
    delete graph_;
  }
  static NodeId node(const char* id) { return graph_->find(id).value(); }
  static Order order(const char* a, const char* b) {
    return derived_order(*report_, node(a), node(b));
  }

  static inline std::string text_;
  static inline EventGraph* graph_ = nullptr;
  static inline ReasonReport* report_ = nullptr;
};

TEST_F(ArticleReasoning, HasNoContradictions) {
  EXPECT_FALSE(has_errors(report_->diagnostics)) << format_diagnostics(report_->diagnostics, text_);
}

TEST_F(ArticleReasoning, WashingtonPostReportEndsBeforeTheArrival) {
  // 24 Jan in Washington ends at 14:00 on 25 Jan in Seoul, before the late-evening arrival.
  EXPECT_EQ(order("wapo-report", "arrival"), Order::before);
  EXPECT_LT(graph_->event(node("wapo-report")).end.latest,
            graph_->event(node("arrival")).start.earliest);
}

TEST_F(ArticleReasoning, DayOfVisitsInOrder) {
  EXPECT_EQ(order("pyeongtaek-tour", "hynix-meeting"), Order::before);
  EXPECT_EQ(order("hynix-meeting", "pyeongtaek-tour"), Order::after);
  EXPECT_EQ(order("chey-meeting", "departure"), Order::before);
}

TEST_F(ArticleReasoning, VisitOf2023IsAboutSevenMonthsBeforeTheArrival) {
  EXPECT_EQ(order("visit-2023", "arrival"), Order::before);
  const Event& visit = graph_->event(node("visit-2023"));
  const Event& arrival = graph_->event(node("arrival"));
  const Seconds month = 2629746;
  const Seconds shortest = arrival.start.earliest - visit.end.latest;
  const Seconds longest = arrival.start.latest - visit.end.earliest;
  EXPECT_GE(shortest, 6 * month);
  EXPECT_LE(longest, 8 * month);
}

TEST_F(ArticleReasoning, RelativeTimesGiveTheBoundsTheAbsoluteOnesGave) {
  // Every event's reasoned bounds as they were when the file wrote arrival, the tour, the Hynix
  // and the Chey meeting as dates (2024-01-25 late, 2024-01-26 오전, 오후, 늦은 오후), before
  // they became relative times ("1 day before pyeongtaek-tour, late", …), in the event's zone.
  struct Expected {
    const char* id;
    const char* start_earliest;
    const char* start_latest;
    const char* end_earliest;
    const char* end_latest;
  };
  const Expected expected[] = {
      {"visit-2023", "2023-06-01T00:00:00+09:00", "2023-07-01T00:00:00+09:00",
       "2023-06-01T00:00:00+09:00", "2023-07-01T00:00:00+09:00"},
      {"yoon-meeting", "2023-06-01T00:00:00+09:00", "2023-07-01T00:00:00+09:00",
       "2023-06-01T00:00:00+09:00", "2023-07-01T00:00:00+09:00"},
      {"startup-roundtable", "2023-06-01T00:00:00+09:00", "2023-07-01T00:00:00+09:00",
       "2023-06-01T00:00:00+09:00", "2023-07-01T00:00:00+09:00"},
      {"investment-talks", "", "2024-01-27T00:00:00+09:00", "2024-01-26T00:00:00+09:00",
       "2024-01-27T00:00:00+09:00"},
      {"congress-fab-talks", "", "2024-01-25T00:00:00-05:00", "2024-01-24T00:00:00-05:00",
       "2024-01-25T00:00:00-05:00"},
      {"wapo-report", "2024-01-24T00:00:00-05:00", "2024-01-25T00:00:00-05:00",
       "2024-01-24T00:00:00-05:00", "2024-01-25T00:00:00-05:00"},
      {"original-plan", "2024-01-26T00:00:00+09:00", "2024-01-27T00:00:00+09:00",
       "2024-01-26T05:00:00+09:00", "2024-01-27T07:00:00+09:00"},
      {"visit-2024", "2024-01-25T18:00:00+09:00", "2024-01-26T00:00:00+09:00",
       "2024-01-26T15:00:00+09:00", "2024-01-27T00:00:00+09:00"},
      {"arrival", "2024-01-25T18:00:00+09:00", "2024-01-26T00:00:00+09:00",
       "2024-01-25T18:00:00+09:00", "2024-01-26T00:00:00+09:00"},
      {"pyeongtaek-tour", "2024-01-26T06:00:00+09:00", "2024-01-26T12:00:00+09:00",
       "2024-01-26T06:00:00+09:00", "2024-01-26T12:00:00+09:00"},
      {"hynix-meeting", "2024-01-26T12:00:00+09:00", "2024-01-26T18:00:00+09:00",
       "2024-01-26T12:00:00+09:00", "2024-01-26T18:00:00+09:00"},
      {"chey-meeting", "2024-01-26T15:00:00+09:00", "2024-01-26T18:00:00+09:00",
       "2024-01-26T15:00:00+09:00", "2024-01-26T18:00:00+09:00"},
      {"departure", "2024-01-26T15:00:00+09:00", "2024-01-27T00:00:00+09:00",
       "2024-01-26T15:00:00+09:00", "2024-01-27T00:00:00+09:00"},
      {"publication", "2024-01-26T19:55:00+09:00", "2024-01-26T19:56:00+09:00",
       "2024-01-26T19:55:00+09:00", "2024-01-26T19:56:00+09:00"},
      {"gpt4-upgrade", "2024-01-01T00:00:00+09:00", "2025-01-01T00:00:00+09:00",
       "2024-01-01T00:00:00+09:00", "2025-01-01T00:00:00+09:00"},
  };
  ASSERT_EQ(graph_->events().size(), std::size(expected));
  for (const Expected& e : expected) {
    const Event& event = graph_->event(node(e.id));
    const std::string zone = event.when.zone;
    EXPECT_EQ(format_instant(event.start.earliest, zone), e.start_earliest) << e.id;
    EXPECT_EQ(format_instant(event.start.latest, zone), e.start_latest) << e.id;
    EXPECT_EQ(format_instant(event.end.earliest, zone), e.end_earliest) << e.id;
    EXPECT_EQ(format_instant(event.end.latest, zone), e.end_latest) << e.id;
  }
  EXPECT_EQ(graph_->event(node("arrival")).when.text, "1 day before pyeongtaek-tour, late");
  EXPECT_FALSE(graph_->event(node("arrival")).relative.empty());
}

}  // namespace
}  // namespace chronograph
