#include "parse/checks.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"
#include "chronograph/limits.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"

namespace chronograph::detail {

bool is_valid_id(std::string_view id) {
  const auto alphanumeric = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (id.empty() || !alphanumeric(id.front())) return false;
  for (const char c : id)
    if (!alphanumeric(c) && c != '_' && c != '.' && c != '-') return false;
  return true;
}

std::optional<std::string> invalid_id_message(std::string_view id, std::string_view what) {
  if (is_valid_id(id)) return std::nullopt;
  const std::string kind = what.empty() ? "id" : fmt::format("{} id", what);
  return fmt::format(
      "invalid {} '{}': an id starts with a letter or digit and holds only letters, digits, "
      "'_', '.' and '-'",
      kind, id);
}

Diagnostic duplicate_error(const SourceRange& at, std::string_view what, std::string_view name,
                           const SourceRange& first, std::string_view in_context) {
  Diagnostic error = make_error(at, fmt::format("duplicate {} '{}'{}", what, name, in_context));
  error.notes.push_back(make_note(first, "first defined here"));
  return error;
}

Diagnostic duplicate_id_error(const Located<std::string>& id, std::string_view what,
                              const SourceRange& first) {
  const std::string kind = what.empty() ? "id" : fmt::format("{} id", what);
  return duplicate_error(id.range, kind, id.value, first);
}

std::optional<std::string> unknown_choice_message(std::string_view value, std::string_view what,
                                                  std::span<const std::string_view> choices,
                                                  bool list_choices) {
  if (std::find(choices.begin(), choices.end(), value) != choices.end()) return std::nullopt;
  std::string suggestion = did_you_mean(value, choices);
  if (suggestion.empty() && list_choices)
    suggestion = fmt::format(" (expected {})", join_choices(choices, false));
  return fmt::format("unknown {} '{}'{}", what, value, suggestion);
}

std::span<const std::string_view> writable_relation_types() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (int i = 0; i <= static_cast<int>(RelationType::label); ++i)
      out.push_back(to_string(static_cast<RelationType>(i)));
    return out;
  }();
  return names;
}

RelationTypeCheck check_relation_type(std::string_view type) {
  const std::optional<RelationType> known = relation_type_from_string(type);
  if (known && static_cast<int>(*known) > static_cast<int>(RelationType::label))
    return {std::nullopt, fmt::format("relation type '{}' is implied by event and entity fields "
                                      "and cannot be written",
                                      type)};
  if (!known && closest_match(type, writable_relation_types()) == std::nullopt)
    return {
        std::nullopt,
        fmt::format("unknown relation type '{}' (the types are listed in docs/format.md)", type)};
  if (auto problem =
          unknown_choice_message(type, "relation type", writable_relation_types(), false))
    return {std::nullopt, std::move(problem)};
  return {known, std::nullopt};
}

UnknownKey unknown_key(std::string_view key, std::string_view in_context,
                       std::span<const std::string_view> allowed) {
  UnknownKey out{fmt::format("unknown key '{}'{}", key, in_context), closest_match(key, allowed)};
  if (out.suggestion) out.message += fmt::format("; did you mean '{}'?", *out.suggestion);
  return out;
}

std::string file_too_large_message(std::size_t limit) {
  return fmt::format("file is larger than {} MiB (see docs/limits.md)", limit / (1024 * 1024));
}

SourceRange file_start(std::string_view path) {
  return {path, {1, 1}, {1, 1}};
}

std::optional<Diagnostic> check_input_text(std::string_view text, std::string_view path,
                                           std::size_t limit) {
  if (text.size() > limit) return make_error(file_start(path), file_too_large_message(limit));
  if (const auto bad = find_invalid_utf8(text)) {
    const SourcePosition at = position_at_offset(text, bad->offset);
    return make_error({path, at, at}, bad->message);
  }
  return std::nullopt;
}

std::string too_many_message(std::size_t limit, std::string_view plural) {
  return fmt::format("more than {} {} (see docs/limits.md)", limit, plural);
}

std::string value_too_long_message() {
  return fmt::format("value longer than {} bytes (see docs/limits.md)", limits::max_scalar_bytes);
}

}  // namespace chronograph::detail
