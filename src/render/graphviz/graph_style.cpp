#include "render/graphviz/graph_style.hpp"

#include <fmt/format.h>

#include <utility>

#include "render/common/graph_text.hpp"

namespace chronograph::detail {

using graph_view::text_lines;
using graph_view::wrap_label;

std::string joined_lines(const std::vector<std::string>& lines, std::string_view separator) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += separator;
    out += line;
  }
  return out;
}

std::string dot_data_value(std::string value) {
  if (!value.empty() && value.back() == '\\') value += ' ';
  return value;
}

void set_node_data(DotGraph& dot, DotGraph::Node node, const EventGraph& graph, NodeId id) {
  for (DataField& field : node_data(graph, id))
    dot.set(node, field.name, dot_data_value(std::move(field.value)));
}

void set_edge_data(DotGraph& dot, DotGraph::Edge edge, const GraphEdge& data) {
  for (DataField& field : edge_data(data)) dot.set(edge, field.name, field.value);
}

std::vector<std::string> wrapped_lines(const std::vector<std::string>& lines, std::size_t columns,
                                       std::size_t max_lines) {
  std::vector<std::string> out;
  for (const std::string& line : lines)
    for (std::string& piece : wrap_label(line, columns, max_lines)) out.push_back(std::move(piece));
  return out;
}

std::string wrapped(std::string_view text) {
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin <= text.size();) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    lines.emplace_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return joined_lines(wrapped_lines(lines, label_columns, label_lines_per_text), "\n");
}

std::vector<std::string> label_lines(const EventGraph& graph, NodeId node, Language language) {
  const Text& text =
      graph.kind(node) == NodeKind::event ? graph.event(node).title : graph.entity(node).name;
  std::vector<std::string> lines =
      wrapped_lines(text_lines(text, language), label_columns, label_lines_per_text);
  if (lines.empty()) lines.push_back(graph.id(node));
  return lines;
}

void style_event(DotGraph& dot, DotGraph::Node node, const Event& event,
                 const std::vector<std::string>& lines) {
  dot.set(node, "shape", "box");
  std::string_view style = "rounded,filled";
  std::string_view color = graph_ink;
  std::string_view fill = "#e8f0fa";
  std::string_view font = graph_ink;
  switch (event.status) {
    case EventStatus::happened:
      break;
    case EventStatus::planned:
      style = "rounded,filled,dashed";
      break;
    case EventStatus::reported:
      style = "rounded,filled,dotted";
      break;
    case EventStatus::cancelled:
      // Graphviz cannot round a box with cut corners; the struck-through label says the rest.
      style = "filled,diagonals";
      color = "#8c8c8c";
      fill = "#f3f3f3";
      font = "#8c8c8c";
      break;
    case EventStatus::superseded:
      color = "#b8bec6";
      fill = "#f7f8fa";
      font = "#98a0a8";
      break;
  }
  dot.set(node, "style", style);
  dot.set(node, "color", color);
  dot.set(node, "fillcolor", fill);
  dot.set(node, "fontcolor", font);
  if (event.status == EventStatus::cancelled) {
    std::string html;
    for (const std::string& line : lines) {
      if (!html.empty()) html += "<BR/>";
      html += "<S>" + escape_html_text(line) + "</S>";
    }
    dot.set_html(node, "label", html);
  } else {
    dot.set(node, "label", escape_label(joined_lines(lines, "\n")));
  }
}

void style_entity(DotGraph& dot, DotGraph::Node node, const Entity& entity,
                  const std::vector<std::string>& lines) {
  std::string_view shape = "ellipse";
  std::string_view fill = "#ffffff";
  switch (entity.kind) {
    case EntityKind::person:
      fill = "#fff7e6";
      break;
    case EntityKind::organization:
      shape = "box3d";
      fill = "#eef7ee";
      break;
    case EntityKind::place:
      shape = "house";
      fill = "#f3eefa";
      break;
    case EntityKind::product:
      shape = "component";
      fill = "#fdeeee";
      break;
    case EntityKind::other:
      break;
  }
  dot.set(node, "shape", shape);
  dot.set(node, "style", "filled");
  dot.set(node, "fillcolor", fill);
  dot.set(node, "label", escape_label(joined_lines(lines, "\n")));
}

void style_relation(DotGraph& dot, DotGraph::Edge edge, const Relation& relation) {
  std::string_view color = graph_ink;
  std::string_view style = "solid";
  if (relation.implied) {
    color = graph_faint;
    dot.set(edge, "fontcolor", graph_faint_text);
    dot.set(edge, "arrowsize", "0.5");
    if (relation.type == RelationType::located_at) style = "dashed";
    if (relation.type == RelationType::affiliated_with) style = "dotted";
  } else if (is_temporal(relation.type)) {
    color = "#33526e";
  } else {
    switch (relation.type) {
      case RelationType::part_of:
        color = "#555555";
        dot.set(edge, "arrowhead", "onormal");
        break;
      case RelationType::causes:
      case RelationType::motivates:
        color = "#b03a2e";
        style = relation.type == RelationType::causes ? "bold" : "solid";
        break;
      case RelationType::supersedes:
        color = "#7f8c8d";
        style = "dashed";
        break;
      case RelationType::reported_by:
        color = "#6c3483";
        style = "dotted";
        break;
      case RelationType::works_for:
      case RelationType::owns:
      case RelationType::supplies:
        color = "#1e8449";
        break;
      case RelationType::competes_with:
        color = "#1e8449";
        dot.set(edge, "dir", "both");
        break;
      default:
        color = "#444444";
        break;
    }
  }
  dot.set(edge, "color", color);
  if (style != "solid") dot.set(edge, "style", style);
  if (!relation.implied) dot.set(edge, "fontcolor", color);
}

void set_graph_defaults(DotGraph& dot, const EventGraph& graph, Language language,
                        const std::vector<std::string>& caption) {
  dot.set_graph("rankdir", "LR");
  dot.set_graph("fontname", graph_fontname);
  dot.set_graph("outputorder", "edgesfirst");
  const std::vector<std::string> title =
      wrapped_lines(text_lines(graph.info.title, language), 2 * label_columns, 2);
  if (!caption.empty()) {
    // The title as before, the caption under it smaller and grey: an HTML-like label.
    std::string html;
    for (const std::string& line : title)
      html += "<FONT POINT-SIZE=\"16\">" + escape_html_text(line) + "</FONT><BR/>";
    for (const std::string& line : wrapped_lines(caption, 3 * label_columns, 3)) {
      html += fmt::format("<FONT POINT-SIZE=\"12\" COLOR=\"{}\">{}</FONT><BR/>", graph_faint_text,
                          escape_html_text(line));
    }
    dot.set_html(dot.root(), "label", html);
    dot.set_graph("labelloc", "t");
  } else if (!title.empty()) {
    dot.set_graph("label", escape_label(joined_lines(title, "\n")));
    dot.set_graph("labelloc", "t");
    dot.set_graph("fontsize", "16");
  }
  dot.set_node_default("fontname", graph_fontname);
  dot.set_node_default("fontsize", "11");
  dot.set_node_default("color", graph_ink);
  dot.set_node_default("fontcolor", graph_ink);
  dot.set_edge_default("fontname", graph_fontname);
  dot.set_edge_default("fontsize", "9");
  dot.set_edge_default("arrowsize", "0.7");
}

void set_large_layout(DotGraph& dot, std::string_view engine) {
  dot.set_graph("layout", engine);
  dot.set_graph("overlap", "prism");  // neato and sfdp leave overlaps by default
  dot.set_graph("splines", "false");  // spline routing dominates the time of large layouts
  // Disconnected parts (events linked to nothing) side by side in rows: the default polyomino
  // packing is quadratic in their number (10k unrelated events: over 100 s; in rows, 1 s).
  dot.set_graph("packmode", "array");
}

}  // namespace chronograph::detail
