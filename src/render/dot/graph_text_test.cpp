#include "render/dot/graph_text.hpp"

#include <gtest/gtest.h>

#include "render/dot/sample_graph_for_tests.hpp"

namespace chronograph::detail::graph_view {
namespace {

using testing::hour;
using testing::seoul_midnight_2024_01_26;

TEST(GraphText, OtherLanguageFollowsOnlyWhenItSaysSomethingElse) {
  const Text both{"", "삼성전자", "Samsung"};
  EXPECT_EQ(text_lines(both, Language::ko), (std::vector<std::string>{"삼성전자", "Samsung"}));
  EXPECT_EQ(text_lines(both, Language::en), (std::vector<std::string>{"Samsung", "삼성전자"}));
  EXPECT_EQ(text_lines({"HBM", "", ""}, Language::ko), (std::vector<std::string>{"HBM"}));
  EXPECT_EQ(text_lines({"", "같음", "같음"}, Language::en), (std::vector<std::string>{"같음"}));
  EXPECT_EQ(text_lines({"", "", ""}, Language::en), (std::vector<std::string>{}));
}

TEST(GraphText, DescribesBoundsInTheZoneGiven) {
  const Seconds nine = seoul_midnight_2024_01_26 + 9 * hour;
  EXPECT_EQ(describe_bounds({nine, nine}, "Asia/Seoul"), "2024-01-26T09:00:00+09:00");
  EXPECT_EQ(describe_bounds({nine, nine + hour}, "UTC"),
            "between 2024-01-26T00:00:00Z and 2024-01-26T01:00:00Z");
  EXPECT_EQ(describe_bounds({nine, unbounded_future}, "+09:00"),
            "not before 2024-01-26T09:00:00+09:00");
  EXPECT_EQ(describe_bounds({unbounded_past, nine}, "+09:00"),
            "not after 2024-01-26T09:00:00+09:00");
  EXPECT_EQ(describe_bounds({}, "UTC"), "unknown");
}

TEST(GraphText, ZoneFallsBackToTheDocumentsThenUtc) {
  EventGraph graph;
  Event event;
  event.when.zone = "Europe/Berlin";
  EXPECT_EQ(display_zone(graph, event), "Europe/Berlin");
  event.when.zone.clear();
  EXPECT_EQ(display_zone(graph, event), "UTC");
  graph.info.zone = "Asia/Seoul";
  EXPECT_EQ(display_zone(graph, event), "Asia/Seoul");
}

TEST(GraphText, EdgeLabelsNameTheTypeCaptionAndGap) {
  Relation before{0, 1, RelationType::before};
  EXPECT_EQ(relation_label(before), "before");
  before.gap = DurationSpec{"7 months", 0, 0, false};
  before.label = "then";
  EXPECT_EQ(relation_label(before), "before\nthen\ngap 7 months");
  Relation caption{0, 1, RelationType::label};
  EXPECT_EQ(relation_label(caption), "label");
  caption.label = "courts";
  EXPECT_EQ(relation_label(caption), "courts");
  Relation participant{0, 1, RelationType::participant};
  participant.implied = true;
  EXPECT_EQ(relation_label(participant), "");
  participant.label = "host";
  EXPECT_EQ(relation_label(participant), "host");
}

TEST(GraphText, EntityTooltipSaysKindRoleAndAffiliation) {
  const EventGraph graph = testing::sample_graph();
  EXPECT_EQ(entity_tooltip(graph, *graph.find("kwak-noh-jung"), Language::ko),
            "곽노정\nKwak Noh-jung\nkind: person\nrole: CEO\naffiliation: SK하이닉스");
}

}  // namespace
}  // namespace chronograph::detail::graph_view
