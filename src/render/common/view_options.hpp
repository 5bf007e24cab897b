#pragma once
// Internal: the layout options the timeline renderers (SVG, pinned DOT) derive from RenderOptions,
// in one place so both draw the same layout.

#include "chronograph/diagnostic.hpp"
#include "chronograph/layout.hpp"
#include "chronograph/render.hpp"

namespace chronograph::detail {

// An error (no value) when the second zone is not a zone: "unknown time zone 'Asia/Seol'; did you
// mean 'Asia/Seoul'?".
[[nodiscard]] Result<LayoutOptions> timeline_layout_options(const RenderOptions& options);

}  // namespace chronograph::detail
