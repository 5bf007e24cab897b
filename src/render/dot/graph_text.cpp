#include "render/dot/graph_text.hpp"

#include <fmt/format.h>

namespace chronograph::detail::graph_view {

namespace {

bool is_open(Seconds instant) {
  return instant <= unbounded_past || instant >= unbounded_future;
}

void append_line(std::string& out, std::string_view line) {
  if (line.empty()) return;
  if (!out.empty()) out += '\n';
  out += line;
}

std::string joined(const std::vector<std::string>& lines, std::string_view separator) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += separator;
    out += line;
  }
  return out;
}

std::string status_suffix(EventStatus status) {
  if (status == EventStatus::happened) return "";
  return fmt::format(" ({})", to_string(status));
}

}  // namespace

std::vector<std::string> text_lines(const Text& text, Language language) {
  const std::string& primary = text.in(language);
  const std::string& other = language == Language::ko ? text.en : text.ko;
  std::vector<std::string> lines;
  if (!primary.empty()) lines.push_back(primary);
  if (!other.empty() && other != primary) lines.push_back(other);
  return lines;
}

std::string display_zone(const EventGraph& graph, const Event& event) {
  if (!event.when.zone.empty()) return event.when.zone;
  if (!graph.info.zone.empty()) return graph.info.zone;
  return "UTC";
}

std::string describe_bounds(const Bounds& bounds, std::string_view zone) {
  const bool open_early = is_open(bounds.earliest);
  const bool open_late = is_open(bounds.latest);
  if (open_early && open_late) return "unknown";
  if (open_early) return "not after " + format_instant(bounds.latest, zone);
  if (open_late) return "not before " + format_instant(bounds.earliest, zone);
  if (bounds.earliest == bounds.latest) return format_instant(bounds.earliest, zone);
  return fmt::format("between {} and {}", format_instant(bounds.earliest, zone),
                     format_instant(bounds.latest, zone));
}

std::string node_title(const EventGraph& graph, NodeId node, Language language) {
  const Text& text =
      graph.kind(node) == NodeKind::event ? graph.event(node).title : graph.entity(node).name;
  const std::vector<std::string> lines = text_lines(text, language);
  return lines.empty() ? graph.id(node) : lines.front();
}

std::string event_tooltip(const EventGraph& graph, NodeId node, Language language) {
  const Event& event = graph.event(node);
  const std::string zone = display_zone(graph, event);
  std::vector<std::string> title = text_lines(event.title, language);
  if (title.empty()) title.push_back(event.id);
  title.front() += status_suffix(event.status);

  std::string out = joined(title, "\n");
  if (!event.when.text.empty()) append_line(out, "when: " + event.when.text);
  append_line(out, "start: " + describe_bounds(event.start, zone));
  append_line(out, "end: " + describe_bounds(event.end, zone));
  append_line(out, fmt::format("status: {}", to_string(event.status)));
  std::vector<std::string> people;
  for (const Participant& participant : event.participants) {
    std::string name = node_title(graph, participant.entity, language);
    if (!participant.role.empty()) name += " (" + participant.role + ")";
    people.push_back(std::move(name));
  }
  if (!people.empty()) append_line(out, "participants: " + joined(people, ", "));
  if (event.place) append_line(out, "place: " + node_title(graph, *event.place, language));
  if (event.source && !event.source->quote.empty()) {
    std::string source = "source: \u201c" + event.source->quote + "\u201d";
    if (!event.source->where.empty()) source += " (" + event.source->where + ")";
    append_line(out, source);
  }
  if (!event.tags.empty()) append_line(out, "tags: " + joined(event.tags, ", "));
  append_line(out, event.note);
  return out;
}

std::string entity_tooltip(const EventGraph& graph, NodeId node, Language language) {
  const Entity& entity = graph.entity(node);
  std::vector<std::string> name = text_lines(entity.name, language);
  if (name.empty()) name.push_back(entity.id);
  std::string out = joined(name, "\n");
  append_line(out, fmt::format("kind: {}", to_string(entity.kind)));
  if (!entity.role.empty()) append_line(out, "role: " + entity.role);
  if (entity.affiliation) {
    append_line(out, "affiliation: " + node_title(graph, *entity.affiliation, language));
  }
  if (!entity.tags.empty()) append_line(out, "tags: " + joined(entity.tags, ", "));
  append_line(out, entity.note);
  return out;
}

std::string relation_label(const Relation& relation) {
  if (relation.implied) return relation.label;  // the role, for participants and members
  if (relation.type == RelationType::label) {
    return relation.label.empty() ? std::string(to_string(relation.type)) : relation.label;
  }
  std::string out(to_string(relation.type));
  if (!relation.label.empty()) out += "\n" + relation.label;
  if (relation.gap) out += "\ngap " + relation.gap->text;
  return out;
}

std::string relation_tooltip(const EventGraph& graph, const Relation& relation, Language language) {
  std::string out =
      fmt::format("{} \u2192 {} \u2192 {}", node_title(graph, relation.from, language),
                  to_string(relation.type), node_title(graph, relation.to, language));
  if (!relation.label.empty()) append_line(out, relation.label);
  if (relation.gap) append_line(out, "gap: " + relation.gap->text);
  if (relation.implied) append_line(out, "(implied)");
  return out;
}

}  // namespace chronograph::detail::graph_view
