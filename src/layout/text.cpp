#include "layout/text.hpp"

namespace chronograph::detail {

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
