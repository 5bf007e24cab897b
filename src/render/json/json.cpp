// The resolved graph as JSON for programs; the contract is docs/json.md.

#include <nlohmann/json.hpp>

#include "chronograph/render.hpp"
#include "render/common/graph_text.hpp"
#include "render/json/json_document.hpp"

namespace chronograph {

namespace {

using Json = nlohmann::ordered_json;  // keys stay in the order written: stable, readable output

Json optional_string(const std::string& text) {
  return text.empty() ? Json() : Json(text);
}

Json instant(Seconds seconds, std::string_view zone) {
  return optional_string(format_instant(seconds, zone));  // open bounds format as ""
}

Json bounds(const Bounds& value, std::string_view zone) {
  return {{"earliest", instant(value.earliest, zone)}, {"latest", instant(value.latest, zone)}};
}

Json languages(const Text& text) {
  return {{"ko", optional_string(text.ko())}, {"en", optional_string(text.en())}};
}

Json published(const GraphInfo& info) {
  if (!info.published) return nullptr;
  const TimeSpec& spec = *info.published;
  const std::string zone = !spec.zone.empty()  ? spec.zone.str()
                           : info.zone.empty() ? "UTC"
                                               : info.zone;
  const Bounds hull = spec.hull();
  return {{"text", spec.text},
          {"earliest", instant(hull.earliest, zone)},
          {"latest", instant(hull.latest, zone)}};
}

Json event_json(const EventGraph& graph, NodeId node) {
  const Event& event = graph.event(node);
  const std::string zone = detail::graph_view::display_zone(graph, event);
  Json participants = Json::array();
  for (const Participant& participant : event.participants) {
    participants.push_back(graph.id(participant.entity));
  }
  Json source;
  if (event.source) source = {{"quote", event.source->quote}, {"where", event.source->where}};
  return {
      {"id", event.id},
      {"title", event.title.in(Language::en)},
      {"titles", languages(event.title)},
      {"status", to_string(event.status)},
      {"when", optional_string(event.when.text)},
      {"end_text", event.end_when ? optional_string(event.end_when->text) : Json()},
      {"duration", event.duration ? optional_string(event.duration->text) : Json()},
      {"zone", zone},
      {"calendar", to_string(event.calendar)},
      {"start", bounds(event.start, zone)},
      {"end", bounds(event.end, zone)},
      {"stated_start", bounds(event.stated_start, zone)},
      {"stated_end", bounds(event.stated_end, zone)},
      {"uncertain", event.when.uncertain},
      {"approximate", event.when.approximate},
      {"participants", std::move(participants)},
      {"place", event.place ? Json(graph.id(*event.place)) : Json()},
      {"source", std::move(source)},
      {"tags", event.tags},
      {"note", optional_string(event.note)},
  };
}

Json entity_json(const EventGraph& graph, NodeId node) {
  const Entity& entity = graph.entity(node);
  return {
      {"id", entity.id},
      {"name", entity.name.in(Language::en)},
      {"names", languages(entity.name)},
      {"kind", to_string(entity.kind)},
      {"role", optional_string(entity.role)},
      {"affiliation", entity.affiliation ? Json(graph.id(*entity.affiliation)) : Json()},
      {"tags", entity.tags},
      {"note", optional_string(entity.note)},
  };
}

Json relation_json(const EventGraph& graph, const Relation& relation) {
  Json out = {{"from", graph.id(relation.from)},
              {"to", graph.id(relation.to)},
              {"type", to_string(relation.type)}};
  if (relation.gap()) {
    out["gap"] = {{"text", relation.gap()->text},
                  {"min_seconds", relation.gap()->min},
                  {"max_seconds", relation.gap()->max},
                  {"approximate", relation.gap()->approximate}};
  }
  if (!relation.label().empty()) out["label"] = relation.label();
  if (!relation.origin().empty()) out["origin"] = relation.origin();
  out["implied"] = relation.implied;
  return out;
}

}  // namespace

namespace detail {

nlohmann::ordered_json json_document(const EventGraph& graph, const ReasonReport& report,
                                     const std::vector<bool>* keep) {
  const auto kept = [keep](NodeId node) { return keep == nullptr || (*keep)[node]; };
  Json events = Json::array();
  for (const NodeId node : graph.events())
    if (kept(node)) events.push_back(event_json(graph, node));
  Json entities = Json::array();
  for (const NodeId node : graph.entities()) entities.push_back(entity_json(graph, node));
  Json relations = Json::array();
  for (const Relation& relation : graph.relations()) {
    if (kept(relation.from) && kept(relation.to))
      relations.push_back(relation_json(graph, relation));
  }
  Json order = Json::array();
  for (const NodeId node : report.chronological)
    if (kept(node)) order.push_back(graph.id(node));

  return {
      {"chronograph", 1},
      {"title", graph.info.title.in(Language::en)},
      {"titles", languages(graph.info.title)},
      {"zone", optional_string(graph.info.zone)},
      {"calendar", to_string(graph.info.calendar)},
      {"source",
       {{"title", optional_string(graph.info.source_title)},
        {"url", optional_string(graph.info.source_url)},
        {"published", published(graph.info)},
        {"language", optional_string(graph.info.language)}}},
      {"events", std::move(events)},
      {"entities", std::move(entities)},
      {"relations", std::move(relations)},
      {"order", std::move(order)},
  };
}

}  // namespace detail

std::string render_json(const EventGraph& graph, const ReasonReport& report) {
  // Invalid UTF-8 in the input becomes U+FFFD instead of an exception.
  return detail::json_document(graph, report).dump(2, ' ', false, Json::error_handler_t::replace) +
         "\n";
}

}  // namespace chronograph
