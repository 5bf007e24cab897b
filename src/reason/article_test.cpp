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

}  // namespace
}  // namespace chronograph
