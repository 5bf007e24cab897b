#include "render/graphviz/graph_view.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <string>
#include <tuple>
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
using graph_view::merged_label;
using graph_view::merged_tooltip;
using graph_view::node_title;

constexpr std::string_view derived = "#b9c6d3";
constexpr std::string_view frame_outline = "#c8d5e2";
constexpr std::string_view frame_fill = "#f6f9fc";

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

// The event graph, whole or with folded entities (plan_graph). Places entities in one cluster per
// organisation that has members when `dot` lays it out; an organisation that is itself affiliated
// with a clustered organisation gets its cluster nested inside that one. The other engines draw no
// clusters, so there memberships are dotted edges.
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

  RelationshipGraph build() {
    const std::vector<GraphEdge> edges = graph_edges(graph_, report_);
    const GraphPlan plan = plan_graph(graph_, edges);
    RelationshipGraph out{{}, plan.engine, plan.drawing, scale_caption(plan, graph_), {}};
    if (plan.drawing == GraphDrawing::entities) {
      out.dot = entity_graph_dot(graph_, language_, plan, out.caption, out.work);
      return out;
    }
    folding_ = &plan.folding;
    drawing_ = plan.drawing;
    set_graph_defaults(dot_, graph_, language_, out.caption);
    if (plan.engine != "dot") set_large_layout(dot_, plan.engine);
    if (plan.engine == "dot") {
      dot_.set(dot_.root(), "newrank", "true");
      find_organisations_with_members();
    }
    nodes_.resize(graph_.node_count());
    if (plan.engine == "dot") loosen_late_participations(edges);
    for (const NodeId event : graph_.events()) add_event(event);
    for (const NodeId entity : graph_.entities())
      if (!dropped(entity)) add_entity(entity);
    for (const GraphEdge& edge : edges) {
      if (dropped(edge.from) || dropped(edge.to)) continue;
      if (edge.relation) {
        add_relation(edge);
      } else if (edge.order) {
        add_derived_order(*edge.order);
      }
    }
    out.dot = clustered_.empty() && frames_.empty()
                  ? dot_.write()
                  : with_clusters(dot_.write(), cluster_dot_.write());
    out.work = work_;
    return out;
  }

 private:
  // The event an entity is folded into, in the framed or folded drawing.
  [[nodiscard]] std::optional<NodeId> folded_into(NodeId node) const {
    return folding_->into.empty() ? std::nullopt : folding_->into[node];
  }
  // Written on its event's box instead of drawn (the folded drawing).
  [[nodiscard]] bool dropped(NodeId node) const {
    return drawing_ == GraphDrawing::folded && folded_into(node);
  }
  // Drawn inside its event's frame (the framed drawing).
  [[nodiscard]] std::optional<NodeId> framed_in(NodeId node) const {
    return drawing_ == GraphDrawing::framed ? folded_into(node) : std::nullopt;
  }

  DotGraph::Edge new_edge(NodeId from, NodeId to) {
    ++work_.edges;
    return dot_.add_edge(nodes_[from], nodes_[to]);
  }

  void add_event(NodeId event) {
    ++work_.nodes;
    const DotGraph::Node node = nodes_[event] = dot_.add_node(graph_.id(event));
    set_node_data(dot_, node, graph_, event);
    std::vector<std::string> lines = label_lines(graph_, event, language_);
    std::string tooltip = event_tooltip(graph_, event, language_);
    const std::vector<NodeId> none;
    const std::vector<NodeId>& inside = folding_->folded.empty() ? none : folding_->folded[event];
    if (drawing_ == GraphDrawing::framed && !inside.empty()) {
      (void)cluster_dot_.add_node(graph_.id(event), frame(event));
    } else if (!inside.empty()) {
      // Folded entities: named after "+" on the box's last lines, listed in the tooltip, their
      // ids in `folded` for programs.
      std::string names, listed, ids;
      for (const NodeId entity : inside) {
        const std::string name = node_title(graph_, entity, language_);
        names += (names.empty() ? "+ " : ", ") + name;
        listed += fmt::format("{}{} ({})", listed.empty() ? "" : ", ", name,
                              to_string(graph_.entity(entity).kind));
        ids += (ids.empty() ? "" : " ") + graph_.id(entity);
      }
      for (std::string& line : graph_view::wrap_label(names, label_columns, 2))
        lines.push_back(std::move(line));
      tooltip += "\nfolded into this box: " + listed;
      dot_.set(node, "folded", dot_data_value(ids));
    }
    style_event(dot_, node, graph_.event(event), lines);
    dot_.set(node, "tooltip",
             escape_tooltip(tooltip + contradiction_tooltip(contradictions_, event, language_)));
    if (contradicts_event(contradictions_, event)) mark_conflict(node);
  }

  void add_entity(NodeId entity) {
    ++work_.nodes;
    const DotGraph::Node node = nodes_[entity] = dot_.add_node(graph_.id(entity));
    std::vector<std::string> lines = label_lines(graph_, entity, language_);
    if (const auto event = framed_in(entity)) {
      (void)cluster_dot_.add_node(graph_.id(entity), frame(*event));
      if (std::string line = frame_line(entity, *event); !line.empty())
        lines.push_back(std::move(line));
    } else if (const auto organisation = home(entity)) {
      const DotGraph::Subgraph around = cluster(*organisation);
      if (around.handle != cluster_dot_.root().handle)
        (void)cluster_dot_.add_node(graph_.id(entity), clusters_.at(*organisation).rows);
    }
    set_node_data(dot_, node, graph_, entity);
    style_entity(dot_, node, graph_.entity(entity), lines);
    dot_.set(node, "tooltip", escape_tooltip(entity_tooltip(graph_, entity, language_)));
  }

  void add_relation(const GraphEdge& merged) {
    const Relation& relation = *merged.relation;
    const DotGraph::Edge edge = new_edge(merged.from, merged.to);
    set_edge_data(dot_, edge, merged);
    if (shown_by_cluster(relation) || shown_by_frame(relation)) {
      // Drawn as nesting; the edge stays in the data. Invisible and not ranked, so the
      // picture is the cluster's alone.
      dot_.set(edge, "style", "invis");
      dot_.set(edge, "constraint", "false");
      return;
    }
    style_relation(dot_, edge, relation);
    if (loose_.contains({merged.from, merged.to})) dot_.set(edge, "constraint", "false");
    const std::string label = wrapped(merged_label(merged));
    if (!label.empty()) dot_.set(edge, "label", escape_label(label));
    dot_.set(edge, "tooltip", escape_tooltip(merged_tooltip(graph_, merged, language_)));
    if (std::any_of(merged.sequences.begin(), merged.sequences.end(), [&](std::uint32_t sequence) {
          return contradicts_relation(contradictions_, sequence);
        }))
      mark_conflict(edge);
  }

  // dot ranks an edge's head after its tail, so an entity in many events would be ranked after
  // the last of them, at the far right, with every edge crossing the page. Only the edges from its
  // earlier half of events (by reasoned start) rank it: it stands near its middle event, and its
  // edges run both ways from there.
  void loosen_late_participations(std::span<const GraphEdge> edges) {
    std::map<NodeId, std::vector<NodeId>> events_of;
    for (const GraphEdge& edge : edges) {
      if (!edge.relation || !edge.relation->implied ||
          edge.relation->type == RelationType::affiliated_with || framed_in(edge.to))
        continue;
      events_of[edge.to].push_back(edge.from);
    }
    auto earlier = [this](NodeId a, NodeId b) {
      const Bounds& first = graph_.event(a).start;
      const Bounds& second = graph_.event(b).start;
      return std::tuple(first.earliest, first.latest, a) <
             std::tuple(second.earliest, second.latest, b);
    };
    for (auto& [entity, events] : events_of) {
      std::sort(events.begin(), events.end(), earlier);
      for (std::size_t i = (events.size() + 1) / 2; i < events.size(); ++i)
        loose_.insert({events[i], entity});
    }
  }

  // The conflict colour over whatever the status or type chose (the SVG views' red ring).
  template <typename Item>
  void mark_conflict(Item item) {
    dot_.set(item, "color", conflict_colour);
    dot_.set(item, "penwidth", "2.5");
  }

  // Order the reasoner proved but no drawn edge states: one faint arrow per neighbour pair of the
  // reduced order (shown_derived_order).
  void add_derived_order(const DerivedOrder& order) {
    const DotGraph::Edge edge = new_edge(order.first, order.second);
    dot_.set(edge, "type", derived_edge_type);
    dot_.set(edge, "color", derived);
    dot_.set(edge, "style", "dashed");
    dot_.set(edge, "penwidth", "0.8");
    dot_.set(edge, "arrowhead", "vee");
    dot_.set(edge, "arrowsize", "0.5");
    dot_.set(edge, "tooltip",
             escape_tooltip(graph_view::derived_order_tooltip(graph_, order, language_)));
  }

  [[nodiscard]] std::optional<NodeId> affiliation(NodeId entity) const {
    return graph_.entity(entity).affiliation;
  }

  void find_organisations_with_members() {
    for (const NodeId entity : graph_.entities()) {
      const auto organisation = affiliation(entity);
      if (organisation && *organisation != entity && !framed_in(entity) &&
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
    // No label: the organisation's own node inside the cluster names it, once. Set empty, or the
    // cluster would take the graph's title (a graph attribute's value is every subgraph's default).
    cluster_dot_.set(subgraph, "label", "");
    cluster_dot_.set(subgraph, "tooltip",
                     escape_tooltip(entity_tooltip(graph_, organisation, language_)));
    cluster_dot_.set(subgraph, "style", "rounded");
    cluster_dot_.set(subgraph, "color", "#b5c4b1");
    cluster_dot_.set(subgraph, "fontcolor", "#3d5a3a");
    cluster_dot_.set(subgraph, "fontsize", "12");
    clusters_.emplace(organisation, Cluster{subgraph, one_rank(subgraph, organisation), parent});
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

  // The frame around an event and the entities folded into it: a cluster holding one rank, so in
  // `rankdir=LR` they stand in one column under the event, as its participant rows.
  DotGraph::Subgraph frame(NodeId event) {
    if (const auto found = frames_.find(event); found != frames_.end()) return found->second;
    const std::string& id = graph_.id(event);
    const DotGraph::Subgraph around = cluster_dot_.add_subgraph("cluster_" + id);
    cluster_dot_.set(around, "label", "");
    cluster_dot_.set(around, "tooltip", escape_tooltip(node_title(graph_, event, language_)));
    cluster_dot_.set(around, "style", "rounded,filled");
    cluster_dot_.set(around, "color", frame_outline);
    cluster_dot_.set(around, "fillcolor", frame_fill);
    return frames_.emplace(event, one_rank(around, event)).first->second;
  }

  // A cluster's own nodes in one rank: a column in `rankdir=LR`, so that a cluster is as wide as
  // its widest node rather than stretched across the ranks of the events its members take part in.
  // Needs `newrank` (set in build()), with which dot ranks clusters' subgraphs right; without
  // it, Graphviz 2.43 frees a cluster's edge-label nodes twice.
  DotGraph::Subgraph one_rank(DotGraph::Subgraph around, NodeId owner) {
    const DotGraph::Subgraph rows = cluster_dot_.add_subgraph("rows_" + graph_.id(owner), around);
    cluster_dot_.set(rows, "rank", "same");
    return rows;
  }

  // What the edges into the frame no longer say: the entity's role in its event and the
  // organisation it belongs to ("host · Samsung Electronics").
  [[nodiscard]] std::string frame_line(NodeId entity, NodeId event) const {
    std::string line;
    for (const Participant& participant : graph_.event(event).participants)
      if (participant.entity == entity && !participant.role.empty()) line = participant.role;
    if (const auto organisation = affiliation(entity); organisation && *organisation != entity) {
      if (!line.empty()) line += " · ";
      line += node_title(graph_, *organisation, language_);
    }
    return line;
  }

  // An implied edge of a framed entity (its participation, place or membership) is what the frame
  // draws.
  [[nodiscard]] bool shown_by_frame(const Relation& relation) const {
    return relation.implied && (framed_in(relation.from) || framed_in(relation.to));
  }

  struct Cluster {
    DotGraph::Subgraph subgraph;
    DotGraph::Subgraph rows;  // its own nodes, one rank
    std::optional<NodeId> parent;
  };

  const EventGraph& graph_;
  Language language_;
  const ReasonReport* report_;
  std::vector<SceneContradiction> contradictions_;
  DotGraph dot_;          // nodes, edges and their attributes
  DotGraph cluster_dot_;  // the clusters, naming their nodes only (with_clusters)
  std::vector<DotGraph::Node> nodes_;
  const Folding* folding_ = nullptr;
  GraphDrawing drawing_ = GraphDrawing::everything;
  std::map<NodeId, DotGraph::Subgraph> frames_;  // per framed event: its row subgraph
  std::set<std::pair<NodeId, NodeId>> loose_;    // (event, entity) edges that do not rank
  GraphViewWork work_;
  std::set<NodeId> clustered_;
  std::map<NodeId, Cluster> clusters_;
  std::set<NodeId> opening_;
};

}  // namespace

RelationshipGraph relationship_graph(const EventGraph& graph, Language language,
                                     const ReasonReport* report) {
  return Builder(graph, language, report).build();
}

}  // namespace chronograph::detail

namespace chronograph {

namespace {

// What the drawing folds or aggregates, as a note: the caption's words, for the reader of the
// diagnostics (the CLI prints it).
Diagnostics scale_notes(const EventGraph& graph, const detail::RelationshipGraph& drawn) {
  if (drawn.caption.empty()) return {};
  std::string message = "the relationship graph is too large to draw every node:";
  for (const std::string& line : drawn.caption) message += fmt::format(" {}", line);
  return {make_note({graph.info.path, {}, {}}, std::move(message))};
}

Result<std::string> graph_dot(const EventGraph& graph, const ReasonReport* report,
                              const RenderOptions& options) {
  detail::RelationshipGraph drawn = detail::relationship_graph(graph, options.language, report);
  return {std::move(drawn.dot), scale_notes(graph, drawn)};
}

Result<std::string> graph_svg(const EventGraph& graph, const ReasonReport* report,
                              const RenderOptions& options) {
  // Lay out the DOT text itself, so `dot -Tsvg` on render_graph_dot's output draws the same.
  const detail::RelationshipGraph drawn =
      detail::relationship_graph(graph, options.language, report);
  Result<detail::DotGraph> parsed = detail::DotGraph::parse(drawn.dot);
  if (!parsed.value) return {std::nullopt, std::move(parsed.diagnostics)};
  Result<std::string> result = parsed.value->render(drawn.engine, "svg");
  Diagnostics before = scale_notes(graph, drawn);
  before.insert(before.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
  result.diagnostics.insert(result.diagnostics.begin(), before.begin(), before.end());
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
