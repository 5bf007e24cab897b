#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "chronograph/render.hpp"
#include "sample_graph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

ReasonReport sample_report(const EventGraph& graph) {
  ReasonReport report;
  for (const char* id : {"visit-samsung", "meet-sk-hynix", "chip-venture"}) {
    report.chronological.push_back(*graph.find(id));
  }
  return report;
}

nlohmann::ordered_json parsed(const std::string& text) {
  return nlohmann::ordered_json::parse(text);
}

TEST(Json, MatchesGolden) {
  const EventGraph graph = testing::sample_graph();
  testing::expect_golden(testing::source_dir() / "src/render/json/testdata/sample_graph.json",
                         render_json(graph, sample_report(graph)));
}

TEST(Json, HasTheDocumentedShape) {
  const EventGraph graph = testing::sample_graph();
  const auto json = parsed(render_json(graph, sample_report(graph)));
  std::vector<std::string> keys;
  for (const auto& [key, value] : json.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"chronograph", "title", "titles", "zone", "calendar",
                                            "source", "events", "entities", "relations", "order"}));
  EXPECT_EQ(json["calendar"], "gregorian");
  EXPECT_EQ(json["chronograph"], 1);
  EXPECT_EQ(json["title"], "Sam Altman in Korea");
  EXPECT_EQ(json["titles"]["ko"], "샘 올트먼의 방한");
  EXPECT_EQ(json["source"]["url"], "https://example.com/news?id=1&lang=ko");
  EXPECT_TRUE(json["source"]["published"].is_null());

  const auto& visit = json["events"][0];
  EXPECT_EQ(visit["id"], "visit-samsung");
  EXPECT_EQ(visit["zone"], "Asia/Seoul");
  EXPECT_EQ(visit["calendar"], "gregorian");
  EXPECT_EQ(visit["start"]["earliest"], "2024-01-26T09:00:00+09:00");
  EXPECT_EQ(visit["stated_start"]["earliest"], "2024-01-26T06:00:00+09:00");
  EXPECT_EQ(visit["participants"], nlohmann::ordered_json::parse(R"(["altman","kyung-kye-hyun"])"));
  EXPECT_EQ(visit["place"], "pyeongtaek");
  EXPECT_EQ(visit["source"]["quote"], "오전엔 삼성전자 \"평택\" 캠퍼스를 찾았다");

  const auto& kwak = json["entities"][6];
  EXPECT_EQ(kwak["id"], "kwak-noh-jung");
  EXPECT_EQ(kwak["kind"], "person");
  EXPECT_EQ(kwak["affiliation"], "sk-hynix");

  const auto& before = json["relations"][0];
  EXPECT_EQ(before["type"], "before");
  EXPECT_EQ(before["gap"]["min_seconds"], 7200);
  EXPECT_EQ(before["implied"], false);
  EXPECT_FALSE(before.contains("label"));
  EXPECT_EQ(json["relations"].back()["type"], "affiliated-with");
  EXPECT_EQ(json["relations"].back()["implied"], true);

  EXPECT_EQ(json["order"],
            nlohmann::ordered_json::parse(R"(["visit-samsung","meet-sk-hynix","chip-venture"])"));
}

TEST(Json, OpenBoundsAreNull) {
  const EventGraph graph = testing::sample_graph();
  const auto json = parsed(render_json(graph, {}));
  const auto& venture = json["events"][2];
  ASSERT_EQ(venture["id"], "chip-venture");
  EXPECT_EQ(venture["start"]["earliest"], "2024-01-26T00:00:00+09:00");
  EXPECT_TRUE(venture["start"]["latest"].is_null());
  EXPECT_TRUE(venture["end"]["earliest"].is_null());
  EXPECT_TRUE(venture["end"]["latest"].is_null());
  EXPECT_EQ(venture["zone"], "Asia/Seoul");  // the document's, as the event names none
  EXPECT_TRUE(venture["place"].is_null());
  EXPECT_TRUE(venture["source"].is_null());
  EXPECT_TRUE(json["order"].empty());
}

TEST(Json, EscapesQuotesBackslashesAndControlCharacters) {
  EventGraph graph;
  Event event;
  event.id = "e";
  event.title = {"", "", "say \"hi\" \\ back\nnext\ttab\x01 bell"};
  graph.add_event(event);
  const std::string text = render_json(graph, {});
  EXPECT_NE(text.find(R"("title": "say \"hi\" \\ back\nnext\ttab\u0001 bell")"), std::string::npos)
      << text;
  EXPECT_EQ(parsed(text)["events"][0]["title"], event.title.en());
}

TEST(Json, KeepsUtf8AndReplacesInvalidBytes) {
  EventGraph graph;
  graph.info.title = {"", "삼성전자", "bad \xff byte"};
  const std::string text = render_json(graph, {});
  EXPECT_NE(text.find("\"ko\": \"삼성전자\""), std::string::npos) << text;
  EXPECT_NE(text.find("bad \xEF\xBF\xBD byte"), std::string::npos) << text;
}

TEST(Json, IsDeterministicPrettyPrintedWithTrailingNewline) {
  const EventGraph graph = testing::sample_graph();
  const std::string first = render_json(graph, sample_report(graph));
  EXPECT_EQ(render_json(EventGraph(graph), sample_report(graph)), first);
  ASSERT_FALSE(first.empty());
  EXPECT_EQ(first.back(), '\n');
  EXPECT_TRUE(first.starts_with("{\n  \"chronograph\": 1,\n  \"title\": "));
}

}  // namespace
}  // namespace chronograph
