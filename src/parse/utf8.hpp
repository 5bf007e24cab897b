#pragma once
// Internal: UTF-8 validation, done before yaml-cpp sees the text so that a bad byte is reported at
// its own line and column instead of somewhere downstream.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronograph::detail {

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

struct Utf8Problem {
  std::size_t offset = 0;  // byte offset of the offending byte (a broken sequence's lead byte)
  std::string message;     // "invalid UTF-8 byte 0xff"
};

// The first place where `text` is not well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or nullopt when all of it is.
[[nodiscard]] std::optional<Utf8Problem> find_invalid_utf8(std::string_view text);

// The bytes of the well-formed UTF-8 sequence starting at `at` (1 for ASCII), or 0 when none
// starts there (a stray continuation byte, a bad lead byte, a sequence cut short or malformed).
[[nodiscard]] std::size_t utf8_sequence_length(std::string_view text, std::size_t at);

}  // namespace chronograph::detail
