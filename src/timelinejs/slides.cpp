// TimelineJS slides into the Document. A date with a time of day is an instant in TimelineJS,
// written to the second here, so that our export of the import gives the same date fields back;
// a date without one spans its unit as our dates do. TimelineJS has no zones: times read in UTC.

#include "timelinejs/slides.hpp"

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "extract/morph.hpp"
#include "parse/checks.hpp"
#include "time/calendar.hpp"

namespace chronograph::detail::timelinejs {

namespace {

// The code point as UTF-8 (invalid ones as U+FFFD).
std::string utf8(unsigned long code) {
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

std::optional<std::string> reference(std::string_view name) {
  if (name == "amp") return "&";
  if (name == "lt") return "<";
  if (name == "gt") return ">";
  if (name == "quot") return "\"";
  if (name == "apos") return "'";
  if (name == "nbsp") return "\xC2\xA0";
  if (name.size() > 1 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 8) return std::nullopt;
    for (char c : digits)
      if (hex ? std::isxdigit(static_cast<unsigned char>(c)) == 0
              : std::isdigit(static_cast<unsigned char>(c)) == 0)
        return std::nullopt;
    return utf8(std::stoul(digits, nullptr, hex ? 16 : 10));
  }
  return std::nullopt;
}

bool breaks_line(std::string_view tag) {
  std::string name;
  for (char c : tag) {
    if (c == '/' && name.empty()) continue;
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) break;
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return name == "br" || name == "p" || name == "div" || name == "li";
}

std::string year_text(long long year) {
  return year < 0 ? fmt::format("-{:04}", -year) : fmt::format("{:04}", year);
}

}  // namespace

std::string html_to_text(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size(); ++i) {
    const char c = html[i];
    if (c == '<') {
      const std::size_t close = html.find('>', i);
      if (close != std::string_view::npos) {
        if (breaks_line(html.substr(i + 1, close - i - 1)) && !out.empty() && out.back() != '\n')
          out += '\n';
        i = close;
        continue;
      }
    } else if (c == '&') {
      const std::size_t semicolon = html.find(';', i);
      if (semicolon != std::string_view::npos && semicolon - i <= 10)
        if (auto decoded = reference(html.substr(i + 1, semicolon - i - 1))) {
          out += *decoded;
          i = semicolon;
          continue;
        }
    }
    out += c;
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  std::size_t first = 0;
  while (first < out.size() && (out[first] == '\n' || out[first] == ' ')) ++first;
  return out.substr(first);
}

SlideBuilder::SlideBuilder(std::string path, Diagnostics& diagnostics) : diagnostics_(diagnostics) {
  document_.path = std::move(path);
}

void SlideBuilder::title(const std::string& headline, const std::string& text) {
  document_.title.plain = html_to_text(headline);
  document_.source.title = html_to_text(text);
}

std::string SlideBuilder::unique(std::string base) {
  std::string id = base;
  for (int n = 2; used_.contains(id); ++n) id = fmt::format("{}-{}", base, n);
  used_.insert(id);
  return id;
}

// Our expression for a TimelineJS date, or nullopt after reporting what is wrong with it.
std::optional<std::string> SlideBuilder::date_text(const SlideDate& date) {
  auto error = [&](const SourceRange& at, std::string message) {
    diagnostics_.push_back(make_error(at, std::move(message)));
    return std::nullopt;
  };
  if (date.reported) return std::nullopt;
  if (!date.year) return error(date.range, "a date needs a year");
  const std::array<const std::optional<DateField>*, 6> fields{
      &date.year, &date.month, &date.day, &date.hour, &date.minute, &date.second};
  static constexpr std::array<std::string_view, 6> names{"year", "month",  "day",
                                                         "hour", "minute", "second"};
  for (std::size_t k = 1; k < 3; ++k)
    if (*fields[k] && !*fields[k - 1])
      return error((*fields[k])->range,
                   fmt::format("a {} needs the {} before it", names[k], names[k - 1]));
  for (std::size_t k = 3; k < fields.size(); ++k)
    if (*fields[k] && !date.day)
      return error((*fields[k])->range, "a time of day needs a date: give the month and day");
  const long long written = date.year->value;
  if (written == 0)
    return error(date.year->range, "TimelineJS has no year 0: the year before 1 is -1 (1 BCE)");
  const long long year = written < 0 ? written + 1 : written;
  if (year < min_supported_year || year > max_supported_year)
    return error(
        date.year->range,
        fmt::format("year {} is outside the years read, -4800 (4801 BCE) to 9999", written));
  std::string out = year_text(year);
  if (!date.month) return out;
  const long long month = date.month->value;
  if (month < 1 || month > 12) return error(date.month->range, "month must be 1–12");
  out += fmt::format("-{:02}", month);
  if (!date.day) return out;
  const long long day = date.day->value;
  const int last = days_in_month(static_cast<int>(year), static_cast<int>(month));
  if (day < 1 || day > last)
    return error(date.day->range, fmt::format("day must be 1–{} in that month", last));
  out += fmt::format("-{:02}", day);
  if (!date.hour && !date.minute && !date.second) return out;
  const long long hour = date.hour ? date.hour->value : 0;
  const long long minute = date.minute ? date.minute->value : 0;
  const long long second = date.second ? date.second->value : 0;
  if (hour < 0 || hour > 23) return error(date.hour->range, "hour must be 0–23");
  if (minute < 0 || minute > 59) return error(date.minute->range, "minute must be 0–59");
  if (second < 0 || second > 59) return error(date.second->range, "second must be 0–59");
  return out + fmt::format("T{:02}:{:02}:{:02}", hour, minute, second);
}

void SlideBuilder::add(Slide slide) {
  if (document_.events.size() >= limits::max_events) {
    if (document_.events.size() == limits::max_events)
      diagnostics_.push_back(
          make_error(slide.range, detail::too_many_message(limits::max_events, "events")));
    return;
  }
  EventDecl event;
  event.title.plain = html_to_text(slide.headline);
  std::string id;
  std::string problem;  // why the unique_id written is not the id
  if (slide.id && !slide.id->value.empty()) {
    if (!is_valid_id(slide.id->value)) {
      problem = fmt::format(
          "unique_id '{}' is not an id (letters, digits, '_', '.' and '-', "
          "starting with a letter or digit)",
          slide.id->value);
    } else if (used_.contains(slide.id->value)) {
      problem = fmt::format("a second slide with unique_id '{}'", slide.id->value);
    } else {
      id = unique(slide.id->value);
    }
  }
  if (id.empty()) {
    std::string base = extract_stage::id_for(slide.id ? slide.id->value : event.title.plain);
    if (base.empty()) base = extract_stage::id_for(event.title.plain);
    id = unique(base.empty() ? fmt::format("slide-{}", slide.number) : base);
  }
  if (!problem.empty())
    diagnostics_.push_back(
        make_warning(slide.id->range, fmt::format("{}; the event's id is '{}'", problem, id)));
  const SourceRange at = slide.id ? slide.id->range : slide.range;
  event.id = {id, at};
  event.range = at;
  if (event.title.plain.empty()) event.title.plain = id;
  if (!slide.start) {
    diagnostics_.push_back(make_error(slide.range, "a slide in events needs a start_date"));
  } else {
    const std::optional<std::string> start = date_text(*slide.start);
    const std::optional<std::string> end =
        slide.end ? date_text(*slide.end) : std::optional<std::string>("");
    if (start && end) {
      const std::string when = end->empty() ? *start : *start + "/" + *end;
      const TimeParse<TimeSpec> parsed = parse_time(when, "UTC");
      if (parsed.error)
        diagnostics_.push_back(make_error(parsed.error->offset > start->size() && slide.end
                                              ? slide.end->range
                                              : slide.start->range,
                                          parsed.error->message));
      event.when = {when, slide.start->range};
    }
  }
  std::string note = html_to_text(slide.text);
  for (const std::string& line : slide.media)
    if (!line.empty()) note += (note.empty() ? "" : "\n") + line;
  event.note = std::move(note);
  if (slide.group && !slide.group->value.empty())
    groups_.emplace_back(document_.events.size(), std::move(*slide.group));
  slide_ids_.push_back(id);
  document_.events.push_back(std::move(event));
}

// Each distinct group is one entity (kind `other`), the first participant of its slides.
Document SlideBuilder::finish() {
  std::unordered_map<std::string, std::string> ids;
  for (auto& [index, group] : groups_) {
    auto found = ids.find(group.value);
    if (found == ids.end()) {
      std::string base = extract_stage::id_for(group.value);
      const std::string id = unique(base.empty() ? fmt::format("group-{}", ids.size() + 1) : base);
      found = ids.emplace(group.value, id).first;
      EntityDecl entity;
      entity.id = {id, group.range};
      entity.name.plain = group.value;
      entity.kind = {"other", group.range};
      entity.range = group.range;
      document_.entities.push_back(std::move(entity));
    }
    document_.events[index].participants.push_back({{found->second, group.range}, ""});
  }
  return std::move(document_);
}

}  // namespace chronograph::detail::timelinejs
