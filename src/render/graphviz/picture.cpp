#include "render/graphviz/picture.hpp"

#include <utility>

#include "render/graphviz/cgraph.hpp"
#include "render/graphviz/graph_view.hpp"

namespace chronograph::detail {

namespace {

Result<std::string> lay_out(const std::string& text, Diagnostics before, std::string_view engine,
                            std::string_view format, bool pinned) {
  Result<DotGraph> parsed = DotGraph::parse(text);
  before.insert(before.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
  if (!parsed.value) return {std::nullopt, std::move(before)};
  DotGraph& dot = *parsed.value;
  // Pinned positions are page coordinates already: moving the drawing to the origin would
  // shift it against the `bb` the view wrote.
  if (pinned) dot.set_graph("notranslate", "true");
  if (engine == "sfdp") {
    dot.set_graph("overlap", "prism");
    dot.set_graph("splines", "false");
  }
  Result<std::string> result = dot.render(engine, format);
  result.diagnostics.insert(result.diagnostics.begin(), before.begin(), before.end());
  return result;
}

}  // namespace

Result<std::string> render_graph_picture(const EventGraph& graph, const ReasonReport& report,
                                         const RenderOptions& options, std::string_view format) {
  // The same steps as render_graph_svg, so the png/pdf show the graph.svg picture.
  const std::string text = relationship_graph_dot(graph, options.language, &report);
  return lay_out(text, {}, graph_layout_engine(graph.node_count()), format, false);
}

Result<std::string> render_pinned_picture(const Result<std::string>& dot, std::string_view format) {
  if (!dot.value) return {std::nullopt, dot.diagnostics};
  return lay_out(*dot.value, dot.diagnostics, "nop2", format, true);
}

}  // namespace chronograph::detail
