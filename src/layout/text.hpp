#pragma once
// Internal: UTF-8 helpers for measuring and shortening labels.

#include <string>
#include <string_view>

#include "base/unicode.hpp"
#include "chronograph/layout.hpp"

namespace chronograph::detail {

// The longest prefix that, followed by "…", fits in `max_width`; the text itself when it fits.
std::string fit_text(const TextMeasure& measure, std::string_view text, double font_size,
                     double max_width);

}  // namespace chronograph::detail
