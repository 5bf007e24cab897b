#include "render/common/xml_text.hpp"

#include "base/unicode.hpp"

namespace chronograph::detail {

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t begin = pos;
    const char32_t c = next_code_point(text, pos);
    const bool allowed = c == U'\t' || c == U'\n' || c == U'\r' || (c >= 0x20 && c < 0xD800) ||
                         (c >= 0xE000 && c <= 0xFFFD && c != 0xFFFE) ||
                         (c >= 0x10000 && c <= 0x10FFFF);
    const bool decoded_as_replacement =
        c == U'\uFFFD' && text.substr(begin, pos - begin) != "\xEF\xBF\xBD";
    if (allowed && !decoded_as_replacement) {
      out.append(text.substr(begin, pos - begin));
    } else {
      out += "\xEF\xBF\xBD";
    }
  }
  return out;
}

}  // namespace chronograph::detail
