#include "base/unicode.hpp"

namespace chronograph::detail {

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  std::size_t length = 1;
  char32_t value = lead;
  if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    value = lead & 0x0F;
  } else if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    value = lead & 0x1F;
  } else if (lead >= 0x80) {
    ++pos;
    return U'\uFFFD';
  }
  if (pos + length > text.size()) {
    ++pos;
    return length == 1 ? value : U'\uFFFD';
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return U'\uFFFD';
    }
    value = (value << 6) | (byte(pos + i) & 0x3F);
  }
  pos += length;
  const bool overlong = (length == 3 && value < 0x800) || (length == 4 && value < 0x10000);
  if (overlong || value > 0x10FFFF) return U'\uFFFD';
  return value;
}

std::size_t first_invalid_utf8(std::string_view text) {
  static constexpr std::string_view replacement = "\xEF\xBF\xBD";
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t start = pos;
    const char32_t c = next_code_point(text, pos);
    // U+FFFD written as such is valid; any other way of getting it is a bad byte.
    if (c == U'\uFFFD' && text.substr(start, pos - start) != replacement) return start;
    if (c >= 0xD800 && c <= 0xDFFF) return start;  // surrogates are not characters
  }
  return std::string_view::npos;
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x20000 && c <= 0x3FFFD);
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (std::size_t pos = 0; pos < text.size();)
    width += display_columns(next_code_point(text, pos));
  return width;
}

}  // namespace chronograph::detail
