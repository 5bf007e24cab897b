#pragma once
// The parse stage's output: the event file as written, every value with its source range, nothing
// resolved yet. Ids are still strings and times still text; the model stage resolves both.

#include <optional>
#include <string>
#include <vector>

#include "chronograph/diagnostic.hpp"

namespace chronograph {

template <class T>
struct Located {
  T value{};
  SourceRange range;  // for strings: the range of the scalar's text (inside quotes, if quoted)
};

// A name or title: one plain string, or per-language strings ({ko: …, en: …}).
struct LocalizedText {
  std::string plain;
  std::string ko;
  std::string en;
};

struct DocumentSource {
  std::string title;
  std::string url;
  std::optional<Located<std::string>> published;  // a time expression with offset
  std::string language;                           // BCP 47, e.g. "ko"
};

struct EntityDecl {
  Located<std::string> id;
  LocalizedText name;
  Located<std::string> kind;  // person | organization | place | product | other
  std::string role;           // "president", "CEO"
  std::optional<Located<std::string>> affiliation;  // entity id
  std::vector<std::string> tags;
  std::string note;
  SourceRange range;  // the entry's id key (yaml-cpp gives no end position for a whole entry)
};

struct ParticipantDecl {
  Located<std::string> entity;
  std::string role;
};

struct SourceNoteDecl {
  std::string quote;  // short quote or paraphrase
  std::string where;  // paragraph, page or outlet
};

struct EventDecl {
  Located<std::string> id;
  LocalizedText title;
  Located<std::string> when;  // empty value and range when not written: placed by reasoning
  std::optional<Located<std::string>> end;
  std::optional<Located<std::string>> duration;
  // gregorian | julian: the calendar `when` and `end` are written in; absent: the document's
  std::optional<Located<std::string>> calendar;
  std::optional<Located<std::string>> place;  // entity id
  std::vector<ParticipantDecl> participants;
  // happened | planned | reported | cancelled | superseded
  Located<std::string> status{"happened", {}};
  std::optional<SourceNoteDecl> source;
  std::vector<std::string> tags;
  std::string note;
  SourceRange range;  // the entry's id key, as for EntityDecl
};

struct RelationDecl {
  Located<std::string> from;
  Located<std::string> to;
  // before, after, meets, …, part-of, causes, supersedes, works-for, label
  Located<std::string> type;
  std::optional<Located<std::string>> gap;  // "~7 months", "0h..12h"
  std::string label;                        // free text for `label` relations and edge captions
  std::string origin;                       // id in a foreign source, e.g. the TimeML TLINK lid
  SourceRange range;  // start of the item; for the shorthand "FROM TYPE TO", the whole string
};

struct Document {
  std::string path;  // as given; used in diagnostics
  int format_version = 1;
  LocalizedText title;
  DocumentSource source;
  Located<std::string> default_zone{"UTC", {}};    // IANA name or offset
  Located<std::string> calendar{"gregorian", {}};  // gregorian | julian, for every date
  std::vector<EntityDecl> entities;                // in file order
  std::vector<EventDecl> events;                   // in file order
  std::vector<RelationDecl> relations;             // in file order
};

// Parse stage entry: YAML text → Document. Checks syntax, types, keys (with "did you mean") and
// enumerated values; does not resolve ids or times. Never throws. `value` is empty only when the
// text is not a readable YAML map (bad UTF-8, YAML syntax, empty file); otherwise it holds what
// could be read, and ok() tells whether it is usable. The format: docs/format.md.
[[nodiscard]] Result<Document> parse_document(std::string_view text, std::string_view path);

}  // namespace chronograph
