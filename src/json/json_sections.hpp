#pragma once
// Internal: the sections of an event JSON file (events, entities, relations), read into the
// Document as they stream past, and what is left for after the whole file.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/document.hpp"
#include "json/json_reader.hpp"

namespace chronograph::detail::json {

// Depths, counting the top-level object as 1 (limits::max_json_depth is far above).
inline constexpr int section_depth = 2;  // "events": [ … ]
inline constexpr int entry_depth = 3;    // one event, entity or relation
inline constexpr int field_depth = 4;    // an entry's "titles", "participants", "source"

// A role carried by one of the export's implied `participant` relations: the export lists an
// event's participants as ids and puts their roles on those relations (docs/json.md).
struct ImpliedRole {
  std::string event;
  std::string entity;
  std::string role;
  SourceRange range;  // the relation
};

// Each entry of an array section (`name`: "events") passed to `read_entry`. Reports a section that
// is not an array, and one with more than `limit` entries (at the section; the rest is checked
// as JSON and dropped). `on_count`, if set, hears first how many entries will be read, so that a
// big section is stored without moving what was read before.
void for_each_entry(Reader& reader, od::value& section, std::string_view name,
                    std::string_view singular, std::size_t limit,
                    const std::function<void(od::value&)>& read_entry,
                    const std::function<void(std::size_t)>& on_count = {});

// The split section (json_split.hpp) whose outline value, an array, is `section`: the value is
// then passed over; nullptr, with nothing read, when the section was not split.
const SplitSection* split_section(Reader& reader, od::value& section);
// for_each_entry of a split section whose outline value (at `at`) was passed over: it needs no
// simdjson value of the outline, so another thread may run it with a Reader::fork.
void for_each_split_entry(Reader& reader, const SplitSection& split, const SourceRange& at,
                          std::string_view name, std::size_t limit,
                          const std::function<void(od::value&)>& read_entry,
                          const std::function<void(std::size_t)>& on_count = {});

void read_events(Reader& reader, od::value& section, std::vector<EventDecl>& out);
// The events of a split section, as read_events reads them (see for_each_split_entry).
void read_split_events(Reader& reader, const SplitSection& split, const SourceRange& at,
                       std::vector<EventDecl>& out);
// Where a streaming read puts each event (model/model_stream.hpp), in file order.
using EventOut = std::function<void(EventDecl&&)>;
// The events of a split section, each handed to `out` as it is read, none kept.
void stream_split_events(Reader& reader, const SplitSection& split, const SourceRange& at,
                         const EventOut& out);
void read_entities(Reader& reader, od::value& section, std::vector<EntityDecl>& out);
// Where the written relations go, in file order: the Document, or a streaming read's sink.
struct RelationOut {
  std::function<void(std::size_t)> reserve;  // room for this many more
  std::function<void(RelationDecl&&)> add;
};
RelationOut relations_into(std::vector<RelationDecl>& relations);
void read_relations(Reader& reader, od::value& section, const RelationOut& out,
                    std::vector<ImpliedRole>& roles);
// The relations of a split section, as read_relations reads them (see for_each_split_entry).
void read_split_relations(Reader& reader, const SplitSection& split, const SourceRange& at,
                          const RelationOut& out, std::vector<ImpliedRole>& roles);

// A title or name written as the YAML does (`title`: a string, or {"ko", "en"}) and as the
// export does (`title`: the plain string, `titles`: {"ko", "en"} with nulls), in either order.
class TextPair {
 public:
  TextPair(std::string_view singular, std::string_view plural)
      : singular_(singular), plural_(plural) {}

  // Reads the field when `key` is the singular or the plural name; false for other keys.
  bool read(Reader& reader, const Key& key, od::value& value, int depth);
  // What the fields give, or nullopt when they were absent, null or empty. The export's `title`
  // is the English text, else the plain one, else the Korean one: when it is just that fallback,
  // it is not read as a plain text of its own.
  [[nodiscard]] std::optional<LocalizedText> text() const;
  // For a required name: reports "missing 'title'{in_context}" at `context` or "empty 'title'…"
  // at the key when text() is nullopt. Returns text().
  std::optional<LocalizedText> required(Reader& reader, std::string_view in_context,
                                        const SourceRange& context) const;

 private:
  std::string_view singular_;
  std::string_view plural_;
  std::optional<std::string> plain_;
  std::optional<LocalizedText> languages_;  // from `titles`, or `title` written as an object
  std::optional<SourceRange> key_;          // the first of the two keys written
  bool reported_ = false;                   // a wrong type was already reported
};

}  // namespace chronograph::detail::json
