// Render-stage dispatch: picks the writer for a view and a format.

#include "chronograph/render.hpp"

#include "render/graphviz/picture.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace chronograph {

namespace {

constexpr std::array<std::pair<std::string_view, Format>, 12> format_names{{
    {"svg", Format::svg},
    {"dot", Format::dot},
    {"gv", Format::dot},
    {"json", Format::json},
    {"png", Format::png},
    {"pdf", Format::pdf},
    {"html", Format::html},
    {"htm", Format::html},
    {"scene", Format::scene},
    {"ics", Format::ics},
    {"csv", Format::csv},
    {"timelinejs", Format::timelinejs},
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

// One laid-out view (timeline or storyline) in a format; its layout diagnostics come along.
template <typename Scene, typename Svg, typename Dot>
Result<std::string> draw(const EventGraph& graph, const Scene& scene, Format format, Svg svg,
                         Dot dot) {
  Result<std::string> result;
  result.diagnostics = scene.diagnostics;
  switch (format) {
    case Format::dot:
      result.value = dot(graph, scene);
      break;
    case Format::scene:
      result.value = render_scene_json(graph, scene);
      break;
    case Format::png:
    case Format::pdf: {
      // Pinned positions: Graphviz draws our layout as it is.
      Result<std::string> picture = detail::render_pinned_picture(
          {dot(graph, scene), {}}, format == Format::png ? "png" : "pdf");
      result.value = std::move(picture.value);
      result.diagnostics.insert(result.diagnostics.end(), picture.diagnostics.begin(),
                                picture.diagnostics.end());
      break;
    }
    default:
      result.value = svg(graph, scene);
  }
  return result;
}

Result<std::string> render_graph_view(const EventGraph& graph, const ReasonReport& report,
                                      const RenderOptions& options) {
  switch (options.format) {
    case Format::dot:
      return render_graph_dot(graph, report, options);
    case Format::png:
      return detail::render_graph_picture(graph, report, options, "png");
    case Format::pdf:
      return detail::render_graph_picture(graph, report, options, "pdf");
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
  if (options.format == Format::html) return render_html(graph, report, options);
  if (options.format == Format::ics) return render_ics(graph, report, options);
  if (options.format == Format::csv) return {render_csv(graph, options), {}};
  if (options.format == Format::timelinejs) return render_timelinejs(graph, report, options);
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
