#pragma once
// Internal: UTF-8 decoding and East Asian width, shared by caret lines under diagnostics, label
// wrapping and the width estimate.

#include <cstddef>
#include <string_view>

namespace chronograph::detail {

// Decodes one code point at `pos` and advances it; invalid bytes read as U+FFFD, one byte each.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Offset of the first byte that does not start a well-formed UTF-8 sequence (bad or truncated
// sequences, overlong forms, surrogates, code points past U+10FFFF); npos when the text is UTF-8.
[[nodiscard]] std::size_t first_invalid_utf8(std::string_view text);

// East Asian wide (UAX #11): Hangul syllables and leading jamo, CJK, full-width forms. Drawn about
// one em wide, and two terminal columns.
bool is_wide(char32_t c);

// Terminal columns of one code point: two when wide, else one (an invalid byte counts one).
[[nodiscard]] inline std::size_t display_columns(char32_t c) {
  return is_wide(c) ? 2 : 1;
}

// Terminal columns of UTF-8 text.
[[nodiscard]] std::size_t display_width(std::string_view text);

}  // namespace chronograph::detail
