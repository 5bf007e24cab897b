// RFC 4180 tokenizer: one pass over the bytes, tracking line and column for every field.

#include "csv/csv_table.hpp"

namespace chronograph::detail {

namespace {

class Scanner {
 public:
  Scanner(std::string_view text, std::string_view path) : text_(text), path_(path) {}

  Diagnostics run(const std::function<bool(CsvRow&)>& take) {
    if (text_.starts_with("\xEF\xBB\xBF")) advance(3);
    int number = 0;
    while (!done() && !failed_) {
      if (at_line_end()) {  // a blank line: no record
        skip_line_end();
        continue;
      }
      CsvRow row;
      row.at = here();
      row.number = ++number;
      read_record(row);
      if (failed_ || !take(row)) break;
    }
    return std::move(diagnostics_);
  }

 private:
  [[nodiscard]] bool done() const { return pos_ >= text_.size(); }
  [[nodiscard]] char peek() const { return text_[pos_]; }
  [[nodiscard]] SourcePosition here() const { return {line_, column_}; }
  [[nodiscard]] bool at_line_end() const {
    return peek() == '\n' || (peek() == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n');
  }

  void advance(std::size_t n = 1) {
    for (; n > 0 && !done(); --n, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
  }
  void skip_line_end() { advance(peek() == '\r' ? 2 : 1); }

  void fail(SourcePosition at, std::string message) {
    diagnostics_.push_back(
        make_error({std::string(path_), at, {at.line, at.column + 1}}, std::move(message)));
    failed_ = true;
  }

  void read_record(CsvRow& row) {
    while (true) {
      row.fields.push_back(done() || peek() != '"' ? unquoted() : quoted());
      if (failed_ || done()) return;
      if (at_line_end()) {
        skip_line_end();
        return;
      }
      advance();  // the comma
    }
  }

  CsvField unquoted() {
    CsvField field{{}, here(), false};
    const std::size_t begin = pos_;
    while (!done() && peek() != ',' && !at_line_end()) {
      if (peek() == '"') {
        fail(here(),
             "a double quote inside an unquoted field; quote the whole field and double the "
             "quote (\"say \"\"hi\"\"\")");
        return field;
      }
      advance();
    }
    field.text = std::string(text_.substr(begin, pos_ - begin));
    return field;
  }

  CsvField quoted() {
    const SourcePosition opening = here();
    advance();
    CsvField field{{}, here(), true};
    while (true) {
      if (done()) {
        fail(opening, "this quoted field is never closed (a double quote is missing)");
        return field;
      }
      if (peek() == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          field.text += '"';
          advance(2);
          continue;
        }
        advance();
        break;
      }
      field.text += peek();  // newlines and commas included: they are the field's
      advance();
    }
    if (!done() && peek() != ',' && !at_line_end())
      fail(here(), "text after a closing quote; a field is either all quoted or not at all");
    return field;
  }

  std::string_view text_;
  std::string_view path_;
  std::size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  bool failed_ = false;
  Diagnostics diagnostics_;
};

}  // namespace

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

Result<std::vector<CsvRow>> read_csv_table(std::string_view text, std::string_view path) {
  Result<std::vector<CsvRow>> result;
  std::vector<CsvRow> rows;
  result.diagnostics = for_each_csv_row(text, path, [&](CsvRow& row) {
    rows.push_back(std::move(row));
    return true;
  });
  result.value = std::move(rows);
  return result;
}

Diagnostics for_each_csv_row(std::string_view text, std::string_view path,
                             const std::function<bool(CsvRow&)>& row) {
  return Scanner(text, path).run(row);
}

}  // namespace chronograph::detail
