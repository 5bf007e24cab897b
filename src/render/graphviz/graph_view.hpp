#pragma once
// Internal: the relationship graph (events, entities, typed edges, one cluster per organisation)
// as a Graphviz graph. render_graph_dot writes it; render_graph_svg lays it out. See docs/graph.md.

#include <cstddef>
#include <string>
#include <string_view>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "render/graphviz/cgraph.hpp"

namespace chronograph::detail {

// Graphviz writes `fontname` verbatim into SVG `font-family`, and pango measures text with the
// first family of the list it finds installed; the list therefore measures with Noto Sans CJK
// (Debian fonts-noto-cjk) and lets viewers without it fall back to their own Hangul fonts.
inline constexpr std::string_view graph_fontname =
    "Noto Sans CJK KR,Noto Sans KR,Malgun Gothic,Apple SD Gothic Neo,sans-serif";

// Above this many nodes the SVG is laid out by `sfdp` instead of `dot`.
inline constexpr std::size_t large_graph_nodes = 1500;

[[nodiscard]] std::string_view graph_layout_engine(std::size_t node_count);

// What `sfdp` needs to lay a large graph out in seconds and legibly: overlaps removed, straight
// edges, disconnected parts packed in rows (see docs/graph.md).
void set_large_layout(DotGraph& dot);

// The graph as DOT text. With a report, the derived order it proves is drawn as faint dashed
// edges; without, not at all. Text, not a DotGraph: cgraph would write the nodes of clusters
// inside them again (see with_clusters in graph_view.cpp).
[[nodiscard]] std::string relationship_graph_dot(const EventGraph& graph, Language language,
                                                 const ReasonReport* report = nullptr);

}  // namespace chronograph::detail
