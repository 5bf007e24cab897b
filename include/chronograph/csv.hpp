#pragma once
// CSV: one row per event, in one column layout for export (--format csv) and import (a .csv file
// given to check, render, explain or import). The layout: docs/formats.md.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"

namespace chronograph {

// The header, in the order the export writes it: id, title, title_ko, title_en, start, end,
// duration, zone, calendar, status, lane, participants, place, source_quote, source_where, tags,
// note. The one place the column names are spelt.
[[nodiscard]] std::span<const std::string_view> csv_columns();

// CSV text → Document. The header row names the columns, in any order; `id` and `start` are
// required, the rest optional, unknown names an error (with "did you mean"). Every row becomes an
// event; participant and place ids become entities (kind `place` for places, `other` otherwise).
// Errors carry the line and column of the file (an RFC 4180 field may hold newlines, so a row can
// span lines): a missing or unknown column, a row with more or fewer fields than the header, an
// unclosed quote, an empty id. Times are read by the model stage, positioned inside their field.
[[nodiscard]] Result<Document> parse_csv(std::string_view text, std::string_view path);

// A column mapping for data in someone else's layout (an ACLED export, a spreadsheet): which of
// the file's columns fill which of ours. docs/formats.md, "CSV with a column mapping".
struct CsvColumnMap {
  std::string target;  // one of csv_columns()
  std::vector<Located<std::string>>
      sources;  // the data file's header names, where the map says them
};
struct CsvMapping {
  std::vector<CsvColumnMap> columns;
  // Mapped participant columns hold names, not ids; the entities they make have this kind.
  std::string participant_kind = "organization";
};

// `start=event_date,title=notes,participants=actor1;actor2,participant_kind=person`: targets
// from csv_columns() (plus participant_kind), each `=` one column, or `;`-separated columns for
// participants, tags and note. Errors are positioned in `spec`, which is reported as the file
// `origin` (the CLI says "--map").
[[nodiscard]] Result<CsvMapping> parse_csv_map(std::string_view spec, std::string_view origin);
// The same as a YAML map (a value is a column name or a list of them), for columns whose names
// hold ',' or '=' and for mappings kept beside the data.
[[nodiscard]] Result<CsvMapping> parse_csv_map_file(std::string_view text, std::string_view path);

// CSV text in the mapping's layout → Document. The file's columns the mapping does not name are
// not read. Without an `id` mapping an event's id is `row-N`, N its row (the header is row 1);
// an empty title is the id; participant and place cells are names, and each distinct name becomes
// one entity with an id made from it (ICU transliteration: "Protesters (Ukraine)" →
// protesters-ukraine).
[[nodiscard]] Result<Document> parse_csv(std::string_view text, std::string_view path,
                                         const CsvMapping& mapping);

}  // namespace chronograph
