#include "layout/text.hpp"

namespace chronograph::detail {

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  std::size_t length = 1;
  char32_t value = lead;
  if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    value = lead & 0x07;
  } else if (lead >= 0xE0) {
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

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0x20000 && c <= 0x3FFFD);
}

namespace {

double em_width(char32_t c) {
  if (is_wide(c)) return 1.0;
  if (c == U' ') return 0.3;
  if (c >= U'A' && c <= U'Z') return 0.65;
  if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) return 0.55;
  if (c == U'…' || c == U'—' || c == U'@' || c == U'%' || c == U'&') return 0.9;
  if (c < 0x80) return 0.4;  // punctuation
  return 0.6;                // other scripts and symbols
}

}  // namespace

std::string fit_text(const TextMeasure& measure, std::string_view text, double font_size,
                     double max_width) {
  if (measure.width(text, font_size) <= max_width) return std::string(text);
  const std::string ellipsis = "…";
  std::size_t pos = 0;
  std::size_t best = 0;
  while (pos < text.size()) {
    std::size_t next = pos;
    next_code_point(text, next);
    const std::string candidate = std::string(text.substr(0, next)) + ellipsis;
    if (measure.width(candidate, font_size) > max_width) break;
    best = next;
    pos = next;
  }
  return std::string(text.substr(0, best)) + ellipsis;
}

}  // namespace chronograph::detail

namespace chronograph {

double EstimatedTextMeasure::width(std::string_view utf8, double font_size) const {
  double ems = 0;
  for (std::size_t pos = 0; pos < utf8.size();)
    ems += detail::em_width(detail::next_code_point(utf8, pos));
  return ems * font_size;
}

}  // namespace chronograph
