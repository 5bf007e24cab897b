#pragma once
// Internal: the title and source line every view starts with.

#include "chronograph/layout.hpp"

namespace chronograph::detail {

inline constexpr double page_margin = 16;

// The document's title in `language` (1.5 × font) and its source line: source title · URL ·
// publication time, each shortened to the page width.
[[nodiscard]] PageHeader layout_header(const EventGraph& graph, Language language,
                                       const TextMeasure& measure, double font_size,
                                       double page_width);

}  // namespace chronograph::detail
