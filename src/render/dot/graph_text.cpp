#include "render/dot/graph_text.hpp"

#include <fmt/format.h>

namespace chronograph::detail::graph_view {

namespace {

void append_line(std::string& out, std::string_view line) {
  if (line.empty()) return;
  if (!out.empty()) out += '\n';
  out += line;
}

}  // namespace

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

std::string derived_order_tooltip(const EventGraph& graph, const DerivedOrder& order,
                                  Language language) {
  std::string out = fmt::format("{} \u2192 {} \u2192 {}", node_title(graph, order.first, language),
                                to_string(order.order), node_title(graph, order.second, language));
  append_line(out,
              "(derived: not stated, follows from the other statements; "
              "chronograph explain shows the chain)");
  return out;
}

}  // namespace chronograph::detail::graph_view
