#pragma once
// The extract stage: a news article (plain UTF-8 text, Korean or English) in, its temporal
// expressions normalised (TIMEX3 values and chronograph time expressions) and a draft event file
// out. It runs upstream of parse: the draft is a Document that emit_yaml writes and `check` reads.
// See docs/extract.md.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "chronograph/emit.hpp"

namespace chronograph {

struct ExtractOptions {
  std::string path;       // names the text in diagnostics
  std::string published;  // publication time (a time expression); empty: the byline's, if any
  std::string language;   // "ko" or "en"; empty: each sentence by its script
  std::vector<EntityDecl> entities;  // known entities, matched by name in the text
};

enum class TimexType { date, time, duration, set };

// One temporal expression found in the text.
struct Timex {
  std::size_t begin = 0;  // byte offsets into the text given to extract()
  std::size_t end = 0;
  std::string text;  // as written (NFC)
  TimexType type = TimexType::date;
  std::string value;               // TIMEX3 value: "2024-01-26TMO", "P7M", "PAST_REF", "XXXX-01-26"
  std::string mod;                 // TIMEX3 mod ("APPROX") or empty
  std::string when;                // chronograph time expression for dates and times, else empty
  std::string language;            // of the rules that found it
  std::string rule;                // the rule's name
  std::vector<std::string> notes;  // guesses and other readings, for a person to review
};

struct Extraction {
  std::string published;       // the publication time used, empty when unknown
  std::vector<Timex> timexes;  // in text order; repeated paragraphs are not tagged again
  Document draft;              // the event file; passes `chronograph check`
  YamlComments review;         // `# check:` comments on the lines a person should review
};

// Never throws, prints or reads the clock; the publication time anchors every relative
// expression. Errors: text that is not UTF-8 or holds NUL bytes, text over 8 MiB, a `published`
// that is not a time. A text without temporal expressions gives an empty draft and a note.
[[nodiscard]] Result<Extraction> extract(std::string_view text, const ExtractOptions& options);

// The draft as an event file, with its `# check:` comments.
[[nodiscard]] std::string write_draft(const Extraction& extraction);

// The text given to extract() with inline <TIMEX3 tid type value> tags (TempEval-3 style):
// stripping the tags and unescaping gives the text back byte for byte.
[[nodiscard]] std::string write_timeml(std::string_view text, const Extraction& extraction);

}  // namespace chronograph
