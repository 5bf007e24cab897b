#pragma once
// Internal: RFC 4180 CSV as rows of fields, each with the line and column it starts at, so the
// event mapping (read_csv.cpp) can position its errors in the file's own coordinates.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"

namespace chronograph::detail {

struct CsvField {
  std::string text;   // quotes removed, doubled quotes undone
  SourcePosition at;  // first byte of the content (after the opening quote, if quoted)
  bool quoted = false;
};

struct CsvRow {
  std::vector<CsvField> fields;
  SourcePosition at;  // where the row starts
  int number = 0;     // 1 = the header row; counts rows, not lines
};

// `text` without leading and trailing spaces and tabs: how header names and cells are compared.
[[nodiscard]] std::string trimmed(std::string_view text);

// Records separated by CRLF or LF; fields by commas; a field in double quotes may hold commas,
// newlines and doubled quotes. Blank lines are skipped; a UTF-8 byte order mark at the start is
// ignored. Errors (unterminated quote, a quote inside an unquoted field, text after a closing
// quote) are positioned; the rows read so far are returned with them.
[[nodiscard]] Result<std::vector<CsvRow>> read_csv_table(std::string_view text,
                                                         std::string_view path);

// The same rows, each handed to `row` as soon as it is read and then dropped, so a table of a
// million rows never exists at once; reading stops when `row` returns false. The diagnostics
// are the tokenizer's (the callback reports its own).
[[nodiscard]] Diagnostics for_each_csv_row(std::string_view text, std::string_view path,
                                           const std::function<bool(CsvRow&)>& row);

}  // namespace chronograph::detail
