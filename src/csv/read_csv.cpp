// CSV import: the table of csv_table.cpp → the parse stage's Document, one event per row.

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"
#include "base/flat_string_map.hpp"
#include "chronograph/csv.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "csv/csv_table.hpp"
#include "csv/read_csv_stream.hpp"
#include "extract/morph.hpp"
#include "parse/checks.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"

namespace chronograph {

namespace {

using detail::trimmed;

constexpr std::array<std::string_view, 17> columns{
    "id",       "title",        "title_ko",     "title_en", "start", "end",
    "duration", "zone",         "calendar",     "status",   "lane",  "participants",
    "place",    "source_quote", "source_where", "tags",     "note"};

using detail::CsvField;
using detail::CsvRow;

// One of our columns by its number in `columns`, checked when compiled: a row's cells are found
// by number, not looked up by name (a million rows made 25 lookups and vectors each).
struct Column {
  std::size_t number;
  consteval Column(const char* name) : number(columns.size()) {  // NOLINT: implicit by design
    for (std::size_t i = 0; i < columns.size(); ++i)
      if (columns[i] == name) number = i;
    if (number == columns.size()) throw "not one of our columns";
  }
};

std::optional<std::size_t> column_number(std::string_view name) {
  const auto at = std::find(columns.begin(), columns.end(), name);
  if (at == columns.end()) return std::nullopt;
  return static_cast<std::size_t>(at - columns.begin());
}

bool blank(std::string_view text) {
  return text.find_first_not_of(" \t") == std::string_view::npos;
}

// A column's positions are those of its field; `offset` bytes into it for a part of the field
// (exact unless a doubled quote or a newline comes before it in the field).
SourceRange range_of(FileName path, const CsvField& field, std::size_t offset, std::size_t length) {
  const SourcePosition begin{field.at.line, field.at.column + static_cast<int>(offset)};
  return {path, begin, {begin.line, begin.column + static_cast<int>(length)}};
}

Located<std::string> located(FileName path, const CsvField& field) {
  return {field.text, range_of(path, field, 0, field.text.size())};
}

// The `;`-separated items of a field, trimmed, each with its range.
std::vector<Located<std::string>> items(FileName path, const CsvField& field) {
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

// Which file columns fill each of our columns: the header's own names (our layout), or what a
// mapping says (another layout; the file's other columns are not read).
class Mapper {
 public:
  Mapper(std::string path, Diagnostics& diagnostics, const CsvMapping* mapping)
      : path_(std::move(path)), diagnostics_(diagnostics), mapping_(mapping) {}

  // Room for the event ids of `rows` rows, taken once (a 1M-row file rehashed its table 20 times).
  void reserve(std::size_t rows) { event_ids_.reserve(rows); }

  bool read_header(const CsvRow& header) {
    width_ = header.fields.size();
    if (mapping_ != nullptr) {
      map_header(header);
      return !has_errors(diagnostics_);
    }
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
      const CsvField& field = header.fields[i];
      const std::string name = trimmed(field.text);
      const SourceRange at = range_of(path_, field, 0, std::max<std::size_t>(1, field.text.size()));
      const std::optional<std::size_t> number = column_number(name);
      if (!number) {
        error(at, fmt::format("unknown column '{}'{}", name, detail::did_you_mean(name, columns)));
      } else if (!index_[*number].empty()) {
        error(at, fmt::format("column '{}' appears twice", name));
      } else {
        index_[*number].push_back(i);
      }
    }
    for (const Column required : {Column("id"), Column("start")})
      if (index_[required.number].empty())
        error({path_, header.at, header.at},
              fmt::format("missing column '{}'; the header row must name it (columns: {})",
                          columns[required.number], detail::join_choices(columns, true)));
    return !has_errors(diagnostics_);
  }

  // The row's event, or nothing when the row is unusable (reported).
  std::optional<EventDecl> read_row(const CsvRow& row) {
    if (row.fields.size() != width_) {
      const SourcePosition at =
          row.fields.size() > width_ ? row.fields[width_].at : row.fields.back().at;
      error({path_, at, {at.line, at.column + 1}},
            fmt::format("row {} has {} fields, the header {}; every row needs one field per "
                        "column (quote a field that holds a comma)",
                        row.number, row.fields.size(), width_));
      return std::nullopt;
    }
    current_ = &row;
    EventDecl event;
    // Ids are checked as the YAML this table exports to checks its keys; rows named row-N by
    // us are unique already.
    const bool row_ids = mapping_ != nullptr && index_[Column("id").number].empty();
    if (row_ids) {
      event.id = {fmt::format("row-{}", row.number), {path_, row.at, row.at}};
    } else {
      event.id = cell("id");
    }
    event.range = event.id.range;
    if (event.id.value.empty()) {
      error({path_, row.at, row.at}, fmt::format("row {} has no id", row.number));
      return std::nullopt;
    }
    if (!check_event_id(event.id)) return std::nullopt;
    if (!row_ids) {
      const auto [number, added] = event_ids_.try_emplace(event.id.value, event.id.range);
      if (!added) {
        diagnostics_.push_back(
            detail::duplicate_id_error(event.id, "event", event_ids_[number].value));
        return std::nullopt;
      }
    }
    event.title = {text("title"), text("title_ko"), text("title_en")};
    // Data often has no title column: the event is labelled by its id rather than not at all.
    if (mapping_ != nullptr && event.title.plain.empty() && event.title.ko.empty() &&
        event.title.en.empty())
      event.title.plain = event.id.value;
    event.when = cell("start");
    if (has_text("end")) event.end = cell("end");
    if (has_text("duration")) event.duration = cell("duration");
    read_zone(event);
    if (has_text("calendar")) event.calendar = checked("calendar", calendar_names());
    if (has_text("status")) event.status = checked("status", event_status_names());
    read_references(event);
    if (has_text("source_quote") || has_text("source_where"))
      event.source = SourceNoteDecl{text("source_quote"), text("source_where")};
    for_each_field("tags", [&](const CsvField& tags) {
      for (Located<std::string>& tag : items(path_, tags)) event.tags.push_back(tag.value);
    });
    event.note = text("note");
    return event;
  }

  // The entities the rows name, in order of first mention.
  void add_entities(Document& document) const {
    for (const Mention& mention : entities_) {
      EntityDecl entity;
      entity.id = mention.id;
      entity.name.plain = mention.name;
      const std::string kind = mapping_ != nullptr ? mapping_->participant_kind : "other";
      entity.kind = {mention.place ? "place" : kind, mention.id.range};
      entity.range = mention.id.range;
      document.entities.push_back(std::move(entity));
    }
  }

  std::optional<Located<std::string>> default_zone;

 private:
  void error(SourceRange range, std::string message,
             std::optional<Diagnostic> note = std::nullopt) {
    Diagnostic diagnostic = make_error(std::move(range), std::move(message));
    if (note) diagnostic.notes.push_back(std::move(*note));
    diagnostics_.push_back(std::move(diagnostic));
  }

  void map_header(const CsvRow& header) {
    std::vector<std::string> names;
    for (const CsvField& field : header.fields) names.push_back(trimmed(field.text));
    const std::vector<std::string_view> choices(names.begin(), names.end());
    for (const CsvColumnMap& target : mapping_->columns) {
      // A caller's own mapping may name a target we do not have: nothing reads it.
      const std::optional<std::size_t> number = column_number(target.target);
      if (!number) continue;
      std::vector<std::size_t>& found = index_[*number];
      for (const Located<std::string>& source : target.sources) {
        const auto at = std::find(names.begin(), names.end(), source.value);
        if (at != names.end()) {
          found.push_back(static_cast<std::size_t>(at - names.begin()));
          continue;
        }
        error({path_, header.at, header.at},
              fmt::format("missing column '{}': the mapping reads '{}' from it, and the header "
                          "has no such column{}",
                          source.value, target.target, detail::did_you_mean(source.value, choices)),
              make_note(source.range, fmt::format("'{}' is mapped here", target.target)));
      }
    }
  }

  // The row's fields of `target`, several for a list a mapping reads from several columns.
  template <class Visit>
  void for_each_field(Column target, Visit visit) const {
    for (const std::size_t column : index_[target.number]) visit(current_->fields[column]);
  }
  const CsvField* field(Column target) const {
    const std::vector<std::size_t>& found = index_[target.number];
    return found.empty() ? nullptr : &current_->fields[found.front()];
  }
  Located<std::string> cell(Column target) const {
    const CsvField* f = field(target);
    return f ? located(path_, *f) : Located<std::string>{};
  }
  bool has_text(Column target) const {
    bool any = false;
    for_each_field(target, [&any](const CsvField& f) { any = any || !blank(f.text); });
    return any;
  }
  // A target mapped to several columns (a note) reads their non-empty cells as lines.
  std::string text(Column target) const {
    std::string out;
    for_each_field(target, [&out](const CsvField& f) {
      if (blank(f.text)) return;
      if (!out.empty()) out += '\n';
      out += f.text;
    });
    return out;
  }

  Located<std::string> checked(Column target, std::span<const std::string_view> names) {
    Located<std::string> value = cell(target);
    if (std::find(names.begin(), names.end(), value.value) == names.end())
      error(value.range, fmt::format("unknown {} '{}'{}", columns[target.number], value.value,
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
    for_each_field("participants", [&](const CsvField& people) {
      for (Located<std::string>& item : items(path_, people)) {
        if (mapping_ != nullptr) {
          event.participants.push_back({named(item, false), {}});
        } else {
          event.participants.push_back(participant(std::move(item)));
          check_id(event.participants.back().entity);
          mention(event.participants.back().entity, false);
        }
      }
    });
    // The export's lane is the first participant's name: the one entity name the table keeps.
    if (mapping_ == nullptr && !event.participants.empty() && has_text("lane")) {
      Mention& first = entities_[ids_.at(event.participants.front().entity.value)];
      if (first.name.empty()) first.name = trimmed(text("lane"));
    }
    if (has_text("place")) {
      event.place = mapping_ != nullptr ? named(cell("place"), true) : cell("place");
      if (mapping_ == nullptr) {
        check_id(*event.place);
        mention(*event.place, true);
      }
    }
  }

  // Our own layout's participants and places are ids, as in YAML, which would refuse the file
  // this one imports to (`kim lee`); a mapped table's cells are names and get ids made for them.
  void check_id(const Located<std::string>& id) {
    if (auto problem = detail::invalid_id_message(id.value, "entity"))
      error(id.range, std::move(*problem));
  }

  // An event id is an id in either layout: the YAML and JSON this table exports to would refuse
  // `a b`, and a mapped table can leave `id` unmapped to get the row ids we make.
  bool check_event_id(const Located<std::string>& id) {
    std::optional<std::string> problem = detail::invalid_id_message(id.value, "event");
    if (!problem) return true;
    std::optional<Diagnostic> note;
    if (mapping_ != nullptr)
      note = make_note(id.range, "leave 'id' out of the mapping and each row is named row-N");
    error(id.range, std::move(*problem), std::move(note));
    return false;
  }

  struct Mention {
    Located<std::string> id;
    bool place = false;  // named in a `place` column
    std::string name;    // from `lane`, or the mapped cell
  };

  std::size_t mention(const Located<std::string>& id, bool place) {
    const auto [found, added] = ids_.try_emplace(id.value, entities_.size());
    if (added) {
      entities_.push_back({id, place, {}});
    } else if (place) {
      entities_[found->second].place = true;
    }
    return found->second;
  }

  // A mapped cell holds a name; the entity gets an id made from it, one per distinct name.
  Located<std::string> named(Located<std::string> name, bool place) {
    const auto known = names_.find(name.value);
    if (known != names_.end()) {
      if (place) entities_[known->second].place = true;
      name.value = entities_[known->second].id.value;
      return name;
    }
    std::string base = extract_stage::id_for(name.value);
    if (base.empty()) base = fmt::format("entity-{}", entities_.size() + 1);
    std::string id = base;
    for (int n = 2; ids_.contains(id); ++n) id = fmt::format("{}-{}", base, n);
    const std::size_t index = mention({id, name.range}, place);
    entities_[index].name = name.value;
    names_.emplace(name.value, index);
    name.value = id;
    return name;
  }

  FileName path_;  // interned once: every range of the file carries it
  Diagnostics& diagnostics_;
  const CsvMapping* mapping_;
  std::array<std::vector<std::size_t>, columns.size()> index_;  // ours → the file's columns
  std::size_t width_ = 0;
  const CsvRow* current_ = nullptr;
  std::vector<Mention> entities_;                       // in order of first mention
  std::unordered_map<std::string, std::size_t> ids_;    // id → entities_
  detail::FlatStringMap<SourceRange> event_ids_;        // id → where it is first
  std::unordered_map<std::string, std::size_t> names_;  // mapped name → entities_
};

// Streaming (detail::EventSink): each row's event is handed over as it is read. The settings go
// first, at the first event: the document's zone is the first row's, so a file whose first zone
// comes later is read whole (`whole`).
class RowSink {
 public:
  RowSink(detail::EventSink* sink, bool& whole) : sink_(sink), whole_(whole) {}
  [[nodiscard]] bool streaming() const { return sink_ != nullptr; }
  void add(EventDecl&& event, const Mapper& mapper, const std::string& path, std::size_t rows) {
    if (!begun_) {
      begun_ = true;
      Document header;
      header.path = path;
      if (mapper.default_zone) header.default_zone = *mapper.default_zone;
      zoned_ = mapper.default_zone.has_value();
      sink_->begin(std::move(header), rows, true);
    } else if (!zoned_ && mapper.default_zone) {
      whole_ = true;
    }
    sink_->add(std::move(event));
  }
  void end(std::vector<EntityDecl>&& entities) {
    if (begun_) sink_->end_entities(std::move(entities));
  }

 private:
  detail::EventSink* sink_;
  bool& whole_;
  bool begun_ = false;
  bool zoned_ = false;
};

Result<Document> read_table(std::string_view text, std::string_view path, const CsvMapping* mapping,
                            RowSink out) {
  Result<Document> result;
  const std::string file(path);
  const SourceRange start = detail::file_start(file);
  if (auto bad = detail::check_input_text(text, path, limits::max_data_input_bytes)) {
    result.diagnostics.push_back(std::move(*bad));
    return result;
  }
  Document document;
  document.path = file;
  // A row per line, fewer when a quoted field holds a newline: room for all, taken once.
  const auto lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  const std::size_t room = std::min(lines + 1, limits::max_events);
  if (!out.streaming()) document.events.reserve(room);
  Mapper mapper(file, result.diagnostics, mapping);
  mapper.reserve(room);
  bool header_read = false;
  bool header_ok = false;
  std::size_t rows = 0;
  Diagnostics table = detail::for_each_csv_row(text, path, [&](CsvRow& row) {
    if (!header_read) {
      header_read = true;
      header_ok = mapper.read_header(row);
      return header_ok;
    }
    if (++rows > limits::max_events) {
      result.diagnostics.push_back(make_error(
          start, fmt::format("more than {} rows (see docs/limits.md)", limits::max_events)));
      return false;
    }
    std::optional<EventDecl> event = mapper.read_row(row);
    if (event && out.streaming()) {
      out.add(std::move(*event), mapper, file, room);
    } else if (event) {
      document.events.push_back(std::move(*event));
    }
    return true;
  });
  result.diagnostics.insert(result.diagnostics.end(), table.begin(), table.end());
  if (!header_read && !has_errors(result.diagnostics))
    result.diagnostics.push_back(
        make_error(start, "file is empty; its first row must name the columns (docs/formats.md)"));
  if (has_errors(result.diagnostics) && (!header_ok || !table.empty() || rows > limits::max_events))
    return result;
  if (mapper.default_zone) document.default_zone = *mapper.default_zone;
  mapper.add_entities(document);
  if (out.streaming()) out.end(std::move(document.entities));
  result.value = std::move(document);
  return result;
}

}  // namespace

std::span<const std::string_view> csv_columns() {
  return columns;
}

Result<Document> parse_csv(std::string_view text, std::string_view path) {
  bool whole = false;
  return read_table(text, path, nullptr, {nullptr, whole});
}

Result<Document> parse_csv(std::string_view text, std::string_view path,
                           const CsvMapping& mapping) {
  bool whole = false;
  return read_table(text, path, &mapping, {nullptr, whole});
}

namespace detail {

Result<Document> parse_csv_streaming(std::string_view text, std::string_view path,
                                     const CsvMapping* mapping, EventSink& sink, bool& whole) {
  return read_table(text, path, mapping, {&sink, whole});
}

}  // namespace detail

}  // namespace chronograph
