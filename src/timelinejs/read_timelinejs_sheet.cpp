// TimelineJS's Google Sheet template, downloaded as CSV (docs/formats.md, "TimelineJS3 JSON"): one
// row per slide, the date in Year, Month, Day, Time (and End …) cells; `Type` marks the title
// row and eras. Tokenized by the CSV reader's table (src/csv/csv_table.hpp).

#include <algorithm>
#include <cctype>
#include <exception>
#include <unordered_map>

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "chronograph/timelinejs.hpp"
#include "csv/csv_table.hpp"
#include "parse/checks.hpp"
#include "timelinejs/slides.hpp"
#include "timelinejs/timelinejs_fields.hpp"

namespace chronograph {

namespace {

namespace tl = detail::timelinejs;
using detail::CsvField;
using detail::CsvRow;

std::string lowered(std::string_view text) {
  std::string out;
  for (char c : text) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::optional<std::string_view> sheet_column(std::string_view name) {
  const std::string wanted = lowered(detail::trimmed(name));
  for (std::string_view column : tl::sheet_columns)
    if (lowered(column) == wanted) return column;
  return std::nullopt;
}

class SheetReader {
 public:
  SheetReader(std::string path, Diagnostics& diagnostics)
      : path_(std::move(path)), diagnostics_(diagnostics), builder_(path_, diagnostics) {}

  void header(const CsvRow& row) {
    for (std::size_t k = 0; k < row.fields.size(); ++k) {
      const auto column = sheet_column(row.fields[k].text);
      if (!column) {
        diagnostics_.push_back(make_warning(
            range(row.fields[k]), fmt::format("column '{}' is not one of the TimelineJS sheet's; "
                                              "it is not read",
                                              detail::trimmed(row.fields[k].text))));
        continue;
      }
      index_.try_emplace(std::string(*column), k);
    }
    width_ = row.fields.size();
  }

  void row(const CsvRow& row) {
    if (row.fields.size() > width_) {
      diagnostics_.push_back(make_error(
          range(row.fields[width_]),
          fmt::format("row {} has {} fields, more than the header's {} (quote a field that holds "
                      "a comma)",
                      row.number, row.fields.size(), width_)));
      return;
    }
    if (std::all_of(row.fields.begin(), row.fields.end(),
                    [](const CsvField& field) { return detail::trimmed(field.text).empty(); }))
      return;
    const std::string type = lowered(text(row, "Type"));
    if (type == tl::sheet_title_type) {
      builder_.title(text(row, "Headline"), text(row, "Text"));
      return;
    }
    if (type == tl::sheet_era_type) return;  // the timeline's presentation, not an event
    tl::Slide slide;
    slide.number = ++slides_;
    slide.range = {path_, row.at, row.at};
    slide.start = date(row, "Year", "Month", "Day", "Time");
    if (!text(row, "End Year").empty() || !text(row, "End Month").empty() ||
        !text(row, "End Day").empty() || !text(row, "End Time").empty())
      slide.end = date(row, "End Year", "End Month", "End Day", "End Time");
    slide.headline = text(row, "Headline");
    slide.text = text(row, "Text");
    if (const CsvField* group = cell(row, "Group"); group && !detail::trimmed(group->text).empty())
      slide.group = Located<std::string>{detail::trimmed(group->text), range(*group)};
    for (auto [column, label] : {std::pair{"Media", "url"}, std::pair{"Media Caption", "caption"},
                                 std::pair{"Media Credit", "credit"}})
      if (const std::string value = text(row, column); !value.empty())
        slide.media.push_back(fmt::format("media {}: {}", label, tl::html_to_text(value)));
    builder_.add(std::move(slide));
  }

  Document finish() { return builder_.finish(); }

 private:
  SourceRange range(const CsvField& field) const {
    const SourcePosition end{
        field.at.line,
        field.at.column +
            static_cast<int>(field.text.find('\n') == std::string::npos ? field.text.size() : 0)};
    return {path_, field.at, end};
  }
  const CsvField* cell(const CsvRow& row, std::string_view column) const {
    const auto found = index_.find(std::string(column));
    if (found == index_.end() || found->second >= row.fields.size()) return nullptr;
    return &row.fields[found->second];
  }
  std::string text(const CsvRow& row, std::string_view column) const {
    const CsvField* field = cell(row, column);
    return field == nullptr ? std::string() : detail::trimmed(field->text);
  }

  std::optional<tl::DateField> number(const CsvRow& row, std::string_view column, bool& reported) {
    const CsvField* field = cell(row, column);
    if (field == nullptr || detail::trimmed(field->text).empty()) return std::nullopt;
    const std::string value = detail::trimmed(field->text);
    std::size_t used = 0;
    long long number = 0;
    try {
      number = std::stoll(value, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != value.size()) {
      diagnostics_.push_back(make_error(
          range(*field), fmt::format("row {}: {} must be a whole number", row.number, column)));
      reported = true;
      return std::nullopt;
    }
    return tl::DateField{number, range(*field)};
  }

  // `14:30`, `2:30 PM`, `9`, `14:30:15`: the Time column as Google Sheets writes it.
  void time(const CsvRow& row, std::string_view column, tl::SlideDate& date) {
    const CsvField* field = cell(row, column);
    if (field == nullptr) return;
    std::string value = lowered(detail::trimmed(field->text));
    if (value.empty()) return;
    const SourceRange at = range(*field);
    int shift = -1;
    for (auto [suffix, hours] : {std::pair{"am", 0}, std::pair{"pm", 12}})
      if (value.ends_with(suffix)) {
        shift = hours;
        value = detail::trimmed(value.substr(0, value.size() - 2));
      }
    std::array<long long, 3> parts{};
    std::size_t count = 0;
    std::size_t i = 0;
    while (count < 3) {
      std::size_t digits = 0;
      long long part = 0;
      while (i < value.size() && std::isdigit(static_cast<unsigned char>(value[i])) && digits < 2) {
        part = part * 10 + (value[i++] - '0');
        ++digits;
      }
      if (digits == 0) break;
      parts[count++] = part;
      if (i >= value.size() || value[i] != ':') break;
      ++i;
    }
    if (count == 0 || i != value.size() || (shift >= 0 && (parts[0] < 1 || parts[0] > 12))) {
      diagnostics_.push_back(make_error(
          at,
          fmt::format("row {}: {} must be a time such as 14:30 or 2:30 PM", row.number, column)));
      return;
    }
    if (shift >= 0) parts[0] = parts[0] % 12 + shift;
    date.hour = tl::DateField{parts[0], at};
    if (count > 1) date.minute = tl::DateField{parts[1], at};
    if (count > 2) date.second = tl::DateField{parts[2], at};
  }

  tl::SlideDate date(const CsvRow& row, std::string_view year, std::string_view month,
                     std::string_view day, std::string_view time_column) {
    tl::SlideDate out;
    const CsvField* year_cell = cell(row, year);
    out.range = year_cell ? range(*year_cell) : SourceRange{path_, row.at, row.at};
    out.year = number(row, year, out.reported);
    out.month = number(row, month, out.reported);
    out.day = number(row, day, out.reported);
    time(row, time_column, out);
    return out;
  }

  std::string path_;
  Diagnostics& diagnostics_;
  tl::SlideBuilder builder_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t width_ = 0;
  int slides_ = 0;
};

}  // namespace

bool looks_like_timelinejs_sheet(std::string_view text) {
  bool sheet = false;
  (void)detail::for_each_csv_row(text, "", [&](CsvRow& row) {
    bool year = false;
    bool headline = false;
    for (const CsvField& field : row.fields) {
      const auto column = sheet_column(field.text);
      year = year || column == "Year";
      headline = headline || column == "Headline";
    }
    sheet = year && headline;
    return false;
  });
  return sheet;
}

Result<Document> parse_timelinejs_sheet(std::string_view text, std::string_view path) {
  Result<Document> result;
  try {
    SheetReader reader(std::string(path), result.diagnostics);
    bool first = true;
    Diagnostics table = detail::for_each_csv_row(text, path, [&](CsvRow& row) {
      if (first) {
        reader.header(row);
        first = false;
      } else {
        reader.row(row);
      }
      return true;
    });
    result.diagnostics.insert(result.diagnostics.end(), table.begin(), table.end());
    if (!has_errors(table)) result.value = reader.finish();
  } catch (const std::exception& exception) {
    result.value.reset();
    result.diagnostics.push_back(
        make_error({std::string(path), {1, 1}, {1, 1}},
                   fmt::format("internal error while reading: {}", exception.what())));
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.range.begin.line, a.range.begin.column) <
                            std::pair(b.range.begin.line, b.range.begin.column);
                   });
  return result;
}

}  // namespace chronograph
