// The layout stage as a render call runs it: the options of a render call become layout options.

#include <fmt/format.h>

#include "chronograph/render.hpp"
#include "time/zone.hpp"

namespace chronograph {

Result<TimelineScene> timeline_scene(const EventGraph& graph, const ReasonReport& report,
                                     const RenderOptions& options) {
  if (!options.second_zone.empty() && !detail::Zone::find(options.second_zone)) {
    const auto suggestion = detail::closest_zone_name(options.second_zone);
    const std::string message =
        suggestion
            ? fmt::format("unknown time zone '{}' for the second axis row; did you mean '{}'?",
                          options.second_zone, *suggestion)
            : fmt::format("unknown time zone '{}' for the second axis row", options.second_zone);
    return {std::nullopt, {make_error({}, message)}};
  }
  LayoutOptions layout;
  layout.language = options.language;
  layout.break_threshold = options.break_threshold;
  layout.lanes = options.lanes;
  layout.measure = options.measure;
  layout.second_zone = options.second_zone;
  layout.focus = options.focus;
  TimelineScene scene = layout_timeline(graph, report, layout);
  Diagnostics diagnostics = scene.diagnostics;
  return {std::move(scene), std::move(diagnostics)};
}

StorylineScene storyline_scene(const EventGraph& graph, const ReasonReport& report,
                               const RenderOptions& options) {
  StorylineOptions layout;
  layout.language = options.language;
  layout.break_threshold = options.break_threshold;
  layout.measure = options.measure;
  layout.focus = options.focus;
  return layout_storyline(graph, report, layout);
}

}  // namespace chronograph
