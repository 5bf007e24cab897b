#include "render/graphviz/graph_view.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "chronograph/render.hpp"
#include "layout/contradictions.hpp"
#include "render/common/conflict_text.hpp"
#include "render/common/graph_data.hpp"
#include "render/common/graph_text.hpp"

namespace chronograph::detail {

namespace {

using graph_view::entity_tooltip;
using graph_view::event_tooltip;
using graph_view::relation_label;
using graph_view::relation_tooltip;
using graph_view::text_lines;
using graph_view::wrap_label;

constexpr std::string_view ink = "#2b3a4a";
constexpr std::string_view faint = "#a7b0ba";
constexpr std::string_view faint_text = "#7d8791";
constexpr std::string_view derived = "#b9c6d3";

std::string joined_lines(const std::vector<std::string>& lines, std::string_view separator) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += separator;
    out += line;
  }
  return out;
}

// cgraph writes a value verbatim between quotes, escaping only `"`: a backslash at the very end
// would escape the closing quote, so it gets a space after it (docs/graph.md, "Attributes").
std::string dot_data_value(std::string value) {
  if (!value.empty() && value.back() == '\\') value += ' ';
  return value;
}

// What the node means, for gvpr and networkx: the same names and values as GraphML and GEXF.
void set_node_data(DotGraph& dot, DotGraph::Node node, const EventGraph& graph, NodeId id) {
  for (DataField& field : node_data(graph, id))
    dot.set(node, field.name, dot_data_value(std::move(field.value)));
}

// Node labels wrap at this many columns, three lines per language at most; the tooltip keeps the
// whole title.
constexpr std::size_t label_columns = 40;
constexpr std::size_t label_lines_per_text = 3;

// Each line broken into lines of at most `columns` (wrap_label), in order.
std::vector<std::string> wrapped_lines(const std::vector<std::string>& lines, std::size_t columns,
                                       std::size_t max_lines) {
  std::vector<std::string> out;
  for (const std::string& line : lines)
    for (std::string& piece : wrap_label(line, columns, max_lines)) out.push_back(std::move(piece));
  return out;
}

// Every line of `text` wrapped like a node label's, joined again by newlines.
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
  std::string_view color = ink;
  std::string_view fill = "#e8f0fa";
  std::string_view font = ink;
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
  std::string_view color = ink;
  std::string_view style = "solid";
  if (relation.implied) {
    color = faint;
    dot.set(edge, "fontcolor", faint_text);
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

// cgraph writes a node that is in a cluster inside the cluster's block, and readers that look only
// at top-level statements (networkx.nx_pydot.read_dot) then see it without its attributes. So the
// nodes and edges are written from one graph and the clusters, naming their nodes only, from
// another, spliced in before the closing brace: to Graphviz the same graph.
std::string with_clusters(std::string body, const std::string& clusters) {
  const std::size_t first = clusters.find("\n\tsubgraph ");
  const std::size_t body_close = body.rfind('}');
  const std::size_t clusters_close = clusters.rfind('}');
  if (first == std::string::npos || body_close == std::string::npos ||
      clusters_close == std::string::npos || clusters_close < first)
    return body;
  body.replace(body_close, std::string::npos,
               clusters.substr(first + 1, clusters_close - first - 1) + "}\n");
  return body;
}

// Places entities in one cluster per organisation that has members; an organisation that is
// itself affiliated with a clustered organisation gets its cluster nested inside that one.
class Builder {
 public:
  Builder(const EventGraph& graph, Language language, const ReasonReport* report)
      : graph_(graph),
        language_(language),
        report_(report),
        contradictions_(report != nullptr ? scene_contradictions(*report)
                                          : std::vector<SceneContradiction>{}),
        dot_("chronograph"),
        cluster_dot_("chronograph") {}

  std::string build() {
    set_defaults();
    find_organisations_with_members();
    std::vector<DotGraph::Node> nodes(graph_.node_count());
    for (const NodeId event : graph_.events()) {
      nodes[event] = dot_.add_node(graph_.id(event));
      set_node_data(dot_, nodes[event], graph_, event);
      style_event(dot_, nodes[event], graph_.event(event), label_lines(graph_, event, language_));
      dot_.set(nodes[event], "tooltip",
               escape_tooltip(event_tooltip(graph_, event, language_) +
                              contradiction_tooltip(contradictions_, event, language_)));
      if (contradicts_event(contradictions_, event)) mark_conflict(nodes[event]);
    }
    for (const NodeId entity : graph_.entities()) {
      nodes[entity] = dot_.add_node(graph_.id(entity));
      if (const auto organisation = home(entity)) {
        const DotGraph::Subgraph around = cluster(*organisation);
        if (around.handle != cluster_dot_.root().handle)
          (void)cluster_dot_.add_node(graph_.id(entity), around);
      }
      set_node_data(dot_, nodes[entity], graph_, entity);
      style_entity(dot_, nodes[entity], graph_.entity(entity),
                   label_lines(graph_, entity, language_));
      dot_.set(nodes[entity], "tooltip", escape_tooltip(entity_tooltip(graph_, entity, language_)));
    }
    for (const Relation& relation : graph_.relations()) {
      const DotGraph::Edge edge = dot_.add_edge(nodes[relation.from], nodes[relation.to]);
      dot_.set(edge, "type", edge_type(relation));
      if (shown_by_cluster(relation)) {
        // Drawn as nesting; the edge stays in the data. Invisible and not ranked, so the
        // picture is the cluster's alone.
        dot_.set(edge, "style", "invis");
        dot_.set(edge, "constraint", "false");
        continue;
      }
      style_relation(dot_, edge, relation);
      const std::string label = wrapped(relation_label(relation));
      if (!label.empty()) dot_.set(edge, "label", escape_label(label));
      dot_.set(edge, "tooltip", escape_tooltip(relation_tooltip(graph_, relation, language_)));
      if (contradicts_relation(contradictions_, relation.sequence)) mark_conflict(edge);
    }
    if (report_ != nullptr) add_derived_order(nodes);
    return with_clusters(dot_.write(), cluster_dot_.write());
  }

 private:
  // The conflict colour over whatever the status or type chose (the SVG views' red ring).
  template <typename Item>
  void mark_conflict(Item item) {
    dot_.set(item, "color", conflict_colour);
    dot_.set(item, "penwidth", "2.5");
  }

  void set_defaults() {
    dot_.set_graph("rankdir", "LR");
    dot_.set_graph("fontname", graph_fontname);
    dot_.set_graph("outputorder", "edgesfirst");
    const std::vector<std::string> title =
        wrapped_lines(text_lines(graph_.info.title, language_), 2 * label_columns, 2);
    if (!title.empty()) {
      dot_.set_graph("label", escape_label(joined_lines(title, "\n")));
      dot_.set_graph("labelloc", "t");
      dot_.set_graph("fontsize", "16");
    }
    dot_.set_node_default("fontname", graph_fontname);
    dot_.set_node_default("fontsize", "11");
    dot_.set_node_default("color", ink);
    dot_.set_node_default("fontcolor", ink);
    dot_.set_edge_default("fontname", graph_fontname);
    dot_.set_edge_default("fontsize", "9");
    dot_.set_edge_default("arrowsize", "0.7");
  }

  // Order the reasoner proved but no drawn edge states: one faint arrow per neighbour pair of the
  // reduced order (shown_derived_order).
  void add_derived_order(const std::vector<DotGraph::Node>& nodes) {
    for (const DerivedOrder& order : shown_derived_order(graph_, *report_)) {
      const DotGraph::Edge edge = dot_.add_edge(nodes[order.first], nodes[order.second]);
      dot_.set(edge, "type", derived_edge_type);
      dot_.set(edge, "color", derived);
      dot_.set(edge, "style", "dashed");
      dot_.set(edge, "penwidth", "0.8");
      dot_.set(edge, "arrowhead", "vee");
      dot_.set(edge, "arrowsize", "0.5");
      dot_.set(edge, "tooltip",
               escape_tooltip(graph_view::derived_order_tooltip(graph_, order, language_)));
    }
  }

  [[nodiscard]] std::optional<NodeId> affiliation(NodeId entity) const {
    return graph_.entity(entity).affiliation;
  }

  void find_organisations_with_members() {
    for (const NodeId entity : graph_.entities()) {
      const auto organisation = affiliation(entity);
      if (organisation && *organisation != entity &&
          graph_.kind(*organisation) == NodeKind::entity &&
          graph_.entity(*organisation).kind == EntityKind::organization) {
        clustered_.insert(*organisation);
      }
    }
  }

  // The organisation whose cluster holds `entity`, if any.
  [[nodiscard]] std::optional<NodeId> home(NodeId entity) const {
    if (clustered_.contains(entity)) return entity;
    const auto organisation = affiliation(entity);
    if (organisation && clustered_.contains(*organisation)) return organisation;
    return std::nullopt;
  }

  DotGraph::Subgraph cluster(NodeId organisation) {
    if (const auto found = clusters_.find(organisation); found != clusters_.end()) {
      return found->second.subgraph;
    }
    if (!opening_.insert(organisation).second) return cluster_dot_.root();  // affiliation cycle
    std::optional<NodeId> parent;
    DotGraph::Subgraph parent_subgraph = cluster_dot_.root();
    if (const auto outer = affiliation(organisation); outer && clustered_.contains(*outer)) {
      parent_subgraph = cluster(*outer);
      if (parent_subgraph.handle != cluster_dot_.root().handle) parent = outer;
    }
    opening_.erase(organisation);
    const DotGraph::Subgraph subgraph =
        cluster_dot_.add_subgraph("cluster_" + graph_.id(organisation), parent_subgraph);
    cluster_dot_.set(
        subgraph, "label",
        escape_label(joined_lines(label_lines(graph_, organisation, language_), "\n")));
    cluster_dot_.set(subgraph, "tooltip",
                     escape_tooltip(entity_tooltip(graph_, organisation, language_)));
    cluster_dot_.set(subgraph, "style", "rounded");
    cluster_dot_.set(subgraph, "color", "#b5c4b1");
    cluster_dot_.set(subgraph, "fontcolor", "#3d5a3a");
    cluster_dot_.set(subgraph, "fontsize", "12");
    clusters_.emplace(organisation, Cluster{subgraph, parent});
    return subgraph;
  }

  // Membership drawn as nesting needs no edge.
  [[nodiscard]] bool shown_by_cluster(const Relation& relation) const {
    if (!relation.implied || relation.type != RelationType::affiliated_with) return false;
    std::optional<NodeId> around = home(relation.from);
    while (around) {
      if (*around == relation.to) return true;
      const auto found = clusters_.find(*around);
      around = found == clusters_.end() ? std::nullopt : found->second.parent;
    }
    return false;
  }

  struct Cluster {
    DotGraph::Subgraph subgraph;
    std::optional<NodeId> parent;
  };

  const EventGraph& graph_;
  Language language_;
  const ReasonReport* report_;
  std::vector<SceneContradiction> contradictions_;
  DotGraph dot_;          // nodes, edges and their attributes
  DotGraph cluster_dot_;  // the clusters, naming their nodes only (with_clusters)
  std::set<NodeId> clustered_;
  std::map<NodeId, Cluster> clusters_;
  std::set<NodeId> opening_;
};

}  // namespace

std::string_view graph_layout_engine(std::size_t node_count) {
  return node_count > large_graph_nodes ? "sfdp" : "dot";
}

void set_large_layout(DotGraph& dot) {
  dot.set_graph("overlap", "prism");  // sfdp leaves overlaps by default
  dot.set_graph("splines", "false");  // spline routing dominates the time of large layouts
  // Disconnected parts (events linked to nothing) side by side in rows: the default polyomino
  // packing is quadratic in their number (10k unrelated events: over 100 s; in rows, 1 s).
  dot.set_graph("packmode", "array");
}

std::string relationship_graph_dot(const EventGraph& graph, Language language,
                                   const ReasonReport* report) {
  return Builder(graph, language, report).build();
}

}  // namespace chronograph::detail

namespace chronograph {

namespace {

Result<std::string> graph_dot(const EventGraph& graph, const ReasonReport* report,
                              const RenderOptions& options) {
  Result<std::string> result;
  result.value = detail::relationship_graph_dot(graph, options.language, report);
  return result;
}

Result<std::string> graph_svg(const EventGraph& graph, const ReasonReport* report,
                              const RenderOptions& options) {
  // Lay out the DOT text itself, so `dot -Tsvg` on render_graph_dot's output draws the same.
  const std::string text = detail::relationship_graph_dot(graph, options.language, report);
  Result<detail::DotGraph> parsed = detail::DotGraph::parse(text);
  if (!parsed.value) return {std::nullopt, std::move(parsed.diagnostics)};
  detail::DotGraph& dot = *parsed.value;
  const std::string_view engine = detail::graph_layout_engine(graph.node_count());
  if (engine == "sfdp") detail::set_large_layout(dot);
  Result<std::string> result = dot.render(engine, "svg");
  result.diagnostics.insert(result.diagnostics.begin(), parsed.diagnostics.begin(),
                            parsed.diagnostics.end());
  return result;
}

}  // namespace

Result<std::string> render_graph_dot(const EventGraph& graph, const RenderOptions& options) {
  return graph_dot(graph, nullptr, options);
}

Result<std::string> render_graph_dot(const EventGraph& graph, const ReasonReport& report,
                                     const RenderOptions& options) {
  return graph_dot(graph, &report, options);
}

Result<std::string> render_graph_svg(const EventGraph& graph, const RenderOptions& options) {
  return graph_svg(graph, nullptr, options);
}

Result<std::string> render_graph_svg(const EventGraph& graph, const ReasonReport& report,
                                     const RenderOptions& options) {
  return graph_svg(graph, &report, options);
}

}  // namespace chronograph
