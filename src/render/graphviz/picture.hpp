#pragma once
// Internal: binary pictures (png, pdf) through gvc's cairo renderers. The graph view is laid out by
// `dot` exactly like its SVG; pinned views (timeline, storyline) are drawn from their DOT text with
// `nop2`, which keeps every `pos` as written, so the picture is the one `neato -n2` shows.

#include <string>
#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/render.hpp"

namespace chronograph::detail {

// `format` is a gvc output format: "png" or "pdf" (also "svg", useful in tests).
[[nodiscard]] Result<std::string> render_graph_picture(const EventGraph& graph,
                                                       const ReasonReport& report,
                                                       const RenderOptions& options,
                                                       std::string_view format);

// `dot` is a view's pinned DOT as render_timeline_dot writes it (its diagnostics are kept).
[[nodiscard]] Result<std::string> render_pinned_picture(const Result<std::string>& dot,
                                                        std::string_view format);

}  // namespace chronograph::detail
