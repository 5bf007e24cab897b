#include "render/common/view_options.hpp"

#include <fmt/format.h>

#include "time/zone.hpp"

namespace chronograph::detail {

Result<LayoutOptions> timeline_layout_options(const RenderOptions& options) {
  if (!options.second_zone.empty() && !Zone::find(options.second_zone)) {
    const auto suggestion = closest_zone_name(options.second_zone);
    const std::string message =
        suggestion
            ? fmt::format(
                  "unknown time zone '{}' for the second axis row; did you mean "
                  "'{}'?",
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
  return {layout, {}};
}

}  // namespace chronograph::detail
