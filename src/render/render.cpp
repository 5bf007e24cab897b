// Render-stage dispatch: picks the writer for a view and a format.

#include "chronograph/render.hpp"

#include "render/raster/raster.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace chronograph {

namespace {

constexpr std::array<std::pair<std::string_view, Format>, 16> format_names{{
    {"svg", Format::svg},
    {"dot", Format::dot},
    {"gv", Format::dot},
    {"json", Format::json},
    {"png", Format::png},
    {"pdf", Format::pdf},
    {"html", Format::html},
    {"htm", Format::html},
    {"scene", Format::scene},
    {"graphml", Format::graphml},
    {"gexf", Format::gexf},
    {"ics", Format::ics},
    {"csv", Format::csv},
    {"timelinejs", Format::timelinejs},
    {"timeml", Format::timeml},
    {"tml", Format::timeml},
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

namespace {

// png and pdf are the view's own SVG drawn by librsvg, so they show what a browser shows (status
// styling, hatching, halos, legend); `svg`'s diagnostics come first. `name` names the input.
Result<std::string> rasterise(Result<std::string> svg, Format format, std::string_view name) {
  if (!svg.value) return svg;
  const detail::RasterOptions options{format == Format::png ? detail::RasterFormat::png
                                                            : detail::RasterFormat::pdf};
  Result<std::string> picture = detail::rasterise_svg(*svg.value, options, name);
  svg.diagnostics.insert(svg.diagnostics.end(), picture.diagnostics.begin(),
                         picture.diagnostics.end());
  return {std::move(picture.value), std::move(svg.diagnostics)};
}

// One laid-out view (timeline or storyline) in a format; its layout diagnostics come along.
template <typename Scene, typename Svg, typename Dot>
Result<std::string> draw(const EventGraph& graph, const Scene& scene, Format format, Svg svg,
                         Dot dot) {
  switch (format) {
    case Format::dot:
      return {dot(graph, scene), scene.diagnostics};
    case Format::scene:
      return {render_scene_json(graph, scene), scene.diagnostics};
    case Format::png:
    case Format::pdf:
      return rasterise({svg(graph, scene), scene.diagnostics}, format, graph.info.path);
    default:
      return {svg(graph, scene), scene.diagnostics};
  }
}

Result<std::string> render_graph_view(const EventGraph& graph, const ReasonReport& report,
                                      const RenderOptions& options) {
  switch (options.format) {
    case Format::dot:
      return render_graph_dot(graph, report, options);
    case Format::png:
    case Format::pdf:
      return rasterise(render_graph_svg(graph, report, options), options.format, graph.info.path);
    case Format::scene:
      return {std::nullopt,
              {make_error({graph.info.path, {}, {}},
                          "the graph view has no scene: Graphviz lays it out (use --format dot "
                          "or svg)")}};
    default:
      return render_graph_svg(graph, report, options);
  }
}

}  // namespace

Result<std::string> render(const EventGraph& graph, const ReasonReport& report,
                           const RenderOptions& options) {
  if (options.format == Format::json) return {render_json(graph, report), {}};
  if (options.format == Format::graphml || options.format == Format::gexf)
    return {options.format == Format::gexf ? render_gexf(graph, report, options)
                                           : render_graphml(graph, report, options),
            {}};
  if (options.format == Format::html) return render_html(graph, report, options);
  if (options.format == Format::ics) return render_ics(graph, report, options);
  if (options.format == Format::csv) return {render_csv(graph, options), {}};
  if (options.format == Format::timelinejs) return render_timelinejs(graph, report, options);
  if (options.format == Format::timeml) return render_timeml(graph, options);
  if (options.view == View::graph) return render_graph_view(graph, report, options);
  if (options.view == View::storyline) {
    const StorylineScene scene = storyline_scene(graph, report, options);
    return draw(
        graph, scene, options.format,
        [](const EventGraph& g, const StorylineScene& s) { return render_storyline_svg(g, s); },
        [](const EventGraph& g, const StorylineScene& s) { return render_storyline_dot(g, s); });
  }
  const Result<TimelineScene> scene = timeline_scene(graph, report, options);
  if (!scene.value) return {std::nullopt, scene.diagnostics};
  return draw(
      graph, *scene.value, options.format,
      [](const EventGraph& g, const TimelineScene& s) { return render_timeline_svg(g, s); },
      [](const EventGraph& g, const TimelineScene& s) { return render_timeline_dot(g, s); });
}

}  // namespace chronograph
