// Render-stage dispatch: picks the writer for a view and a format.

#include "chronograph/render.hpp"

#include "render/graphviz/picture.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace chronograph {

namespace {

constexpr std::array<std::pair<std::string_view, Format>, 8> format_names{{
    {"svg", Format::svg},
    {"dot", Format::dot},
    {"gv", Format::dot},
    {"json", Format::json},
    {"png", Format::png},
    {"pdf", Format::pdf},
    {"html", Format::html},
    {"htm", Format::html},
}};

}  // namespace

std::optional<Format> format_from_string(std::string_view name) {
  for (const auto& [text, format] : format_names)
    if (text == name) return format;
  return std::nullopt;
}

std::optional<Format> format_from_extension(std::string_view path) {
  const auto dot = path.rfind('.');
  const auto slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::nullopt;
  std::string extension(path.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return format_from_string(extension);
}

std::optional<View> view_from_string(std::string_view name) {
  if (name == "timeline") return View::timeline;
  if (name == "graph") return View::graph;
  if (name == "storyline") return View::storyline;
  return std::nullopt;
}

Result<std::string> render(const EventGraph& graph, const ReasonReport& report,
                           const RenderOptions& options) {
  if (options.format == Format::json) return {render_json(graph, report), {}};
  if (options.format == Format::html) return render_html(graph, report, options);
  if (options.format == Format::png || options.format == Format::pdf) {
    const std::string_view picture = options.format == Format::png ? "png" : "pdf";
    if (options.view == View::graph)
      return detail::render_graph_picture(graph, report, options, picture);
    // Timeline and storyline carry pinned positions, so Graphviz draws our layout as it is.
    return detail::render_pinned_picture(options.view == View::storyline
                                             ? render_storyline_dot(graph, report, options)
                                             : render_timeline_dot(graph, report, options),
                                         picture);
  }
  if (options.view == View::graph)
    return options.format == Format::dot ? render_graph_dot(graph, report, options)
                                         : render_graph_svg(graph, report, options);
  if (options.view == View::storyline)
    return options.format == Format::dot ? render_storyline_dot(graph, report, options)
                                         : render_storyline_svg(graph, report, options);
  return options.format == Format::dot ? render_timeline_dot(graph, report, options)
                                       : render_timeline_svg(graph, report, options);
}

}  // namespace chronograph
