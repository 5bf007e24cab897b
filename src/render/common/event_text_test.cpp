#include "render/common/event_text.hpp"

#include <gtest/gtest.h>

#include "sample_graph.hpp"

namespace chronograph::detail {
namespace {

using testing::hour;
using testing::seoul_midnight_2024_01_26;

TEST(EventText, OtherLanguageFollowsOnlyWhenItSaysSomethingElse) {
  const Text both{"", "삼성전자", "Samsung"};
  EXPECT_EQ(text_lines(both, Language::ko), (std::vector<std::string>{"삼성전자", "Samsung"}));
  EXPECT_EQ(text_lines(both, Language::en), (std::vector<std::string>{"Samsung", "삼성전자"}));
  EXPECT_EQ(text_lines({"HBM", "", ""}, Language::ko), (std::vector<std::string>{"HBM"}));
  EXPECT_EQ(text_lines({"", "같음", "같음"}, Language::en), (std::vector<std::string>{"같음"}));
  EXPECT_EQ(text_lines({"", "", ""}, Language::en), (std::vector<std::string>{}));
}

TEST(EventText, DescribesBoundsInTheZoneGiven) {
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

TEST(EventText, ZoneFallsBackToTheDocumentsThenUtc) {
  EventGraph graph;
  Event event;
  event.when.zone = "Europe/Berlin";
  EXPECT_EQ(event_display_zone(graph, event), "Europe/Berlin");
  event.when.zone = {};
  EXPECT_EQ(event_display_zone(graph, event), "UTC");
  graph.info.zone = "Asia/Seoul";
  EXPECT_EQ(event_display_zone(graph, event), "Asia/Seoul");
}

TEST(EventText, KoreanBoundsWording) {
  const Seconds nine = seoul_midnight_2024_01_26 + 9 * hour;
  EXPECT_EQ(describe_bounds({nine, nine + hour}, "Asia/Seoul", Language::ko),
            "2024-01-26T09:00:00+09:00 ~ 2024-01-26T10:00:00+09:00 사이");
  EXPECT_EQ(describe_bounds({nine, unbounded_future}, "Asia/Seoul", Language::ko),
            "2024-01-26T09:00:00+09:00 이후");
  EXPECT_EQ(describe_bounds({}, "UTC", Language::ko), "알 수 없음");
}

TEST(EventText, TooltipListsEverythingInTheChosenLanguage) {
  const EventGraph graph = testing::sample_graph();
  for (const NodeId node : graph.events()) {
    const std::string en = event_tooltip(graph, node, Language::en);
    const std::string ko = event_tooltip(graph, node, Language::ko);
    EXPECT_NE(en.find("\nstatus: "), std::string::npos) << en;
    EXPECT_NE(en.find("\nstart: "), std::string::npos) << en;
    EXPECT_NE(ko.find("\n상태: "), std::string::npos) << ko;
    EXPECT_NE(ko.find("\n끝: "), std::string::npos) << ko;
  }
}

}  // namespace
}  // namespace chronograph::detail
