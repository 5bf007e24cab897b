// CSV import: the table of csv_table.cpp → the parse stage's Document, one event per row.

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"
#include "chronograph/csv.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "csv/csv_table.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"

namespace chronograph {

namespace {

constexpr std::array<std::string_view, 17> columns{
    "id",       "title",        "title_ko",     "title_en", "start", "end",
    "duration", "zone",         "calendar",     "status",   "lane",  "participants",
    "place",    "source_quote", "source_where", "tags",     "note"};

using detail::CsvField;
using detail::CsvRow;

std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

// A column's positions are those of its field; `offset` bytes into it for a part of the field
// (exact unless a doubled quote or a newline comes before it in the field).
SourceRange range_of(const std::string& path, const CsvField& field, std::size_t offset,
                     std::size_t length) {
  const SourcePosition begin{field.at.line, field.at.column + static_cast<int>(offset)};
  return {path, begin, {begin.line, begin.column + static_cast<int>(length)}};
}

Located<std::string> located(const std::string& path, const CsvField& field) {
  return {field.text, range_of(path, field, 0, field.text.size())};
}

// The `;`-separated items of a field, trimmed, each with its range.
std::vector<Located<std::string>> items(const std::string& path, const CsvField& field) {
  std::vector<Located<std::string>> out;
  std::size_t begin = 0;
  while (begin <= field.text.size()) {
    std::size_t end = field.text.find(';', begin);
    if (end == std::string::npos) end = field.text.size();
    const std::string_view raw = std::string_view(field.text).substr(begin, end - begin);
    const std::string item = trimmed(raw);
    if (!item.empty()) {
      const std::size_t lead = raw.find_first_not_of(" \t");
      out.push_back({item, range_of(path, field, begin + lead, item.size())});
    }
    begin = end + 1;
  }
  return out;
}

// "kyung-kye-hyun (host)" → entity and role.
ParticipantDecl participant(Located<std::string> item) {
  ParticipantDecl out;
  const std::string& text = item.value;
  const auto open = text.rfind(" (");
  if (text.ends_with(')') && open != std::string::npos) {
    out.role = trimmed(std::string_view(text).substr(open + 2, text.size() - open - 3));
    item.value = trimmed(std::string_view(text).substr(0, open));
    item.range.end = {item.range.begin.line,
                      item.range.begin.column + static_cast<int>(item.value.size())};
  }
  out.entity = std::move(item);
  return out;
}

// True when the time text names its own zone: then the default zone does not change its bounds.
bool names_its_zone(const std::string& text) {
  const auto west = parse_time(text, "Etc/GMT+12");
  const auto east = parse_time(text, "Etc/GMT-14");
  if (!west.value || !east.value) return true;  // left as written; the model reports the error
  return west.value->start == east.value->start && west.value->end == east.value->end;
}

class Mapper {
 public:
  Mapper(std::string path, Diagnostics& diagnostics)
      : path_(std::move(path)), diagnostics_(diagnostics) {}

  bool read_header(const CsvRow& header) {
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      const CsvField& field = header.fields[i];
      const std::string name = trimmed(field.text);
      const SourceRange at = range_of(path_, field, 0, std::max<std::size_t>(1, field.text.size()));
      if (std::find(columns.begin(), columns.end(), name) == columns.end()) {
        error(at, fmt::format("unknown column '{}'{}", name, detail::did_you_mean(name, columns)));
      } else if (!index_.emplace(name, i).second) {
        error(at, fmt::format("column '{}' appears twice", name));
      }
    }
    width_ = header.fields.size();
    for (std::string_view required : {"id", "start"})
      if (!index_.contains(std::string(required)))
        error({path_, header.at, header.at},
              fmt::format("missing column '{}'; the header row must name it (columns: {})",
                          required, detail::join_choices(columns, true)));
    return !has_errors(diagnostics_);
  }

  void read_row(const CsvRow& row, Document& document) {
    if (row.fields.size() != width_) {
      const SourcePosition at =
          row.fields.size() > width_ ? row.fields[width_].at : row.fields.back().at;
      error({path_, at, {at.line, at.column + 1}},
            fmt::format("row {} has {} fields, the header {}; every row needs one field per "
                        "column (quote a field that holds a comma)",
                        row.number, row.fields.size(), width_));
      return;
    }
    current_ = &row;
    EventDecl event;
    event.id = cell("id");
    event.range = event.id.range;
    if (event.id.value.empty()) {
      error({path_, row.at, row.at}, fmt::format("row {} has no id", row.number));
      return;
    }
    event.title = {text("title"), text("title_ko"), text("title_en")};
    event.when = cell("start");
    if (!text("end").empty()) event.end = cell("end");
    if (!text("duration").empty()) event.duration = cell("duration");
    read_zone(event);
    if (!text("calendar").empty()) event.calendar = checked("calendar", calendar_names());
    if (!text("status").empty()) event.status = checked("status", event_status_names());
    read_references(event);
    if (!text("source_quote").empty() || !text("source_where").empty())
      event.source = SourceNoteDecl{text("source_quote"), text("source_where")};
    if (const CsvField* tags = field("tags"))
      for (Located<std::string>& tag : items(path_, *tags)) event.tags.push_back(tag.value);
    event.note = text("note");
    document.events.push_back(std::move(event));
  }

  // The entities the rows name, in order of first mention.
  void add_entities(Document& document) const {
    for (const Mention& mention : entities_) {
      EntityDecl entity;
      entity.id = mention.id;
      entity.name.plain = mention.name;
      entity.kind = {mention.place ? "place" : "other", mention.id.range};
      entity.range = mention.id.range;
      document.entities.push_back(std::move(entity));
    }
  }

  std::optional<Located<std::string>> default_zone;

 private:
  void error(SourceRange range, std::string message) {
    diagnostics_.push_back(make_error(std::move(range), std::move(message)));
  }

  const CsvField* field(const std::string& name) const {
    const auto found = index_.find(name);
    return found == index_.end() ? nullptr : &current_->fields[found->second];
  }
  Located<std::string> cell(const std::string& name) const {
    const CsvField* f = field(name);
    return f ? located(path_, *f) : Located<std::string>{};
  }
  std::string text(const std::string& name) const {
    const CsvField* f = field(name);
    return f ? f->text : std::string();
  }

  Located<std::string> checked(const std::string& name, std::span<const std::string_view> names) {
    Located<std::string> value = cell(name);
    if (std::find(names.begin(), names.end(), value.value) == names.end())
      error(value.range, fmt::format("unknown {} '{}'{}", name, value.value,
                                     detail::did_you_mean(value.value, names)));
    return value;
  }

  // The document reads times in the first row's zone; a row in another zone whose times name
  // none gets it written after them, so its bounds are what that row says.
  void read_zone(EventDecl& event) {
    const Located<std::string> zone = cell("zone");
    if (zone.value.empty()) return;
    if (!default_zone) default_zone = zone;
    if (zone.value == default_zone->value) return;
    if (!event.when.value.empty() && !names_its_zone(event.when.value))
      event.when.value += " " + zone.value;
    if (event.end && !names_its_zone(event.end->value)) event.end->value += " " + zone.value;
  }

  void read_references(EventDecl& event) {
    if (const CsvField* people = field("participants"))
      for (Located<std::string>& item : items(path_, *people)) {
        event.participants.push_back(participant(std::move(item)));
        mention(event.participants.back().entity, false);
      }
    // The export's lane is the first participant's name: the one entity name the table keeps.
    if (!event.participants.empty() && !text("lane").empty()) {
      Mention& first = *find(event.participants.front().entity.value);
      if (first.name.empty()) first.name = trimmed(text("lane"));
    }
    if (!text("place").empty()) {
      event.place = cell("place");
      mention(*event.place, true);
    }
  }

  struct Mention {
    Located<std::string> id;
    bool place = false;  // named in a `place` column
    std::string name;    // from `lane`
  };

  std::vector<Mention>::iterator find(const std::string& id) {
    return std::find_if(entities_.begin(), entities_.end(),
                        [&](const Mention& entry) { return entry.id.value == id; });
  }

  void mention(const Located<std::string>& id, bool place) {
    const auto found = find(id.value);
    if (found == entities_.end()) {
      entities_.push_back({id, place, {}});
    } else if (place) {
      found->place = true;
    }
  }

  std::string path_;
  Diagnostics& diagnostics_;
  std::map<std::string, std::size_t> index_;
  std::size_t width_ = 0;
  const CsvRow* current_ = nullptr;
  std::vector<Mention> entities_;  // in order of first mention
};

}  // namespace

std::span<const std::string_view> csv_columns() {
  return columns;
}

Result<Document> parse_csv(std::string_view text, std::string_view path) {
  Result<Document> result;
  const std::string file(path);
  const SourceRange start{file, {1, 1}, {1, 1}};
  if (text.size() > limits::max_input_bytes) {
    result.diagnostics.push_back(
        make_error(start, fmt::format("file is larger than {} MiB (see docs/limits.md)",
                                      limits::max_input_bytes / (1024 * 1024))));
    return result;
  }
  if (const auto bad = detail::find_invalid_utf8(text)) {
    const SourcePosition at = detail::position_at_offset(text, bad->offset);
    result.diagnostics.push_back(make_error({file, at, at}, bad->message));
    return result;
  }
  Result<std::vector<CsvRow>> table = detail::read_csv_table(text, path);
  result.diagnostics = std::move(table.diagnostics);
  if (has_errors(result.diagnostics)) return result;
  if (table.value->empty()) {
    result.diagnostics.push_back(
        make_error(start, "file is empty; its first row must name the columns (docs/formats.md)"));
    return result;
  }
  if (table.value->size() - 1 > limits::max_events) {
    result.diagnostics.push_back(make_error(
        start, fmt::format("more than {} rows (see docs/limits.md)", limits::max_events)));
    return result;
  }
  Document document;
  document.path = file;
  Mapper mapper(file, result.diagnostics);
  if (!mapper.read_header(table.value->front())) return result;
  for (std::size_t row = 1; row < table.value->size(); ++row)
    mapper.read_row((*table.value)[row], document);
  if (mapper.default_zone) document.default_zone = *mapper.default_zone;
  mapper.add_entities(document);
  result.value = std::move(document);
  return result;
}

}  // namespace chronograph
