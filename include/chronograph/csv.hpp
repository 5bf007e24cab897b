#pragma once
// CSV: one row per event, in one column layout for export (--format csv) and import (a .csv file
// given to check, render, explain or import). The layout: docs/formats.md.

#include <span>
#include <string_view>

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

}  // namespace chronograph
