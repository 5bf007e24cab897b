#pragma once
// Internal: reading yaml-cpp nodes into typed values, every problem reported as a positioned
// diagnostic. Each reader returns nullopt after reporting, so callers never report twice.

#include <cstddef>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "parse/checks.hpp"
#include "parse/source_text.hpp"

namespace chronograph::detail {

// One `key: value` of a map, in file order.
struct Field {
  std::string name;
  YAML::Node key;
  YAML::Node value;
  SourceRange key_range;
};

class Reader {
 public:
  Reader(const SourceText& source, std::string path, Diagnostics& diagnostics);

  [[nodiscard]] const std::string& path() const { return path_.str(); }
  [[nodiscard]] SourceRange point(const YAML::Node& node) const;
  [[nodiscard]] SourceRange point(const YAML::Mark& mark) const;
  // The range of a scalar's text (see SourceText::scalar_span); reports a quote that never closes.
  [[nodiscard]] SourceRange text_range(const YAML::Node& scalar);
  [[nodiscard]] Located<std::string> located(const YAML::Node& scalar);

  void error(SourceRange range, std::string message, std::vector<Diagnostic> notes = {});
  [[nodiscard]] std::size_t diagnostic_count() const { return diagnostics_.size(); }
  // Drops what was reported since diagnostic_count() was `count`.
  void discard_since(std::size_t count) { diagnostics_.resize(count); }

  // A map's entries in file order. Keys that are not strings and repeated keys are reported and
  // dropped: "duplicate {duplicate_label} '{key}'{in_context}" with a note at the first one.
  [[nodiscard]] std::vector<Field> entries(const YAML::Node& map, std::string_view duplicate_label,
                                           std::string_view in_context);

  // The entries of a section written as a map from id to entry ("events", "entities"): checks the
  // section is a map, that ids are unique and well-formed. `singular` is "event" or "entity".
  // A section longer than `limit` entries is reported at its start, unread (docs/limits.md).
  [[nodiscard]] std::vector<Field> id_map(const Field& section, std::string_view singular,
                                          std::size_t limit);
  // Reports "more than {limit} {plural} (see docs/limits.md)" at the section when it has more.
  bool check_size(const YAML::Node& section, std::string_view plural, std::size_t limit);

  // Typed values. Null values count as absent and are for the caller to handle.
  [[nodiscard]] std::optional<Located<std::string>> string(const Field& field);
  [[nodiscard]] std::optional<std::string> plain_string(const Field& field);
  [[nodiscard]] std::optional<LocalizedText> text(const Field& field);
  [[nodiscard]] std::optional<std::vector<std::string>> string_list(const Field& field);
  // A reference to an entry by id; `what` names it in messages ("entity", "event").
  [[nodiscard]] std::optional<Located<std::string>> id_reference(const YAML::Node& node,
                                                                 std::string_view what,
                                                                 std::string_view must_be);
  // One of `choices`: "unknown {what} 'persn'; did you mean 'person'?".
  [[nodiscard]] std::optional<Located<std::string>> choice(
      const Field& field, std::string_view what, std::span<const std::string_view> choices,
      bool list_choices = true);
  bool check_choice(const Located<std::string>& value, std::string_view what,
                    std::span<const std::string_view> choices, bool list_choices = true);

  // Ids: [A-Za-z0-9][A-Za-z0-9_.-]*. Reports "invalid {what} id '…'" (or "invalid id '…'" when
  // `what` is empty) and returns false otherwise.
  bool check_id(const Located<std::string>& id, std::string_view what);

 private:
  const SourceText& source_;
  FileName path_;  // interned once: every range of the file carries it
  Diagnostics& diagnostics_;
};

// The fields of one map checked against the keys its context allows: unknown keys are reported
// with a suggestion, and a required key that was misspelt is not reported missing a second time.
class Fields {
 public:
  Fields(Reader& reader, const YAML::Node& map, std::span<const std::string_view> allowed,
         std::string in_context, SourceRange context_range);

  // nullptr when absent or null.
  [[nodiscard]] const Field* find(std::string_view key) const;
  // As find(), reporting "missing '{key}'{in_context}" when absent (at the key when it is null,
  // else at the context).
  const Field* required(std::string_view key);
  [[nodiscard]] bool was_suggested(std::string_view key) const;

 private:
  Reader& reader_;
  std::vector<Field> fields_;
  std::set<std::string, std::less<>> suggested_;
  std::string in_context_;
  SourceRange context_range_;
};

}  // namespace chronograph::detail
