#pragma once
// Internal: how the relationship graph's nodes and edges look (docs/graph.md, "Nodes", "Edges"):
// labels wrapped to size, shapes and fills by kind, outlines by status, lines by relation type.
// Shared by the event graph and the entity graph (graph_view.cpp, entity_graph.cpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"
#include "render/common/graph_data.hpp"
#include "render/graphviz/cgraph.hpp"

namespace chronograph::detail {

// Graphviz writes `fontname` verbatim into SVG `font-family`, and pango measures text with the
// first family of the list it finds installed; the list therefore measures with Noto Sans CJK
// (Debian fonts-noto-cjk) and lets viewers without it fall back to their own Hangul fonts.
inline constexpr std::string_view graph_fontname =
    "Noto Sans CJK KR,Noto Sans KR,Malgun Gothic,Apple SD Gothic Neo,sans-serif";

inline constexpr std::string_view graph_ink = "#2b3a4a";
inline constexpr std::string_view graph_faint = "#a7b0ba";
inline constexpr std::string_view graph_faint_text = "#7d8791";

// Node labels wrap at this many columns, three lines per language at most; the tooltip keeps the
// whole title.
inline constexpr std::size_t label_columns = 40;
inline constexpr std::size_t label_lines_per_text = 3;

[[nodiscard]] std::string joined_lines(const std::vector<std::string>& lines,
                                       std::string_view separator);
// Each line broken into lines of at most `columns` (wrap_label), in order.
[[nodiscard]] std::vector<std::string> wrapped_lines(const std::vector<std::string>& lines,
                                                     std::size_t columns, std::size_t max_lines);
// Every line of `text` wrapped like a node label's, joined again by newlines.
[[nodiscard]] std::string wrapped(std::string_view text);
// The node's title or name in `language` (then the other language), wrapped; the id if none.
[[nodiscard]] std::vector<std::string> label_lines(const EventGraph& graph, NodeId node,
                                                   Language language);

// What the node or edge means, for gvpr and networkx: the same names and values as GraphML and
// GEXF (graph_data.hpp), written so that cgraph's quoting keeps them.
void set_node_data(DotGraph& dot, DotGraph::Node node, const EventGraph& graph, NodeId id);
void set_edge_data(DotGraph& dot, DotGraph::Edge edge, const GraphEdge& data);
// A data value as cgraph should get it: a backslash at the very end would escape the closing quote,
// so it gets a space after it (docs/graph.md, "Attributes").
[[nodiscard]] std::string dot_data_value(std::string value);

void style_event(DotGraph& dot, DotGraph::Node node, const Event& event,
                 const std::vector<std::string>& lines);
void style_entity(DotGraph& dot, DotGraph::Node node, const Entity& entity,
                  const std::vector<std::string>& lines);
void style_relation(DotGraph& dot, DotGraph::Edge edge, const Relation& relation);

// The graph's defaults (fonts, sizes, rankdir) and its label: the title, and under it in smaller
// grey type the caption saying what the drawing folds or aggregates (scale_caption).
void set_graph_defaults(DotGraph& dot, const EventGraph& graph, Language language,
                        const std::vector<std::string>& caption);

// What `neato` and `sfdp` need to lay a large graph out in seconds and legibly: the engine named in
// the DOT (so `dot -Tsvg` on the file lays it out alike), overlaps removed, straight edges,
// disconnected parts packed in rows (docs/graph.md, "Size").
void set_large_layout(DotGraph& dot, std::string_view engine);

}  // namespace chronograph::detail
