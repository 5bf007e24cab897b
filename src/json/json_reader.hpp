#pragma once
// Internal: reading simdjson On-Demand values into typed values, every problem a positioned
// diagnostic. The text is walked once, front to back, as simdjson's iterator goes: no tree of the
// file is built; each value is turned into Document fields (or checked and dropped) as it passes.
// Every value is looked at, also those dropped, so On-Demand's lazy skipping never lets a
// malformed part of the file through.

#include <array>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "json/json_split.hpp"

namespace chronograph::detail::json {

namespace od = simdjson::ondemand;

// Thrown when simdjson reports that the text is not JSON; parse_json() catches it and asks
// find_json_syntax_error where and why (json_syntax.hpp). Never leaves the library.
struct Stop {
  simdjson::error_code code = simdjson::SUCCESS;
};

// Throws Stop for any error.
void check(simdjson::error_code code);

enum class Kind { object, array, string, number, boolean, null };

// One key of an object, as written. `name` is unescaped in the simdjson parser's string buffer,
// which holds every string of the document until the parse ends: keys cost no allocation.
struct Key {
  std::string_view name;
  SourceRange range;  // the key's text, inside its quotes
};

// Keys seen in one object, for "duplicate key" with a note at the first.
class KeySet {
 public:
  // The range of the first `name`, or nullptr after recording this one.
  const SourceRange* insert(const Key& key);

 private:
  // Linear in place while small (an event has a dozen keys), hashed once an object has many.
  static constexpr std::size_t small_limit = 16;
  std::array<Key, small_limit> small_;
  std::size_t small_count_ = 0;
  std::unordered_map<std::string_view, SourceRange> large_;
};

class Reader {
 public:
  // `file_text` is the file as given (a byte order mark included: `bom` bytes), `base` the start
  // of the padded copy of the text after the mark that simdjson reads.
  // `line_starts`: line_starts(file_text), which a caller may have had found on another thread.
  Reader(std::string_view file_text, std::size_t bom, const char* base, std::string path,
         Diagnostics& diagnostics, std::vector<std::size_t> line_starts);
  // The offset of each line's first byte, for positions.
  static std::vector<std::size_t> line_starts(std::string_view file_text);

  // A reader of the same text and lines for another thread, to read the entries of one split
  // section it is handed (it holds no sections of its own: their entry lists are a million
  // offsets at 1M events, not copied): its own parser, windows and position hint, its messages
  // into `diagnostics`.
  [[nodiscard]] std::unique_ptr<Reader> fork(Diagnostics& diagnostics) const;

  [[nodiscard]] const std::string& path() const { return path_.str(); }
  [[nodiscard]] Diagnostics& diagnostics() { return diagnostics_; }
  [[nodiscard]] std::string_view body() const { return text_.substr(bom_); }

  // Positions: `offset` is a byte offset in the text after the mark (what simdjson reads).
  [[nodiscard]] SourcePosition position(std::size_t offset) const;
  [[nodiscard]] SourceRange point(std::size_t offset) const;
  [[nodiscard]] SourceRange point(od::value& value) const;
  [[nodiscard]] std::size_t offset_of(const char* at) const;

  // A piece of the outline simdjson reads when the big sections are split: `size` bytes at
  // `outline_offset` that stand at `offset` in the text.
  struct Piece {
    std::size_t outline_offset = 0;
    std::size_t size = 0;
    std::size_t offset = 0;
  };
  // The entries of the big sections, each parsed as a document of its own (json_split.hpp); the
  // text simdjson reads whole is then the outline at `outline`, made of `pieces`.
  void set_split(std::vector<SplitSection> sections, const char* outline,
                 const std::vector<Piece>& pieces);
  // The split entries of the section whose '[' is at `offset`, if it was split.
  [[nodiscard]] const SplitSection* split_at(std::size_t offset) const;
  // Each split entry as a simdjson value, in order: `read_entry(value)`. Reads the entry in place
  // in the file's text, or from a padded copy of its own when it ends too near the text's end for
  // simdjson's padding.
  void for_each_split(const SplitSection& section,
                      const std::function<void(std::size_t, od::value&)>& read_entry);

  void error(SourceRange range, std::string message, std::vector<Diagnostic> notes = {});
  void warning(SourceRange range, std::string message);

  [[nodiscard]] Kind kind(od::value& value);
  [[nodiscard]] od::object object(od::value& value);
  [[nodiscard]] od::array array(od::value& value);

  // The fields of an object in file order: `on_field(key, value)` for each; a repeated key is
  // reported ("duplicate key 'k'{in_context}", with a note at the first) and its value checked and
  // dropped. `depth` is the object's own depth.
  template <class OnField>
  void fields(od::object& object, std::string_view in_context, int depth, OnField&& on_field);

  // A key that `allowed` does not hold: a warning ("unknown key 'wehn' in event 'a'; did you mean
  // 'when'?"), and its value checked and dropped.
  void unknown(const Key& key, std::string_view in_context,
               std::span<const std::string_view> allowed, od::value& value, int depth);

  // Checks a value whatever it holds (syntax, the depth and length limits) and drops it. `depth`
  // is the value's own depth if it is an object or array. `quiet`: a value already reported as
  // being of the wrong type; only its syntax is checked.
  void skip(od::value& value, int depth, bool quiet = false);

  // Typed values. null counts as absent: nullopt without a message. Anything else of the wrong
  // type is reported ("{name} must be a string") and skipped.
  [[nodiscard]] std::optional<Located<std::string>> string(od::value& value, std::string_view name,
                                                           int depth);
  [[nodiscard]] std::optional<std::string> plain_string(od::value& value, std::string_view name,
                                                        int depth);
  [[nodiscard]] std::optional<std::vector<std::string>> string_list(od::value& value,
                                                                    std::string_view name,
                                                                    int depth);
  [[nodiscard]] std::optional<bool> boolean(od::value& value, std::string_view name, int depth);
  // An id (checked against the id pattern) or a reported problem: `must_be` for a wrong type.
  [[nodiscard]] std::optional<Located<std::string>> id(od::value& value, std::string_view what,
                                                       std::string_view must_be, int depth);
  // One of `choices`: "unknown {what} 'persn'; did you mean 'person'?".
  [[nodiscard]] std::optional<Located<std::string>> choice(
      od::value& value, std::string_view name, std::string_view what,
      std::span<const std::string_view> choices, int depth);
  // {"ko": text|null, "en": text|null}; unknown keys warned about. `name` as in messages.
  [[nodiscard]] std::optional<LocalizedText> languages(od::value& value, std::string_view name,
                                                       int depth);

  // The string at `value` (which is one), with the range of its text inside the quotes; reports a
  // value over the length limit (and returns nullopt).
  [[nodiscard]] std::optional<Located<std::string>> located(od::value& value);

 private:
  Reader(const Reader& from, Diagnostics& diagnostics);
  [[nodiscard]] Key key(od::field& field);

  // A buffer simdjson reads that is not the padded whole-file copy: positions in it are
  // `offset` + their distance from `begin`.
  struct Window {
    const char* begin = nullptr;
    std::size_t size = 0;
    std::size_t offset = 0;
  };

  std::string_view text_;
  std::size_t bom_;
  const char* base_;
  std::vector<SplitSection> split_;
  std::vector<Window> windows_;  // the text after the mark, and entries copied for padding
  od::parser entry_parser_;
  FileName path_;  // interned once: every range of the file carries it
  Diagnostics& diagnostics_;
  // Offsets in text_ of every line's first byte, shared by forks.
  std::shared_ptr<const std::vector<std::size_t>> line_starts_;
  // The line (0-based) of the last position asked for: values are read front to back, so the
  // next is nearly always on that line or the next, found without a search of millions of lines.
  mutable std::size_t line_hint_ = 0;
};

template <class OnField>
void Reader::fields(od::object& object, std::string_view in_context, int depth,
                    OnField&& on_field) {
  KeySet seen;
  for (auto entry : object) {
    od::field field;
    check(std::move(entry).get(field));
    const Key name = key(field);
    od::value value = field.value();
    if (const SourceRange* first = seen.insert(name)) {
      error(name.range, "duplicate key '" + std::string(name.name) + "'" + std::string(in_context),
            {make_note(*first, "first defined here")});
      skip(value, depth + 1, true);
      continue;
    }
    on_field(name, value);
  }
}

}  // namespace chronograph::detail::json
