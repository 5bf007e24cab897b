// Markwhen import (docs/formats.md, "Markwhen"): the header, sections, event lines with their
// properties and descriptions, read line by line as @markwhen/parser 1.x reads them.

#include <algorithm>
#include <exception>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "chronograph/limits.hpp"
#include "chronograph/markwhen.hpp"
#include "extract/morph.hpp"
#include "markwhen/markwhen_dates.hpp"
#include "markwhen/markwhen_text.hpp"
#include "markwhen/markwhen_times.hpp"
#include "parse/checks.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"
#include "parse/yaml_guard.hpp"
#include "time/zone.hpp"

namespace chronograph {

namespace {

using namespace detail::markwhen;

struct Section {
  std::string title;
  int level = 0;  // 1–6 for '#'…'######'; 0 for `group` … `endGroup`
  std::string zone;
  std::size_t path = 0;  // index into Reader::paths_
};

// One property block (header or event): its YAML values with the line each starts on.
struct Properties {
  std::optional<YAML::Node> map;
  std::size_t first_line = 0;
};

class Reader {
 public:
  Reader(std::string_view text, std::string_view path, Diagnostics& diagnostics)
      : path_(path), diagnostics_(diagnostics) {
    if (text.starts_with(detail::utf8_bom)) {
      bom_ = detail::utf8_bom.size();
      text.remove_prefix(bom_);
    }
    std::size_t at = 0;
    while (at <= text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string_view::npos) end = text.size();
      std::string_view line = text.substr(at, end - at);
      if (line.ends_with('\r')) line.remove_suffix(1);
      lines_.push_back(line);
      at = end + 1;
    }
    document_.path = std::string(path);
  }

  Document read() {
    std::size_t i = read_header();
    while (i < lines_.size()) i = read_line(i);
    add_section_entities();
    return std::move(document_);
  }

 private:
  SourceRange range(std::size_t line, std::size_t column, std::size_t length) const {
    const int shift = line == 0 ? static_cast<int>(bom_) : 0;
    const SourcePosition begin{static_cast<int>(line) + 1, static_cast<int>(column) + 1 + shift};
    const SourcePosition end{begin.line, begin.column + static_cast<int>(length)};
    return {path_, begin, end};
  }
  void error(SourceRange at, std::string message) {
    diagnostics_.push_back(make_error(std::move(at), std::move(message)));
  }
  void warning(SourceRange at, std::string message) {
    diagnostics_.push_back(make_warning(std::move(at), std::move(message)));
  }

  bool starts_events(std::string_view line) const {
    const Scan scan = scan_event_start(line);
    return scan.start || scan.error || markdown_heading(line) || group_keyword(line);
  }

  // Everything before the first event or section, or between `---` lines, is YAML.
  std::size_t read_header() {
    std::size_t i = 0;
    bool dashes = false;
    std::string yaml;
    for (; i < lines_.size(); ++i) {
      const std::string_view line = lines_[i];
      if (!dashes && starts_events(line)) break;
      if (line.starts_with("---")) {
        yaml += '\n';
        if (dashes) {
          ++i;
          break;
        }
        dashes = true;
        continue;
      }
      yaml += is_comment(line) ? std::string() : yaml_safe_line(line);
      yaml += '\n';
    }
    const Properties header = load_yaml(yaml, 0);
    if (header.map && header.map->IsMap()) read_header_keys(*header.map);
    return i;
  }

  void read_header_keys(const YAML::Node& map) {
    for (const auto& entry : map) {
      if (!entry.first.IsScalar() || !entry.second.IsScalar()) continue;
      const std::string key = entry.first.Scalar();
      const std::string value = entry.second.Scalar();
      if (key == "title") {
        document_.title.plain = value;
      } else if (key == "timezone" || key == "tz") {
        if (auto zone = zone_of(entry.second)) {
          document_.default_zone = {*zone, node_range(entry.second, value.size())};
          zone_ = *zone;
        }
      }
    }
  }

  SourceRange node_range(const YAML::Node& node, std::size_t length) const {
    return range(static_cast<std::size_t>(node.Mark().line),
                 static_cast<std::size_t>(node.Mark().column), length);
  }

  // `text` holds lines from `first_line` of the file on, one for one.
  Properties load_yaml(const std::string& text, std::size_t first_line) {
    Properties out;
    out.first_line = first_line;
    const std::string padded = std::string(first_line, '\n') + text;
    const detail::YamlShape shape = detail::check_yaml_shape(padded);
    auto report = [&](const YAML::Mark& mark, const std::string& message) {
      error(range(static_cast<std::size_t>(mark.line), static_cast<std::size_t>(mark.column), 1),
            message);
    };
    if (shape.problem) {
      report(shape.problem->mark, shape.problem->message);
      return out;
    }
    if (shape.empty) return out;
    try {
      out.map = YAML::Load(padded);
    } catch (const YAML::Exception& exception) {
      report(exception.mark, detail::yaml_error_message(exception));
    }
    return out;
  }

  // A zone as Markwhen's header and properties write it: an IANA name or an offset in hours
  // (`-3`, `+5:30`, YAML's number `9`), as our "+09:00".
  std::optional<std::string> zone_of(const YAML::Node& node) {
    const std::string text = node.Scalar();
    if (auto offset = markwhen_offset(text)) return offset;
    if (is_known_zone(text) && text.find('/') != std::string::npos) return text;
    if (text == "UTC" || text == "utc") return std::string("UTC");
    std::string message = fmt::format("unknown time zone '{}'", text);
    if (auto close = detail::closest_zone_name(text))
      message += fmt::format("; did you mean '{}'?", *close);
    else
      message += ": write an IANA name (America/New_York) or an offset in hours (-5, +5:30)";
    error(node_range(node, text.size()), message);
    return std::nullopt;
  }

  std::size_t read_line(std::size_t i) {
    const std::string_view line = lines_[i];
    if (is_comment(line)) return i + 1;
    if (auto heading = markdown_heading(line)) {
      close_headings(heading->level);
      return open_section(i, heading->title, heading->level);
    }
    if (auto keyword = group_keyword(line)) {
      if (keyword->end) {
        close_group();
        return i + 1;
      }
      return open_section(i, keyword->title, 0);
    }
    const Scan scan = scan_event_start(line);
    if (scan.error) {
      error(range(i, scan.error->offset, scan.error->length), scan.error->message);
      return description_end(properties_end(i + 1));
    }
    if (scan.start) return read_event(i, *scan.start);
    if (scan.text_only)
      warning(range(i, scan.text_only->offset, scan.text_only->length), scan.text_only->message);
    return i + 1;
  }

  std::size_t open_section(std::size_t i, const std::string& heading, int level) {
    TitleText title = split_title(heading);
    Section section;
    section.level = level;
    section.title = title.text.empty() ? fmt::format("Section {}", i + 1) : title.text;
    section.zone = sections_.empty() ? zone_ : sections_.back().zone;
    const std::size_t end = properties_end(i + 1);
    const Properties properties = event_properties(i + 1, end);
    if (properties.map && properties.map->IsMap())
      for (const char* key : {"timezone", "tz"})
        if (const YAML::Node zone = (*properties.map)[key]; zone && zone.IsScalar())
          if (auto found = zone_of(zone)) section.zone = *found;
    std::vector<std::string> names;
    for (const Section& open : sections_) names.push_back(open.title);
    names.push_back(section.title);
    section.path = paths_.size();
    paths_.push_back({std::move(names), std::move(title.tags), range(i, 0, lines_[i].size())});
    sections_.push_back(std::move(section));
    return end;
  }

  // A heading closes the open headings of its level or deeper, not a `group` around them.
  void close_headings(int level) {
    while (!sections_.empty() && sections_.back().level >= 1 && sections_.back().level >= level)
      sections_.pop_back();
  }
  // `endGroup` closes the innermost `group` and the headings inside it.
  void close_group() {
    while (!sections_.empty() && sections_.back().level != 0) sections_.pop_back();
    if (!sections_.empty()) sections_.pop_back();
  }

  // Property lines (`id: build`, `timezone: Asia/Seoul`) right under an event or heading.
  std::size_t properties_end(std::size_t i) const {
    while (i < lines_.size() && !starts_events(lines_[i]) &&
           (is_property(lines_[i]) || is_comment(lines_[i])))
      ++i;
    return i;
  }
  Properties event_properties(std::size_t begin, std::size_t end) {
    std::string yaml;
    for (std::size_t k = begin; k < end; ++k)
      yaml += (is_comment(lines_[k]) ? std::string() : yaml_safe_line(lines_[k])) + "\n";
    return load_yaml(yaml, begin);
  }
  std::size_t description_end(std::size_t i) const {
    while (i < lines_.size() && !starts_events(lines_[i])) ++i;
    return i;
  }

  std::size_t read_event(std::size_t i, const EventStart& start);
  void add_section_entities();
  std::string unique_id(std::string base);

  std::string path_;
  std::size_t bom_ = 0;
  Diagnostics& diagnostics_;
  std::vector<std::string_view> lines_;
  Document document_;
  std::string zone_ = "UTC";
  std::vector<Section> sections_;
  struct SectionPath {
    std::vector<std::string> names;
    std::vector<std::string> tags;
    SourceRange range;
  };
  std::vector<SectionPath> paths_;
  std::vector<std::optional<std::size_t>> event_sections_;  // per event: its innermost section
  std::unordered_map<std::string, Span> spans_;             // by Markwhen id, the first one
  std::optional<Span> previous_;
  std::unordered_set<std::string> used_ids_;
};

std::string Reader::unique_id(std::string base) {
  std::string id = base;
  for (int n = 2; used_ids_.contains(id); ++n) id = fmt::format("{}-{}", base, n);
  used_ids_.insert(id);
  return id;
}

std::size_t Reader::read_event(std::size_t i, const EventStart& start) {
  const std::size_t props_end = properties_end(i + 1);
  const std::size_t end = description_end(props_end);
  const Properties properties = event_properties(i + 1, props_end);
  const std::string_view line = lines_[i];
  const std::size_t text_at = start.end + 1;
  TitleText title = split_title(line.substr(text_at));

  EventDecl event;
  std::string zone = sections_.empty() ? zone_ : sections_.back().zone;
  std::optional<Located<std::string>> markwhen_id;
  if (title.id)
    markwhen_id = {title.id->text, range(i, text_at + title.id->offset, title.id->text.size() + 1)};
  std::vector<std::string> note;
  if (properties.map && properties.map->IsMap()) {
    for (const auto& entry : *properties.map) {
      if (!entry.first.IsScalar()) continue;
      const std::string key = entry.first.Scalar();
      const YAML::Node& value = entry.second;
      if ((key == "timezone" || key == "tz") && value.IsScalar()) {
        if (auto found = zone_of(value)) zone = *found;
      } else if (key == "id" && value.IsScalar()) {
        markwhen_id = {value.Scalar(), node_range(value, value.Scalar().size())};
      } else if (value.IsScalar()) {
        note.push_back(key + ": " + value.Scalar());
      }
    }
  }

  Earlier earlier;
  earlier.by_id = [this](std::string_view id) -> const Span* {
    const auto found = spans_.find(std::string(id));
    return found == spans_.end() ? nullptr : &found->second;
  };
  earlier.previous = previous_ ? &*previous_ : nullptr;
  const Resolution resolution = resolve(start, zone, zone_, earlier);
  if (resolution.error) {
    error(range(i, resolution.error->offset, resolution.error->length), resolution.error->message);
    return end;
  }
  if (document_.events.size() >= limits::max_events) {
    error(range(i, 0, 1), detail::too_many_message(limits::max_events, "events"));
    return lines_.size();
  }

  const SourceRange when_range = range(i, start.begin, start.end - start.begin);
  event.when = {resolution.value->when, when_range};
  std::string id;
  if (markwhen_id) {
    if (spans_.contains(markwhen_id->value)) {
      warning(markwhen_id->range,
              fmt::format("a second event with id '{}': relative dates count from the first, as "
                          "in Markwhen; this one gets an id of its own",
                          markwhen_id->value));
    } else {
      spans_.emplace(markwhen_id->value, resolution.value->span);
      if (detail::is_valid_id(markwhen_id->value) && !used_ids_.contains(markwhen_id->value))
        id = unique_id(markwhen_id->value);
    }
  }
  if (id.empty()) {
    std::string base = extract_stage::id_for(title.text);
    id = unique_id(base.empty() ? fmt::format("line-{}", i + 1) : base);
  }
  event.id = {id, markwhen_id ? markwhen_id->range : when_range};
  event.range = event.id.range;
  event.title.plain = title.text.empty() ? id : title.text;
  event.tags = std::move(title.tags);
  const Description description = read_description(lines_, props_end, end);
  for (const std::string& tag : description.tags)
    if (std::find(event.tags.begin(), event.tags.end(), tag) == event.tags.end())
      event.tags.push_back(tag);
  for (const DescriptionWarning& text_only : description.warnings)
    warning(range(text_only.line, text_only.problem.offset, text_only.problem.length),
            text_only.problem.message);
  if (!description.text.empty()) note.push_back(description.text);
  for (std::size_t k = 0; k < note.size(); ++k) event.note += (k ? "\n" : "") + note[k];
  previous_ = resolution.value->span;
  event_sections_.push_back(sections_.empty() ? std::nullopt
                                              : std::optional(sections_.back().path));
  document_.events.push_back(std::move(event));
  return end;
}

// A section is an entity its events take part in: the timeline's lanes follow first participants.
void Reader::add_section_entities() {
  std::vector<std::string> ids(paths_.size());
  for (std::size_t k = 0; k < paths_.size(); ++k) {
    std::string name;
    for (const std::string& part : paths_[k].names) name += (name.empty() ? "" : " / ") + part;
    std::string base = extract_stage::id_for(name);
    ids[k] = unique_id(base.empty() ? fmt::format("section-{}", k + 1) : base);
    EntityDecl entity;
    entity.id = {ids[k], paths_[k].range};
    entity.name.plain = name;
    entity.kind = {"other", paths_[k].range};
    entity.tags = paths_[k].tags;
    entity.range = paths_[k].range;
    document_.entities.push_back(std::move(entity));
  }
  for (std::size_t e = 0; e < document_.events.size(); ++e)
    if (const auto section = event_sections_[e]) {
      EventDecl& event = document_.events[e];
      event.participants.push_back({{ids[*section], paths_[*section].range}, ""});
    }
}

}  // namespace

Result<Document> parse_markwhen(std::string_view text, std::string_view path) {
  Result<Document> result;
  if (auto bad = detail::check_input_text(text, path)) {
    result.diagnostics.push_back(std::move(*bad));
    return result;
  }
  try {
    Reader reader(text, path, result.diagnostics);
    result.value = reader.read();
  } catch (const std::exception& exception) {
    result.value.reset();
    result.diagnostics.push_back(
        make_error(detail::file_start(path),
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
