#pragma once
// Test-only: a small hand-built relationship graph (Sam Altman's day in Korea, condensed) with
// every event status, every entity kind, nested organisations and implied edges, as the model
// stage would produce it. Used by the DOT, SVG and JSON writer tests.

#include <string>
#include <utility>

#include "chronograph/graph.hpp"

namespace chronograph::testing {

inline constexpr Seconds seoul_midnight_2024_01_26 = 1706194800;  // 2024-01-26T00:00:00+09:00
inline constexpr Seconds hour = 3600;

inline Text bilingual(std::string ko, std::string en) {
  return {"", std::move(ko), std::move(en)};
}

inline TimeSpec seoul_time(std::string text, Seconds from_hour, Seconds to_hour) {
  TimeSpec when;
  when.text = std::move(text);
  when.zone = "Asia/Seoul";
  when.start = {seoul_midnight_2024_01_26 + from_hour * hour,
                seoul_midnight_2024_01_26 + to_hour * hour};
  when.end = when.start;
  return when;
}

inline NodeId add_person(EventGraph& graph, std::string id, Text name, std::string role,
                         std::optional<NodeId> affiliation) {
  Entity entity{std::move(id), std::move(name), EntityKind::person, std::move(role), affiliation};
  return graph.add_entity(std::move(entity));
}

inline NodeId add_thing(EventGraph& graph, std::string id, Text name, EntityKind kind,
                        std::optional<NodeId> affiliation = std::nullopt) {
  Entity entity{std::move(id), std::move(name), kind, "", affiliation};
  return graph.add_entity(std::move(entity));
}

// Events come first, so entity ids are added afterwards and participants patched in.
inline EventGraph sample_graph() {
  EventGraph graph;
  graph.info.title = bilingual("샘 올트먼의 방한", "Sam Altman in Korea");
  graph.info.zone = "Asia/Seoul";
  graph.info.source_title = "한국 찾은 샘 올트먼";
  graph.info.source_url = "https://example.com/news?id=1&lang=ko";
  graph.info.language = "ko";

  Event samsung_visit;
  samsung_visit.id = "visit-samsung";
  samsung_visit.title =
      bilingual("삼성전자 평택캠퍼스 방문", "Visit to Samsung's Pyeongtaek campus");
  samsung_visit.when = seoul_time("2024-01-26 morning", 6, 12);
  samsung_visit.stated_start = samsung_visit.when.start;
  samsung_visit.stated_end = samsung_visit.when.end;
  samsung_visit.start = {seoul_midnight_2024_01_26 + 9 * hour,
                         seoul_midnight_2024_01_26 + 12 * hour};
  samsung_visit.end = {seoul_midnight_2024_01_26 + 10 * hour,
                       seoul_midnight_2024_01_26 + 12 * hour};
  samsung_visit.source = SourceNote{"오전엔 삼성전자 \"평택\" 캠퍼스를 찾았다", "paragraph 2"};
  samsung_visit.tags = {"semiconductors", "visit"};
  const NodeId visit = graph.add_event(std::move(samsung_visit));

  Event hynix_meeting;
  hynix_meeting.id = "meet-sk-hynix";
  hynix_meeting.title = bilingual("SK하이닉스 경영진 면담", "Meeting with SK Hynix executives");
  hynix_meeting.when = seoul_time("2024-01-26 afternoon", 12, 18);
  hynix_meeting.start = hynix_meeting.when.start;
  hynix_meeting.end = hynix_meeting.when.end;
  const NodeId meeting = graph.add_event(std::move(hynix_meeting));

  Event fab_plan;
  fab_plan.id = "chip-venture";
  fab_plan.title = {"AI chip venture \\ fabs <plan>", "", ""};
  fab_plan.status = EventStatus::planned;
  fab_plan.when.text = "2024..";
  fab_plan.start = {seoul_midnight_2024_01_26, unbounded_future};
  const NodeId venture = graph.add_event(std::move(fab_plan));

  Event talks;
  talks.id = "talks-reported";
  talks.title = bilingual("", "Talks with chip makers reported");
  talks.status = EventStatus::reported;
  const NodeId reported = graph.add_event(std::move(talks));

  Event dinner;
  dinner.id = "dinner";
  dinner.title = bilingual("만찬 & 회의", "Dinner & meeting");
  dinner.status = EventStatus::cancelled;
  const NodeId cancelled = graph.add_event(std::move(dinner));

  Event old_plan;
  old_plan.id = "old-schedule";
  old_plan.title = bilingual("", "Earlier schedule");
  old_plan.status = EventStatus::superseded;
  const NodeId superseded = graph.add_event(std::move(old_plan));

  const NodeId openai =
      add_thing(graph, "openai", bilingual("오픈AI", "OpenAI"), EntityKind::organization);
  const NodeId altman =
      add_person(graph, "altman", bilingual("샘 올트먼", "Sam Altman"), "CEO", openai);
  const NodeId samsung = add_thing(graph, "samsung", bilingual("삼성전자", "Samsung Electronics"),
                                   EntityKind::organization);
  const NodeId kyung = add_person(graph, "kyung-kye-hyun", bilingual("경계현", "Kyung Kye-hyun"),
                                  "head of DS", samsung);
  const NodeId sk_group =
      add_thing(graph, "sk-group", bilingual("SK그룹", "SK Group"), EntityKind::organization);
  const NodeId sk_hynix = add_thing(graph, "sk-hynix", bilingual("SK하이닉스", "SK Hynix"),
                                    EntityKind::organization, sk_group);
  const NodeId kwak =
      add_person(graph, "kwak-noh-jung", bilingual("곽노정", "Kwak Noh-jung"), "CEO", sk_hynix);
  const NodeId pyeongtaek =
      add_thing(graph, "pyeongtaek", bilingual("평택캠퍼스", "Pyeongtaek campus"),
                EntityKind::place, samsung);
  const NodeId hbm = add_thing(graph, "hbm", {"HBM", "", ""}, EntityKind::product);
  const NodeId press = add_thing(graph, "press", bilingual("언론", "the press"), EntityKind::other);

  graph.event(visit).participants = {{altman, ""}, {kyung, "host"}};
  graph.event(visit).place = pyeongtaek;
  graph.event(meeting).participants = {{altman, ""}, {kwak, "host"}};

  Relation order{visit, meeting, RelationType::before};
  order.set_gap(DurationSpec{"2 hours", 2 * hour, 2 * hour, false});
  graph.add_relation(order);
  graph.add_relation({meeting, venture, RelationType::motivates});
  graph.add_relation({reported, press, RelationType::reported_by});
  graph.add_relation({superseded, cancelled, RelationType::supersedes});
  graph.add_relation({sk_hynix, hbm, RelationType::supplies});
  graph.add_relation({samsung, sk_hynix, RelationType::competes_with});
  Relation caption{altman, samsung, RelationType::label};
  caption.set_label("courts \"foundry\" partner");
  graph.add_relation(caption);

  // Implied edges, as build_model adds them after the written ones.
  for (const NodeId event : graph.events()) {
    for (const Participant& participant : graph.event(event).participants) {
      Relation implied{event, participant.entity, RelationType::participant};
      implied.set_label(participant.role);
      implied.implied = true;
      graph.add_relation(implied);
    }
    if (const auto place = graph.event(event).place) {
      Relation implied{event, *place, RelationType::located_at};
      implied.implied = true;
      graph.add_relation(implied);
    }
  }
  for (const NodeId entity : graph.entities()) {
    if (const auto organisation = graph.entity(entity).affiliation) {
      Relation implied{entity, *organisation, RelationType::affiliated_with};
      implied.set_label(graph.entity(entity).role);
      implied.implied = true;
      graph.add_relation(implied);
    }
  }
  return graph;
}

}  // namespace chronograph::testing
