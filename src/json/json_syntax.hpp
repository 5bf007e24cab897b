#pragma once
// Internal: JSON syntax (RFC 8259) as chronograph reports it. simdjson reads the event JSON but
// says little about where and why a text is not JSON ("ended early", at offset 0), and its error
// codes may differ between the CPUs it dispatches to; when it stops, find_json_syntax_error walks
// the text once more and names the first problem, so the message and position never depend on the
// machine. Only the error path pays for this second walk.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace chronograph::detail {

struct JsonSyntaxProblem {
  std::size_t offset = 0;  // in the text given
  std::string message;     // "invalid JSON: …"
  // The object, array or string that the problem leaves open, for a note "… starts here".
  std::optional<std::size_t> opened_at;
  std::string note;
};

// The first place where `text` is not exactly one JSON value with optional whitespace around it,
// or nullopt when it is one: what simdjson accepts, well-formed UTF-8 inside strings included.
// Nesting of any depth is walked with a stack of bytes, no recursion.
[[nodiscard]] std::optional<JsonSyntaxProblem> find_json_syntax_error(std::string_view text);

// RFC 8259's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, of any length.
[[nodiscard]] bool is_json_number(std::string_view token);

// The offset of the closing quote of the string whose text starts at `content` (just after its
// opening quote), skipping escaped quotes; npos when the text ends first.
[[nodiscard]] std::size_t json_string_close(std::string_view text, std::size_t content);

}  // namespace chronograph::detail
