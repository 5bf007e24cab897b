#pragma once
// Internal: the checks every reader of the event format shares (the YAML file and the event JSON),
// returned as messages so that a mistake reads the same whatever the syntax it was written in.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"

namespace chronograph::detail {

// Ids: [A-Za-z0-9][A-Za-z0-9_.-]*.
[[nodiscard]] bool is_valid_id(std::string_view id);
// "invalid {what} id 'x y': an id starts with …" ("invalid id '…'" when `what` is empty), or
// nullopt for a valid id.
[[nodiscard]] std::optional<std::string> invalid_id_message(std::string_view id,
                                                            std::string_view what);

// "duplicate {what} '{name}'{in_context}" at `at`, with a note at the first ("first defined
// here"): every reader and the model say it so.
[[nodiscard]] Diagnostic duplicate_error(const SourceRange& at, std::string_view what,
                                         std::string_view name, const SourceRange& first,
                                         std::string_view in_context = {});
// "duplicate {what} id 'a'" ("duplicate id 'a'" when `what` is empty) at `id`.
[[nodiscard]] Diagnostic duplicate_id_error(const Located<std::string>& id, std::string_view what,
                                            const SourceRange& first);

// "unknown {what} 'persn'; did you mean 'person'?" (or "… (expected a, b or c)" when nothing is
// close and `list_choices` is set), or nullopt when `value` is one of `choices`.
[[nodiscard]] std::optional<std::string> unknown_choice_message(
    std::string_view value, std::string_view what, std::span<const std::string_view> choices,
    bool list_choices = true);

// The relation types a file may write: `before` … `label`; participant, located-at and
// affiliated-with follow from event and entity fields.
[[nodiscard]] std::span<const std::string_view> writable_relation_types();
struct RelationTypeCheck {
  std::optional<RelationType> type;    // set when the type may be written
  std::optional<std::string> problem;  // the message otherwise
};
[[nodiscard]] RelationTypeCheck check_relation_type(std::string_view type);

// "unknown key 'wehn'{in_context}; did you mean 'when'?" and the key suggested, if any.
struct UnknownKey {
  std::string message;
  std::optional<std::string_view> suggestion;
};
[[nodiscard]] UnknownKey unknown_key(std::string_view key, std::string_view in_context,
                                     std::span<const std::string_view> allowed);

// The limits' messages (docs/limits.md).
// "file is larger than 64 MiB (…)"
[[nodiscard]] std::string file_too_large_message(std::size_t limit = limits::max_input_bytes);

// A point at line 1, column 1: where a message about the whole file points.
[[nodiscard]] SourceRange file_start(std::string_view path);

// What every reader checks before it parses: the text is at most `limit` bytes and valid UTF-8.
// The error, at the file's start or at the first bad byte; nullopt when both hold.
[[nodiscard]] std::optional<Diagnostic> check_input_text(
    std::string_view text, std::string_view path, std::size_t limit = limits::max_input_bytes);
[[nodiscard]] std::string too_many_message(std::size_t limit, std::string_view plural);
[[nodiscard]] std::string value_too_long_message();  // "value longer than 1048576 bytes (…)"

}  // namespace chronograph::detail
