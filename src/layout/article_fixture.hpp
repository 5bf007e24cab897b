#pragma once
// Test-only: a hand-built EventGraph resembling the bundled example article (Sam Altman's visit
// to Korea, published 2024-01-26 19:55 KST), so layout and renderers can be checked without the
// parse and reason stages.

#include <chrono>
#include <random>
#include <string>
#include <vector>

#include <date/date.h>
#include <fmt/format.h>

#include "chronograph/graph.hpp"

namespace chronograph::testing {

// UTC seconds of a wall-clock time at a fixed offset (hours east of UTC).
inline Seconds at(int year, unsigned month, unsigned day, int hour = 0, int minute = 0,
                  int offset_hours = 9) {
  const date::sys_days days = date::year{year} / date::month{month} / date::day{day};
  return days.time_since_epoch().count() * Seconds{86400} + hour * 3600 + minute * 60 -
         offset_hours * 3600;
}

struct EventSketch {
  std::string id;
  std::string ko;
  std::string en;
  Bounds start;
  Bounds end;
  EventStatus status = EventStatus::happened;
  std::vector<NodeId> participants;
  std::string zone = "Asia/Seoul";
};

inline NodeId add_sketch(EventGraph& graph, const EventSketch& sketch) {
  Event event;
  event.id = sketch.id;
  event.title = {"", sketch.ko, sketch.en};
  event.when.zone = sketch.zone;
  event.when.start = event.stated_start = event.start = sketch.start;
  event.when.end = event.stated_end = event.end = sketch.end;
  event.status = sketch.status;
  for (const NodeId entity : sketch.participants) event.participants.push_back({entity, ""});
  event.source = SourceNote{"quoted from the article", "paragraph 1"};
  return graph.add_event(std::move(event));
}

inline NodeId add_person(EventGraph& graph, const std::string& id, const std::string& ko,
                         const std::string& en, EntityKind kind = EntityKind::person) {
  Entity entity;
  entity.id = id;
  entity.name = {"", ko, en};
  entity.kind = kind;
  return graph.add_entity(std::move(entity));
}

// Adds "founding", a one-day event on 1500-01-01 (UTC) led by `participant`: an event five
// centuries from the rest, for the scale-break bad-input tests.
inline NodeId add_year_1500_event(EventGraph& graph, NodeId participant) {
  const Seconds y1500 = -14831769600;  // 1500-01-01T00:00Z
  return add_sketch(graph, {"founding",
                            "",
                            "Something in 1500",
                            {y1500, y1500},
                            {y1500 + 86400, y1500 + 86400},
                            EventStatus::happened,
                            {participant}});
}

// `count` events "Event 0" … all at 2024-01-26 12:00 UTC, hosted by "host"; with `guests`, each
// also has a guest of its own ("g0" …), so a storyline has a line per guest. Bad-input fixture.
inline EventGraph same_instant_graph(int count, bool guests) {
  EventGraph graph;
  graph.info.title = {"", "", "Same time"};
  graph.info.zone = "UTC";
  const NodeId host = add_person(graph, "host", "", "Host");
  std::vector<NodeId> guest_nodes;
  if (guests)
    for (int i = 0; i < count; ++i)
      guest_nodes.push_back(
          add_person(graph, "g" + std::to_string(i), "", "Guest " + std::to_string(i)));
  const Seconds t = at(2024, 1, 26, 12, 0, 0);
  for (int i = 0; i < count; ++i) {
    std::vector<NodeId> participants{host};
    if (guests) participants.push_back(guest_nodes[static_cast<std::size_t>(i)]);
    add_sketch(graph, {"e" + std::to_string(i),
                       "",
                       "Event " + std::to_string(i),
                       {t, t},
                       {t, t},
                       EventStatus::happened,
                       participants,
                       "UTC"});
  }
  return graph;
}

inline EventGraph article_graph() {
  EventGraph graph;
  graph.info.title = {"", "샘 올트먼 방한 타임라인", "Sam Altman's visit to Korea"};
  graph.info.source_title = "올트먼, 삼성·SK 연쇄 회동";
  graph.info.source_url = "https://news.example/altman-korea";
  graph.info.zone = "Asia/Seoul";
  graph.info.language = "ko";
  TimeSpec published;
  published.zone = "Asia/Seoul";
  published.start = published.end = {at(2024, 1, 26, 19, 55), at(2024, 1, 26, 19, 55)};
  graph.info.published = published;

  // Events come first in node order, so the entities' ids are known in advance.
  const NodeId altman = 11, yoon = 12, wapo = 13, samsung = 14, hynix = 15, chey = 16, openai = 17;
  const Seconds pub = at(2024, 1, 26, 19, 55);
  const Bounds june{at(2023, 6, 1), at(2023, 7, 1) - 1};
  add_sketch(graph, {"visit-2023",
                     "윤석열 대통령 면담·스타트업 간담회",
                     "Met President Yoon; startup roundtable",
                     june,
                     june,
                     EventStatus::happened,
                     {altman, yoon}});
  const Bounds jan24_ny{at(2024, 1, 24, 0, 0, -5), at(2024, 1, 25, 0, 0, -5) - 1};
  add_sketch(graph, {"wapo-report",
                     "워싱턴포스트 방한 보도",
                     "Washington Post reports the visit",
                     jan24_ny,
                     jan24_ny,
                     EventStatus::reported,
                     {wapo},
                     "America/New_York"});
  const Bounds late25{at(2024, 1, 25, 18), at(2024, 1, 26) - 1};
  add_sketch(graph, {"arrival",
                     "올트먼 입국",
                     "Altman arrives",
                     late25,
                     late25,
                     EventStatus::happened,
                     {altman}});
  const Bounds morning{at(2024, 1, 26, 6), at(2024, 1, 26, 12) - 1};
  add_sketch(graph, {"pyeongtaek-tour",
                     "삼성전자 평택캠퍼스 방문",
                     "Tour of Samsung Pyeongtaek",
                     morning,
                     morning,
                     EventStatus::happened,
                     {altman, samsung}});
  const Bounds afternoon{at(2024, 1, 26, 12), at(2024, 1, 26, 18) - 1};
  add_sketch(graph, {"hynix-meeting",
                     "SK하이닉스 경영진 회동",
                     "Meeting SK hynix executives",
                     afternoon,
                     afternoon,
                     EventStatus::happened,
                     {altman, hynix}});
  const Bounds late_afternoon{at(2024, 1, 26, 15), at(2024, 1, 26, 18) - 1};
  add_sketch(graph, {"chey-meeting",
                     "최태원 회장 면담",
                     "Meeting Chairman Chey Tae-won",
                     late_afternoon,
                     late_afternoon,
                     EventStatus::planned,
                     {chey, altman}});
  const Bounds evening{at(2024, 1, 26, 18), at(2024, 1, 27) - 1};
  add_sketch(graph,
             {"departure", "출국", "Departure", evening, evening, EventStatus::planned, {altman}});
  add_sketch(graph, {"original-plan",
                     "당초 6시간 체류 계획",
                     "Original six-hour plan",
                     {at(2024, 1, 26, 0), at(2024, 1, 26, 18)},
                     {at(2024, 1, 26, 6), at(2024, 1, 27) - 1},
                     EventStatus::superseded,
                     {altman}});
  add_sketch(graph, {"publication",
                     "기사 게재",
                     "Article published",
                     {pub, pub},
                     {pub, pub},
                     EventStatus::happened,
                     {}});
  const Bounds year{at(2024, 1, 1), at(2025, 1, 1) - 1};
  add_sketch(graph, {"gpt4-upgrade",
                     "GPT-4 업그레이드",
                     "GPT-4 upgrade",
                     year,
                     year,
                     EventStatus::planned,
                     {openai}});
  add_sketch(graph, {"investment-talks",
                     "투자 협의",
                     "Investment talks",
                     {unbounded_past, pub},
                     {unbounded_past, pub},
                     EventStatus::reported,
                     {altman}});

  add_person(graph, "altman", "샘 올트먼", "Sam Altman");
  add_person(graph, "yoon", "윤석열 대통령", "President Yoon Suk-yeol");
  add_person(graph, "wapo", "워싱턴포스트", "The Washington Post", EntityKind::organization);
  add_person(graph, "samsung", "삼성전자", "Samsung Electronics", EntityKind::organization);
  add_person(graph, "hynix", "SK하이닉스", "SK hynix", EntityKind::organization);
  add_person(graph, "chey", "최태원 SK 회장", "SK Chairman Chey Tae-won");
  add_person(graph, "openai", "오픈AI", "OpenAI", EntityKind::organization);
  graph.add_relation(
      {*graph.find("departure"), *graph.find("original-plan"), RelationType::supersedes});
  graph.add_relation(
      {*graph.find("arrival"), *graph.find("pyeongtaek-tour"), RelationType::before});
  return graph;
}

// A page too full to draw every event: `events` one-hour events over three years, each in one of
// `lanes` people's lanes, at random but the same each run.
inline EventGraph busy_graph(int events, int lanes) {
  EventGraph graph;
  graph.info.zone = "Asia/Seoul";
  std::mt19937 random(11);
  for (int i = 0; i < events; ++i) {
    const Seconds start = at(2020, 1, 1) + static_cast<Seconds>(random() % (3u * 365 * 86400));
    add_sketch(graph, {fmt::format("e{}", i),
                       "",
                       fmt::format("event {}", i),
                       {start, start},
                       {start + 3600, start + 3600},
                       EventStatus::happened,
                       {static_cast<NodeId>(events + static_cast<int>(random() % lanes))}});
  }
  for (int i = 0; i < lanes; ++i) add_person(graph, fmt::format("p{}", i), "", "P");
  return graph;
}

}  // namespace chronograph::testing
