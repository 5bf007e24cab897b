#include "render/common/graph_text.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "layout/text.hpp"

namespace chronograph::detail::graph_view {

namespace {

void append_line(std::string& out, std::string_view line) {
  if (line.empty()) return;
  if (!out.empty()) out += '\n';
  out += line;
}

}  // namespace

std::vector<std::string> wrap_label(std::string_view text, std::size_t columns,
                                    std::size_t max_lines) {
  std::vector<std::string> lines;
  std::size_t pos = 0;
  while (pos < text.size() && lines.size() < max_lines) {
    while (pos < text.size() && text[pos] == ' ') ++pos;  // a wrapped line starts with a word
    // Walk as far as fits; remember the last space where the line could end.
    std::size_t end = pos;
    std::size_t last_space = std::string_view::npos;
    std::size_t used = 0;
    while (end < text.size()) {
      std::size_t next = end;
      const char32_t c = next_code_point(text, next);
      if (used + display_columns(c) > columns) break;
      used += display_columns(c);
      if (c == U' ') last_space = end;
      end = next;
    }
    if (end < text.size() && text[end] != ' ' && last_space != std::string_view::npos &&
        last_space > pos)
      end = last_space;
    std::string line(text.substr(pos, end - pos));
    while (!line.empty() && line.back() == ' ') line.pop_back();
    lines.push_back(std::move(line));
    pos = end;
  }
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos < text.size() && !lines.empty()) {
    // Cut: make room for the ellipsis on the last line, one code point at a time.
    std::string& last = lines.back();
    std::size_t used = 0;
    std::size_t keep = 0;
    for (std::size_t at = 0; at < last.size();) {
      std::size_t next = at;
      used += display_columns(next_code_point(last, next));
      if (used + 1 > columns) break;
      keep = next;
      at = next;
    }
    last = last.substr(0, keep) + "\u2026";
  }
  return lines;
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
  if (relation.implied) return relation.label();  // the role, for participants and members
  if (relation.type == RelationType::label) {
    return relation.label().empty() ? std::string(to_string(relation.type)) : relation.label();
  }
  std::string out(to_string(relation.type));
  if (!relation.label().empty()) out += "\n" + relation.label();
  if (relation.gap()) out += "\ngap " + relation.gap()->text;
  return out;
}

std::string relation_tooltip(const EventGraph& graph, const Relation& relation, Language language) {
  std::string out =
      fmt::format("{} \u2192 {} \u2192 {}", node_title(graph, relation.from, language),
                  to_string(relation.type), node_title(graph, relation.to, language));
  if (!relation.label().empty()) append_line(out, relation.label());
  if (relation.gap()) append_line(out, "gap: " + relation.gap()->text);
  if (relation.implied) append_line(out, "(implied)");
  return out;
}

std::string merged_label(const GraphEdge& edge) {
  std::string label = edge.relation ? relation_label(*edge.relation) : std::string();
  if (edge.count < 2) return label;
  const std::string times = fmt::format("\u00d7{}", edge.count);
  if (label.empty()) return times;
  label.insert(std::min(label.find('\n'), label.size()), " " + times);
  return label;
}

std::string merged_tooltip(const EventGraph& graph, const GraphEdge& edge, Language language) {
  if (!edge.relation) return {};
  std::string out = relation_tooltip(graph, *edge.relation, language);
  if (edge.count < 2) return out;
  const SourcePosition& first = edge.relation->range.begin;
  append_line(out, fmt::format("\u00d7{}: {} {} times{}", edge.count,
                               edge.relation->implied ? "implied" : "stated", edge.count,
                               first.line > 0 ? fmt::format(" (first on line {})", first.line)
                                              : std::string()));
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
