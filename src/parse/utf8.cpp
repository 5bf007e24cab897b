#include "parse/utf8.hpp"

#include <fmt/format.h>
#include <simdjson.h>

namespace chronograph::detail {

namespace {

struct SequenceRule {
  int continuation_bytes = 0;
  // Allowed range of the first continuation byte; narrower than 0x80..0xBF for the lead bytes
  // where the wider range would allow overlong forms, surrogates or code points past U+10FFFF.
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
};

std::optional<SequenceRule> rule_for(unsigned char lead) {
  if (lead < 0x80) return SequenceRule{0};
  if (lead >= 0xC2 && lead <= 0xDF) return SequenceRule{1};
  if (lead == 0xE0) return SequenceRule{2, 0xA0, 0xBF};
  if (lead == 0xED) return SequenceRule{2, 0x80, 0x9F};
  if (lead >= 0xE1 && lead <= 0xEF) return SequenceRule{2};
  if (lead == 0xF0) return SequenceRule{3, 0x90, 0xBF};
  if (lead == 0xF4) return SequenceRule{3, 0x80, 0x8F};
  if (lead >= 0xF1 && lead <= 0xF3) return SequenceRule{3};
  return std::nullopt;  // continuation byte out of place, 0xC0, 0xC1, 0xF5..0xFF
}

Utf8Problem bad_byte(std::string_view text, std::size_t offset) {
  return {offset,
          fmt::format("invalid UTF-8 byte 0x{:02x}", static_cast<unsigned char>(text[offset]))};
}

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  const std::optional<SequenceRule> rule = rule_for(static_cast<unsigned char>(text[at]));
  if (!rule) return 0;
  for (int k = 1; k <= rule->continuation_bytes; ++k) {
    const std::size_t next = at + static_cast<std::size_t>(k);
    if (next >= text.size()) return 0;
    const auto byte = static_cast<unsigned char>(text[next]);
    const unsigned char min = k == 1 ? rule->second_min : 0x80;
    const unsigned char max = k == 1 ? rule->second_max : 0xBF;
    if (byte < min || byte > max) return 0;
  }
  return 1 + static_cast<std::size_t>(rule->continuation_bytes);
}

std::optional<Utf8Problem> find_invalid_utf8(std::string_view text) {
  // simdjson's check (vectorised, chosen for this processor at run time) clears a big file in a
  // few milliseconds; the walk below, which finds where it goes wrong, runs only when it does not.
  if (simdjson::validate_utf8(text.data(), text.size())) return std::nullopt;
  std::size_t i = 0;
  while (i < text.size()) {
    // A broken sequence is reported at its lead byte: for Latin-1 text that is the "é" itself.
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) return bad_byte(text, i);
    i += length;
  }
  return std::nullopt;
}

}  // namespace chronograph::detail
