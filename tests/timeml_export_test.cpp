// TimeML export read back: every bundled example and every TE3 platinum document (with and without
// anchoring), written with render --format timeml and read with parse_timeml, gives the same
// verdict, the same contradictions and the same reasoned bounds for every event; written again, the
// same bytes.

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

// What reasoning made of a file: bounds per event id, and each contradiction as its relations.
struct Outcome {
  std::map<std::string, std::vector<Seconds>> bounds;
  std::set<std::string> contradictions;
  bool consistent = true;
};

Outcome outcome_of(const Loaded& loaded) {
  Outcome outcome;
  const EventGraph& graph = *loaded.graph;
  for (const NodeId node : graph.events()) {
    const Event& event = graph.event(node);
    outcome.bounds[event.id] = {event.start.earliest,        event.start.latest,
                                event.end.earliest,          event.end.latest,
                                event.stated_start.earliest, event.stated_start.latest,
                                event.stated_end.earliest,   event.stated_end.latest};
  }
  const auto relations = graph.relations();
  for (const Contradiction& contradiction : loaded.report.contradictions) {
    std::set<std::string> chain;
    for (const std::uint32_t sequence : contradiction.relations)
      for (const Relation& relation : relations)
        if (relation.sequence == sequence)
          chain.insert(graph.id(relation.from) + " " + std::string(to_string(relation.type)) + " " +
                       graph.id(relation.to));
    std::string joined;
    for (const std::string& link : chain) joined += link + "; ";
    outcome.contradictions.insert(joined);
  }
  outcome.consistent = !loaded.report.network || loaded.report.network->consistent();
  return outcome;
}

std::string export_timeml(const Loaded& loaded) {
  const Result<std::string> written =
      render(*loaded.graph, loaded.report, {.format = Format::timeml});
  EXPECT_TRUE(written.ok()) << format_diagnostics(written.diagnostics, "");
  return written.value.value_or("");
}

// The file → TimeML → back, compared; `anchor` is the TimeML reading of both.
void expect_round_trip(const std::string& text, const std::string& path, bool anchor) {
  const LoadOptions options{anchor, {}, {}};
  const Loaded original = load(text, path, options);
  ASSERT_TRUE(original.has_graph()) << format_diagnostics(original.diagnostics, text);
  const std::string tml = export_timeml(original);
  const Loaded back = load(tml, "export.tml", options);
  ASSERT_TRUE(back.has_graph()) << format_diagnostics(back.diagnostics, tml);
  const Outcome before = outcome_of(original);
  const Outcome after = outcome_of(back);
  EXPECT_EQ(after.consistent, before.consistent);
  EXPECT_EQ(after.contradictions, before.contradictions);
  ASSERT_EQ(after.bounds.size(), before.bounds.size());
  for (const auto& [id, bounds] : before.bounds) EXPECT_EQ(after.bounds.at(id), bounds) << id;
  // Only the reason stage's contradictions are errors on the way back.
  Diagnostics errors;
  for (const Diagnostic& diagnostic : back.diagnostics)
    if (diagnostic.severity == Severity::error) errors.push_back(diagnostic);
  EXPECT_EQ(errors.size(), back.report.contradictions.size()) << format_diagnostics(errors, tml);
  // Nothing drifts on a second trip.
  EXPECT_EQ(export_timeml(back), tml);
}

class TimemlExportExample : public ::testing::TestWithParam<const char*> {};

TEST_P(TimemlExportExample, ReadsBackToTheSameBoundsAndVerdict) {
  const auto path = testing::source_dir() / "graphs" / (std::string(GetParam()) + ".yaml");
  expect_round_trip(testing::slurp(path), path.string(), false);
}

INSTANTIATE_TEST_SUITE_P(Examples, TimemlExportExample,
                         ::testing::Values("altman-korea-2024", "apollo-11-1969", "roman-republic"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

TEST(TimemlExport, Te3PlatinumReadsBackToTheSameBoundsAndVerdict) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "data" / "te3-platinum")) {
    if (entry.path().extension() != ".tml") continue;
    ++documents;
    const std::string text = testing::slurp(entry.path());
    for (const bool anchor : {false, true}) {
      SCOPED_TRACE(entry.path().filename().string() + (anchor ? " anchored" : ""));
      expect_round_trip(text, entry.path().filename().string(), anchor);
    }
  }
  EXPECT_EQ(documents, 20U);
}

// A story of contradictions and every kind of time: the verdict and the chain survive, and the
// derived TIMEX3s give other TimeML readers the times.
TEST(TimemlExport, ContradictionsFuzzyTimesAndOurRelationsSurvive) {
  const std::string yaml = R"(chronograph: 1
title: Harbour strike
zone: Europe/Berlin
source: {title: Harbour Daily, published: 2024-03-05T08:00}
events:
  vote: {title: Union votes "yes" & <strikes>, when: 2024-03-01 morning}
  strike: {title: Strike, when: 2024-03-04/2024-03-08, status: planned}
  talks: {title: Talks, when: 2024-03-06T14:30, duration: 2h}
  deal: {title: Deal, when: 2024-03~}
  ship: {title: Ship waits, when: ../2024-03-02}
  old: {title: Old dispute, when: -0044}
relations:
  - {from: vote, type: before, to: strike, gap: 2 days..5 days}
  - {from: talks, type: overlaps, to: strike}
  - {from: vote, type: causes, to: strike}
  - {from: talks, type: during, to: strike}
  - deal before vote
)";
  expect_round_trip(yaml, "strike.yaml", false);
  const Loaded loaded = load(yaml, "strike.yaml");
  ASSERT_TRUE(loaded.has_graph());
  EXPECT_FALSE(loaded.report.network->consistent());
  const std::string tml = export_timeml(loaded);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(tml.c_str()));
  const pugi::xml_node root = xml.child("TimeML");
  EXPECT_STREQ(root.attribute("xmlns:cg").value(), "urn:chronograph:timeml:1");
  EXPECT_STREQ(root.child("TITLE").text().get(), "Harbour strike");
  EXPECT_STREQ(root.child("TEXT").child("EVENT").text().get(), "Union votes \"yes\" & <strikes>");
  std::map<std::string, std::string> values;
  for (const pugi::xml_node timex : root.child("TEXT").children("TIMEX3"))
    values[timex.attribute("tid").value()] = std::string(timex.attribute("value").value()) + " " +
                                             timex.attribute("type").value() + " " +
                                             timex.attribute("mod").value();
  EXPECT_EQ(values, (std::map<std::string, std::string>{
                        {"t2", "2024-03-01TMO TIME "},
                        {"t3", "2024-03-04 DATE "},
                        {"t4", "2024-03-08 DATE "},
                        {"t5", "P5D DURATION "},
                        {"t6", "2024-03-06T14:30+01:00 TIME "},
                        {"t7", "2024-03-06T16:30+01:00 TIME "},
                        {"t8", "PT2H DURATION "},
                        {"t9", "2024 DATE APPROX"},  // 2024-03~ is February to April
                        {"t10", "2024-03-02 DATE "},
                        {"t11", "BC0045 DATE "},
                    }));
  std::vector<std::string> links;
  for (const pugi::xml_node link : root.children())
    if (std::string_view(link.name()).ends_with("TLINK") && !link.attribute("cg:derived"))
      links.push_back(std::string(link.name()) + " " + link.attribute("relType").value() + " " +
                      link.attribute("cg:type").value() + " " + link.attribute("cg:gap").value());
  EXPECT_EQ(links, (std::vector<std::string>{"TLINK BEFORE  2 days..5 days", "cg:TLINK  overlaps ",
                                             "cg:TLINK  causes ", "TLINK DURING during ",
                                             "TLINK BEFORE  "}));
}

}  // namespace
}  // namespace chronograph
