// The public API on any call order (issue 10, item 7): a graph that was never reasoned about, a
// report of another graph or a default one, ids that name nothing. Each call must answer (or say
// why not) without undefined behaviour; the ASan+UBSan run of tools/test checks the "without".

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

const std::string example_text =
    testing::slurp(testing::source_dir() / "graphs/altman-korea-2024.yaml");

TEST(CallOrder, AGraphNeverReasonedAboutRendersWithADefaultReport) {
  const Result<Document> document = parse_document(example_text, "x.yaml");
  ASSERT_TRUE(document.ok());
  const Result<EventGraph> graph = build_model(*document.value);
  ASSERT_TRUE(graph.value);
  const ReasonReport none;
  for (const View view : {View::timeline, View::graph, View::storyline})
    for (const Format format : {Format::svg, Format::dot, Format::json}) {
      const Result<std::string> out = render(*graph.value, none, {.view = view, .format = format});
      EXPECT_TRUE(out.value || !out.diagnostics.empty());
    }
  const auto node = graph.value->find("hynix");
  if (node) static_cast<void>(format_explanation(*graph.value, explain(*graph.value, none, *node)));
  EXPECT_EQ(derived_order(none, 0, 1), Order::unknown);
}

TEST(CallOrder, AReportOfAnotherGraphOrIdsOfNothingAreSafe) {
  Loaded small = load("chronograph: 1\nevents:\n  a: {title: A, when: 2024-01-01}\n", "s.yaml");
  const Loaded big = load(example_text, "x.yaml");
  ASSERT_TRUE(small.has_graph() && big.has_graph());
  EXPECT_EQ(derived_order(small.report, 0, 999'999), Order::unknown);
  EXPECT_EQ(derived_order(small.report, 999'999, 0), Order::unknown);
  const Result<std::string> out = render(*small.graph, big.report, {});
  EXPECT_TRUE(out.value || !out.diagnostics.empty());
  // Reasoning twice about the same graph gives the same report.
  const ReasonReport again = reason(*small.graph);
  EXPECT_EQ(again.chronological, small.report.chronological);
}

TEST(CallOrder, AFailedLoadHasNoGraphAndSaysSo) {
  const Loaded failed = load(",", "bad.yaml");
  EXPECT_FALSE(failed.has_graph());
  EXPECT_FALSE(failed.clean());
  EXPECT_TRUE(has_errors(failed.diagnostics));
  EXPECT_FALSE(failed.report.network);
}

}  // namespace
}  // namespace chronograph
