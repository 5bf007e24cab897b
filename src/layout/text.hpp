#pragma once
// Internal: UTF-8 helpers for measuring and shortening labels.

#include <string>
#include <string_view>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// Decodes one code point at `pos` and advances it; invalid bytes read as U+FFFD, one byte each.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// East Asian wide (UAX #11): Hangul syllables and leading jamo, CJK, full-width forms. Drawn about
// one em wide, and two terminal columns.
bool is_wide(char32_t c);

// The longest prefix that, followed by "…", fits in `max_width`; the text itself when it fits.
std::string fit_text(const TextMeasure& measure, std::string_view text, double font_size,
                     double max_width);

}  // namespace chronograph::detail
