// Event JSON import (docs/formats.md, "Event JSON"): the checks on the whole file, the top level,
// then the sections (json_sections.cpp, json_relations.cpp) and what is settled once the whole
// file is read.

#include <algorithm>
#include <array>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "base/background.hpp"
#include "chronograph/json.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "json/json_sections.hpp"
#include "json/json_split.hpp"
#include "json/json_syntax.hpp"
#include "json/read_json_stream.hpp"
#include "parse/checks.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"

namespace chronograph {

namespace {

using detail::file_start;
using detail::json::check;
using detail::json::Key;
using detail::json::Kind;
using detail::json::Reader;
using detail::json::Stop;
namespace od = detail::json::od;

constexpr int top_depth = 1;
constexpr int section_depth = detail::json::section_depth;

constexpr std::array<std::string_view, 10> document_keys{
    "chronograph", "title",  "titles",   "zone",      "calendar",
    "source",      "events", "entities", "relations", "order"};
constexpr std::array<std::string_view, 4> source_keys{"title", "url", "published", "language"};
constexpr std::array<std::string_view, 3> published_keys{"text", "earliest", "latest"};
constexpr std::string_view at_top_level = " at the top level";
constexpr std::array<std::string_view, 3> split_names{"events", "entities", "relations"};

std::string_view trimmed_token(std::string_view token) {
  while (!token.empty() && std::string_view(" \t\r\n").find(token.back()) != std::string_view::npos)
    token.remove_suffix(1);
  return token;
}

// `published`: the time as written, or the export's {"text", "earliest", "latest"}.
std::optional<Located<std::string>> read_published(Reader& reader, od::value& value) {
  constexpr int depth = section_depth + 1;
  if (reader.kind(value) != Kind::object) return reader.string(value, "published", depth);
  std::optional<Located<std::string>> text;
  od::object object = reader.object(value);
  reader.fields(object, " in published", depth, [&](const Key& key, od::value& member) {
    if (key.name == "text") {
      text = reader.string(member, "text", depth + 1);
    } else if (key.name == "earliest" || key.name == "latest") {
      reader.skip(member, depth + 1);
    } else {
      reader.unknown(key, " in published", published_keys, member, depth + 1);
    }
  });
  return text;
}

void read_source(Reader& reader, od::value& value, DocumentSource& source) {
  const Kind kind = reader.kind(value);
  if (kind == Kind::null) return;
  if (kind != Kind::object) {
    reader.error(reader.point(value), "source must be an object {title, url, published, language}");
    reader.skip(value, section_depth, true);
    return;
  }
  od::object object = reader.object(value);
  reader.fields(object, " in source", section_depth, [&](const Key& key, od::value& member) {
    constexpr int depth = section_depth + 1;
    if (key.name == "title") {
      source.title = reader.plain_string(member, key.name, depth).value_or("");
    } else if (key.name == "url") {
      source.url = reader.plain_string(member, key.name, depth).value_or("");
    } else if (key.name == "published") {
      source.published = read_published(reader, member);
    } else if (key.name == "language") {
      source.language = reader.plain_string(member, key.name, depth).value_or("");
    } else {
      reader.unknown(key, " in source", source_keys, member, depth);
    }
  });
}

// False when the format version is missing or not 1: nothing else is read then, since the keys of
// another version mean nothing to this reader. Looked up first wherever it stands in the object;
// the object is then rewound.
bool read_version(Reader& reader, od::object& root) {
  od::value value;
  const simdjson::error_code found = root.find_field_unordered("chronograph").get(value);
  if (found == simdjson::NO_SUCH_FIELD) {
    bool any = false;
    check(root.reset().get(any));
    od::value scene;
    // A view's scene JSON ends in .json too; say what it is rather than what it lacks.
    const bool is_scene =
        root.find_field_unordered("chronograph_scene").get(scene) == simdjson::SUCCESS;
    reader.error(file_start(reader.path()),
                 is_scene
                     ? "this is scene JSON (a laid-out view, docs/scene.md), which chronograph "
                       "writes but does not read; give it the event file or what `render "
                       "--format json` wrote"
                     : "missing format version: an event JSON file starts with "
                       "{\"chronograph\": 1");
    return false;
  }
  check(found);
  const Kind kind = reader.kind(value);
  std::string shown(trimmed_token(value.raw_json_token()));
  if (kind == Kind::number && shown == "1") {
    bool any = false;
    check(root.reset().get(any));
    return true;
  }
  const SourceRange at = reader.point(value);
  if (kind == Kind::object || kind == Kind::array) shown = shown.substr(0, 1) + "…";
  if (shown.size() > 40) shown = shown.substr(0, 40) + "…";
  reader.error(at, fmt::format("unsupported format version '{}': this chronograph reads format 1{}",
                               shown, kind == Kind::number ? "" : ", written as the number 1"));
  return false;
}

// A big file's events and relations, each read on a thread of its own while the outline walk
// goes on: the two sections are independent until the model joins them, and each is about half
// of the reading. Their messages join the others' when they are done; parse_into sorts all by
// position.
class BackgroundSections {
 public:
  using ReadSplit =
      std::function<void(Reader&, const detail::json::SplitSection&, const SourceRange&)>;

  // Starts `read` on the section at `value` when it was split (and is an array); false, with
  // nothing read, when it is to be read here.
  bool start(Reader& reader, od::value& value, ReadSplit read) {
    if (reader.kind(value) != Kind::array) return false;
    const SourceRange at = reader.point(value);
    const detail::json::SplitSection* split = detail::json::split_section(reader, value);
    if (!split) return false;
    auto& job = *jobs_.emplace_back(std::make_unique<Job>());
    job.reader = reader.fork(job.diagnostics);
    job.done = detail::in_background(
        [&job, split, at, read = std::move(read)] { read(*job.reader, *split, at); });
    return true;
  }
  // Waits for every section; rethrows what stopped one (a syntax error: Stop).
  void finish(Diagnostics& diagnostics) {
    for (auto& job : jobs_) {
      if (job->done.valid()) job->done.get();
      diagnostics.insert(diagnostics.end(), std::make_move_iterator(job->diagnostics.begin()),
                         std::make_move_iterator(job->diagnostics.end()));
    }
    jobs_.clear();
  }

 private:
  struct Job {
    Diagnostics diagnostics;
    std::unique_ptr<Reader> reader;
    std::future<void> done;  // last: its destructor waits for the job, which uses the others
  };
  std::vector<std::unique_ptr<Job>> jobs_;
};

// The document's settings and entities, which a streaming read hands over before the events.
Document header_of(Document& document) {
  Document header;
  header.path = document.path;
  header.format_version = document.format_version;
  header.title = document.title;
  header.source = document.source;
  header.default_zone = document.default_zone;
  header.calendar = document.calendar;
  header.entities = std::move(document.entities);
  return header;
}

// The export writes every event's calendar; one that is the document's says nothing of its own.
void drop_default_calendar(EventDecl& event, const Document& document) {
  if (event.calendar && event.calendar->value == document.calendar.value) event.calendar.reset();
}

struct TopLevel {
  Reader& reader;
  Document& document;
  std::vector<detail::json::ImpliedRole>& roles;
  detail::EventSink* sink = nullptr;  // streaming: the events go there, after the other keys
  detail::json::TextPair title{"title", "titles"};
  BackgroundSections background;
  const detail::json::SplitSection* events_split = nullptr;  // streaming: read at the end
  SourceRange events_at;

  // Streaming: a split events section is passed over, to be read once the settings are known
  // (stream_events); false when it is read here.
  bool defer_events(od::value& value) {
    if (!sink || reader.kind(value) != Kind::array) return false;
    events_at = reader.point(value);
    events_split = detail::json::split_section(reader, value);
    return events_split != nullptr;
  }

  // Streaming: the settings are all read by now; the events are read here, on this thread,
  // while the relations go on in the background.
  void stream_events() {
    const std::size_t count = events_split ? events_split->entries.size() : document.events.size();
    sink->begin(header_of(document), count, false);
    const detail::json::EventOut out = [this](EventDecl&& event) {
      drop_default_calendar(event, document);
      sink->add(std::move(event));
    };
    if (events_split) detail::json::stream_split_events(reader, *events_split, events_at, out);
    for (EventDecl& event : document.events) out(std::move(event));
    std::vector<EventDecl>().swap(document.events);
  }

  // Streaming: the relations go to the sink as they are read, not into the document.
  detail::json::RelationOut relation_out() {
    if (!sink) return detail::json::relations_into(document.relations);
    return {[sink = sink](std::size_t count) { sink->reserve_relations(count); },
            [sink = sink](RelationDecl&& relation) { sink->add_relation(std::move(relation)); }};
  }

  void read(const Key& key, od::value& value) {
    const std::string_view name = key.name;
    if (name == "chronograph" || title.read(reader, key, value, section_depth)) return;
    if (name == "zone") {
      if (auto zone = reader.string(value, name, section_depth))
        document.default_zone = std::move(*zone);
    } else if (name == "calendar") {
      if (auto calendar = reader.choice(value, name, "calendar", calendar_names(), section_depth))
        document.calendar = std::move(*calendar);
    } else if (name == "source") {
      read_source(reader, value, document.source);
    } else if (name == "events" && defer_events(value)) {
      return;
    } else if (name == "events") {
      auto read = [&events = document.events](Reader& in, const auto& split, const auto& at) {
        detail::json::read_split_events(in, split, at, events);
      };
      if (!background.start(reader, value, read))
        detail::json::read_events(reader, value, document.events);
    } else if (name == "entities") {
      detail::json::read_entities(reader, value, document.entities);
    } else if (name == "relations") {
      auto read = [out = relation_out(), this](Reader& in, const auto& split, const auto& at) {
        detail::json::read_split_relations(in, split, at, out, roles);
      };
      if (!background.start(reader, value, read))
        detail::json::read_relations(reader, value, relation_out(), roles);
    } else if (name == "order") {
      reader.skip(value, section_depth);  // the export's chronological order, from reasoning
    } else {
      reader.unknown(key, at_top_level, document_keys, value, section_depth);
    }
  }
};

// False when the file is not an event document at all (not an object, no version 1).
bool read_root(Reader& reader, od::document& json, Document& document,
               std::vector<detail::json::ImpliedRole>& roles, detail::EventSink* sink) {
  od::json_type type{};
  check(json.type().get(type));
  if (type != od::json_type::object) {
    const char* at = nullptr;
    check(json.current_location().get(at));
    reader.error(reader.point(reader.offset_of(at)),
                 "an event JSON file must be an object, starting with {\"chronograph\": 1");
    return false;
  }
  od::object root;
  check(json.get_object().get(root));
  if (!read_version(reader, root)) return false;
  TopLevel top{reader, document, roles, sink};
  reader.fields(root, at_top_level, top_depth,
                [&](const Key& key, od::value& value) { top.read(key, value); });
  if (auto title = top.title.text()) document.title = std::move(*title);
  if (sink) top.stream_events();
  top.background.finish(reader.diagnostics());
  return true;
}

// The export lists participants as ids; their roles are on its implied `participant` edges.
void apply_roles(Reader& reader, Document& document,
                 const std::vector<detail::json::ImpliedRole>& roles) {
  if (roles.empty()) return;
  std::unordered_map<std::string, ParticipantDecl*> participants;
  for (EventDecl& event : document.events)
    for (ParticipantDecl& participant : event.participants)
      participants.try_emplace(event.id.value + '\n' + participant.entity.value, &participant);
  for (const detail::json::ImpliedRole& role : roles) {
    const auto found = participants.find(role.event + '\n' + role.entity);
    if (found == participants.end()) {
      reader.warning(role.range,
                     fmt::format("this implied participant edge names no participant '{}' of an "
                                 "event '{}'; its role '{}' is not read",
                                 role.entity, role.event, role.role));
    } else if (found->second->role.empty()) {
      found->second->role = role.role;
    }
  }
}

void drop_default_calendars(Document& document) {
  for (EventDecl& event : document.events) drop_default_calendar(event, document);
}

Diagnostic syntax_error(const Reader& reader, simdjson::error_code code,
                        std::optional<std::size_t> offset) {
  if (const auto problem = detail::find_json_syntax_error(reader.body())) {
    Diagnostic diagnostic = make_error(reader.point(problem->offset), problem->message);
    if (problem->opened_at)
      diagnostic.notes.push_back(make_note(reader.point(*problem->opened_at), problem->note));
    return diagnostic;
  }
  if (code == simdjson::MEMALLOC)
    return make_error(file_start(reader.path()), "not enough memory to read the file");
  // simdjson and our syntax check disagree: say what simdjson said.
  return make_error(offset ? reader.point(*offset) : file_start(reader.path()),
                    fmt::format("invalid JSON: {}", simdjson::error_message(code)));
}

// The text without the split sections' entries ("events": [] where they were), and where each
// piece of it stands in the text.
simdjson::padded_string outline(std::string_view body,
                                const std::vector<detail::json::SplitSection>& sections,
                                std::vector<detail::json::Reader::Piece>& pieces) {
  std::string out;
  std::size_t from = 0;
  auto keep = [&](std::size_t end) {
    pieces.push_back({out.size(), end - from, from});
    out.append(body.substr(from, end - from));
  };
  for (const detail::json::SplitSection& section : sections) {
    keep(section.open + 1);
    from = section.close;
  }
  keep(body.size());
  return simdjson::padded_string(out);
}

void parse_into(std::string_view text, std::string_view path, Result<Document>& result,
                detail::EventSink* sink, bool& whole) {
  Diagnostics& diagnostics = result.diagnostics;
  if (auto bad = detail::check_input_text(text, path, limits::max_data_input_bytes)) {
    diagnostics.push_back(std::move(*bad));
    return;
  }
  const std::size_t bom = text.starts_with(detail::utf8_bom) ? detail::utf8_bom.size() : 0;
  const std::string_view body = text.substr(bom);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    diagnostics.push_back(make_error(file_start(path), "file is empty"));
    return;
  }
  // simdjson reads a copy with SIMDJSON_PADDING bytes after the text. When the big sections split
  // (json_split.hpp), the copy is only the outline around them, and their entries are parsed one
  // by one in place: a big file is not copied and indexed whole.
  // The lines (for positions) are found on another thread meanwhile: both walk the whole text.
  std::vector<std::size_t> line_starts;
  std::future<void> lines = detail::in_background([&] { line_starts = Reader::line_starts(text); });
  auto split = detail::json::split_sections(body, split_names);
  std::vector<detail::json::Reader::Piece> pieces;
  const simdjson::padded_string padded =
      split ? outline(body, *split, pieces) : simdjson::padded_string(body.data(), body.size());
  lines.get();
  Reader reader(text, bom, padded.data(), std::string(path), diagnostics, std::move(line_starts));
  if (split) reader.set_split(std::move(*split), padded.data(), pieces);
  od::parser parser;
  od::document json;
  bool iterated = false;
  Document document;
  document.path = std::string(path);
  std::vector<detail::json::ImpliedRole> roles;
  try {
    check(parser.iterate(padded).get(json));
    iterated = true;
    if (!read_root(reader, json, document, roles, sink)) {
      // Not an event document: a syntax error anywhere in the file would say more.
      if (detail::find_json_syntax_error(body)) throw Stop{simdjson::TAPE_ERROR};
      return;
    }
    const char* after = nullptr;
    if (json.current_location().get(after) == simdjson::SUCCESS)
      throw Stop{simdjson::TRAILING_CONTENT};
  } catch (const Stop& stop) {
    std::optional<std::size_t> offset;
    const char* at = nullptr;
    if (iterated && json.current_location().get(at) == simdjson::SUCCESS)
      offset = reader.offset_of(at);
    diagnostics.clear();
    diagnostics.push_back(syntax_error(reader, stop.code, offset));
    return;
  }
  // The export's roles belong to events already handed over: such a file is read whole.
  whole = sink && !roles.empty();
  if (whole) return;
  apply_roles(reader, document, roles);
  drop_default_calendars(document);
  result.value = std::move(document);
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.range.begin.line, a.range.begin.column) <
                            std::pair(b.range.begin.line, b.range.begin.column);
                   });
}

Result<Document> parse_json(std::string_view text, std::string_view path, detail::EventSink* sink,
                            bool& whole) {
  Result<Document> result;
  try {
    parse_into(text, path, result, sink, whole);
  } catch (const std::exception& exception) {
    // Out of memory and the like: reported, never thrown across the API.
    result.value.reset();
    result.diagnostics.push_back(
        make_error({std::string(path), {}, {}},
                   fmt::format("internal error while reading: {}", exception.what())));
  }
  return result;
}

}  // namespace

Result<Document> parse_json(std::string_view text, std::string_view path) {
  bool whole = false;
  return parse_json(text, path, nullptr, whole);
}

namespace detail {

Result<Document> parse_json_streaming(std::string_view text, std::string_view path, EventSink& sink,
                                      bool& whole) {
  return parse_json(text, path, &sink, whole);
}

}  // namespace detail

}  // namespace chronograph
