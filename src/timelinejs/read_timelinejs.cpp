// TimelineJS3 JSON import (docs/formats.md, "TimelineJS3 JSON"): Knight Lab's timeline config,
// read with the event JSON's positioned simdjson reader (src/json/json_reader.hpp).

#include <algorithm>
#include <cmath>
#include <exception>

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "chronograph/timelinejs.hpp"
#include "json/json_reader.hpp"
#include "json/json_syntax.hpp"
#include "parse/checks.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"
#include "timelinejs/slides.hpp"
#include "timelinejs/timelinejs_fields.hpp"

namespace chronograph {

namespace {

using detail::file_start;
using detail::json::check;
using detail::json::Key;
using detail::json::Kind;
using detail::json::Reader;
using detail::json::Stop;
namespace od = detail::json::od;
namespace tl = detail::timelinejs;

constexpr int slide_depth = 3;  // the top object 1, "events" 2, a slide 3

// A date field: TimelineJS takes numbers and (as its sheet gives them) numeric strings.
std::optional<tl::DateField> whole_number(Reader& reader, od::value& value, std::string_view name,
                                          int depth, bool& reported) {
  const SourceRange at = reader.point(value);
  const Kind kind = reader.kind(value);
  const std::string must = fmt::format("{} must be a whole number", name);
  if (kind == Kind::null) return std::nullopt;
  if (kind == Kind::string) {
    const auto text = reader.located(value);
    if (!text) return std::nullopt;
    if (text->value.empty()) return std::nullopt;
    std::size_t used = 0;
    long long number = 0;
    try {
      number = std::stoll(text->value, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != text->value.size()) {
      reader.error(text->range, must);
      reported = true;
      return std::nullopt;
    }
    return tl::DateField{number, text->range};
  }
  if (kind == Kind::number) {
    double number = 0;
    check(value.get_double().get(number));
    if (std::floor(number) != number || std::fabs(number) > 1e9) {
      reader.error(at, must);
      reported = true;
      return std::nullopt;
    }
    return tl::DateField{static_cast<long long>(number), at};
  }
  reader.error(at, must);
  reader.skip(value, depth, true);
  reported = true;
  return std::nullopt;
}

std::optional<tl::SlideDate> read_date(Reader& reader, od::value& value, std::string_view name,
                                       int depth) {
  tl::SlideDate date;
  date.range = reader.point(value);
  if (reader.kind(value) != Kind::object) {
    reader.error(date.range, fmt::format("{} must be an object {{\"year\": …}}", name));
    reader.skip(value, depth, true);
    return std::nullopt;
  }
  od::object object = reader.object(value);
  const std::string in = fmt::format(" in {}", name);
  reader.fields(object, in, depth, [&](const Key& key, od::value& member) {
    const std::string_view field = key.name;
    std::optional<tl::DateField>* slot = field == tl::year     ? &date.year
                                         : field == tl::month  ? &date.month
                                         : field == tl::day    ? &date.day
                                         : field == tl::hour   ? &date.hour
                                         : field == tl::minute ? &date.minute
                                         : field == tl::second ? &date.second
                                                               : nullptr;
    if (slot != nullptr) {
      *slot = whole_number(reader, member, field, depth + 1, date.reported);
    } else if (field == tl::millisecond || field == tl::display_date || field == tl::format) {
      reader.skip(member, depth + 1);
    } else {
      reader.unknown(key, in, tl::date_keys, member, depth + 1);
    }
  });
  return date;
}

void read_text(Reader& reader, od::value& value, std::string& headline, std::string& text,
               int depth) {
  if (reader.kind(value) == Kind::null) return;
  if (reader.kind(value) != Kind::object) {
    reader.error(reader.point(value), "text must be an object {\"headline\", \"text\"}");
    reader.skip(value, depth, true);
    return;
  }
  od::object object = reader.object(value);
  reader.fields(object, " in text", depth, [&](const Key& key, od::value& member) {
    if (key.name == tl::headline) {
      headline = reader.plain_string(member, key.name, depth + 1).value_or("");
    } else if (key.name == tl::text) {
      text = reader.plain_string(member, key.name, depth + 1).value_or("");
    } else {
      reader.unknown(key, " in text", tl::text_keys, member, depth + 1);
    }
  });
}

void read_media(Reader& reader, od::value& value, std::vector<std::string>& lines, int depth) {
  if (reader.kind(value) != Kind::object) {
    if (reader.kind(value) != Kind::null) {
      reader.error(reader.point(value), "media must be an object {\"url\", …}");
      reader.skip(value, depth, true);
    }
    return;
  }
  od::object object = reader.object(value);
  reader.fields(object, " in media", depth, [&](const Key& key, od::value& member) {
    const bool kept = key.name == tl::url || key.name == tl::caption || key.name == tl::credit;
    if (kept) {
      const std::string text = reader.plain_string(member, key.name, depth + 1).value_or("");
      if (!text.empty())
        lines.push_back(fmt::format("media {}: {}", key.name, tl::html_to_text(text)));
    } else if (std::find(tl::media_keys.begin(), tl::media_keys.end(), key.name) !=
               tl::media_keys.end()) {
      reader.skip(member, depth + 1);
    } else {
      reader.unknown(key, " in media", tl::media_keys, member, depth + 1);
    }
  });
}

tl::Slide read_slide(Reader& reader, od::value& value, int depth) {
  tl::Slide slide;
  slide.range = reader.point(value);
  if (reader.kind(value) != Kind::object) {
    reader.error(slide.range, "a slide must be an object {\"start_date\", \"text\", …}");
    reader.skip(value, depth, true);
    return slide;
  }
  od::object object = reader.object(value);
  reader.fields(object, " in a slide", depth, [&](const Key& key, od::value& member) {
    const std::string_view name = key.name;
    if (name == tl::start_date) {
      slide.start = read_date(reader, member, name, depth + 1);
    } else if (name == tl::end_date) {
      slide.end = read_date(reader, member, name, depth + 1);
    } else if (name == tl::text) {
      read_text(reader, member, slide.headline, slide.text, depth + 1);
    } else if (name == tl::media) {
      read_media(reader, member, slide.media, depth + 1);
    } else if (name == tl::group) {
      slide.group = reader.string(member, name, depth + 1);
    } else if (name == tl::unique_id) {
      slide.id = reader.string(member, name, depth + 1);
    } else if (name == tl::display_date || name == tl::background || name == tl::autolink) {
      reader.skip(member, depth + 1);
    } else {
      reader.unknown(key, " in a slide", tl::slide_keys, member, depth + 1);
    }
  });
  return slide;
}

void read_root(Reader& reader, od::document& json, tl::SlideBuilder& builder) {
  od::json_type type{};
  check(json.type().get(type));
  if (type != od::json_type::object) {
    reader.error(file_start(reader.path()),
                 "a TimelineJS file is an object {\"events\": [slides …]}");
    return;
  }
  od::object root;
  check(json.get_object().get(root));
  int number = 0;
  reader.fields(root, " at the top level", 1, [&](const Key& key, od::value& value) {
    if (key.name == tl::events) {
      if (reader.kind(value) != Kind::array) {
        reader.error(reader.point(value), "events must be an array of slides");
        reader.skip(value, 2, true);
        return;
      }
      od::array slides = reader.array(value);
      for (auto item : slides) {
        od::value slide;
        check(std::move(item).get(slide));
        tl::Slide read = read_slide(reader, slide, slide_depth);
        read.number = ++number;
        builder.add(std::move(read));
      }
    } else if (key.name == tl::title) {
      tl::Slide title = read_slide(reader, value, 2);
      builder.title(title.headline, title.text);
    } else if (key.name == tl::eras || key.name == tl::scale) {
      reader.skip(value, 2);  // the timeline's own presentation
    } else {
      reader.unknown(key, " at the top level", tl::timeline_keys, value, 2);
    }
  });
}

void parse_into(std::string_view text, std::string_view path, Result<Document>& result) {
  Diagnostics& diagnostics = result.diagnostics;
  if (auto bad = detail::check_input_text(text, path)) {
    diagnostics.push_back(std::move(*bad));
    return;
  }
  const std::size_t bom = text.starts_with(detail::utf8_bom) ? detail::utf8_bom.size() : 0;
  const std::string_view body = text.substr(bom);
  const simdjson::padded_string padded(body.data(), body.size());
  Reader reader(text, bom, padded.data(), std::string(path), diagnostics,
                Reader::line_starts(text));
  tl::SlideBuilder builder(std::string(path), diagnostics);
  if (const auto problem = detail::find_json_syntax_error(body)) {
    Diagnostic diagnostic = make_error(reader.point(problem->offset), problem->message);
    if (problem->opened_at)
      diagnostic.notes.push_back(make_note(reader.point(*problem->opened_at), problem->note));
    diagnostics.push_back(std::move(diagnostic));
    return;
  }
  od::parser parser;
  od::document json;
  try {
    check(parser.iterate(padded).get(json));
    read_root(reader, json, builder);
  } catch (const Stop& stop) {
    diagnostics.push_back(make_error(
        file_start(path), fmt::format("invalid JSON: {}", simdjson::error_message(stop.code))));
    return;
  }
  result.value = builder.finish();
}

// Whether `events` is an array whose first entry is an object with a `start_date`: a slide, where
// our event JSON's entries have `id` and `when`.
bool first_slide_has_start_date(od::value events) {
  od::array array;
  if (events.get_array().get(array) != simdjson::SUCCESS) return false;
  for (auto item : array) {
    od::object slide;
    if (item.get_object().get(slide) != simdjson::SUCCESS) return false;
    for (auto entry : slide) {
      od::field field;
      std::string_view key;
      if (std::move(entry).get(field) != simdjson::SUCCESS ||
          field.unescaped_key().get(key) != simdjson::SUCCESS)
        return false;
      if (key == tl::start_date) return true;
    }
    return false;
  }
  return false;
}

}  // namespace

namespace {

// Our own files (the export, and what data producers write from docs/formats.md) open with the
// "chronograph" key: decided without a copy and a scan of a file that may be hundreds of MB.
bool opens_with_chronograph_key(std::string_view text) {
  constexpr std::string_view space = " \t\r\n";
  std::size_t at = text.find_first_not_of(space);
  if (at == std::string_view::npos || text[at] != '{') return false;
  at = text.find_first_not_of(space, at + 1);
  return at != std::string_view::npos && text.substr(at).starts_with("\"chronograph");
}

}  // namespace

bool looks_like_timelinejs(std::string_view text) {
  if (text.starts_with(detail::utf8_bom)) text.remove_prefix(detail::utf8_bom.size());
  if (opens_with_chronograph_key(text)) return false;
  const simdjson::padded_string padded(text.data(), text.size());
  od::parser parser;
  od::document json;
  od::object root;
  if (parser.iterate(padded).get(json) != simdjson::SUCCESS ||
      json.get_object().get(root) != simdjson::SUCCESS)
    return false;
  bool slides = false;
  // Stops at the first problem: what was seen by then decides, and the reader chosen explains it.
  for (auto entry : root) {
    od::field field;
    std::string_view key;
    if (std::move(entry).get(field) != simdjson::SUCCESS ||
        field.unescaped_key().get(key) != simdjson::SUCCESS)
      break;
    if (key == "chronograph" || key == "chronograph_scene") return false;
    if (key == tl::events) {
      slides = first_slide_has_start_date(field.value());
      if (!slides) return false;
    }
  }
  return slides;
}

Result<Document> parse_timelinejs(std::string_view text, std::string_view path) {
  Result<Document> result;
  try {
    parse_into(text, path, result);
  } catch (const std::exception& exception) {
    result.value.reset();
    result.diagnostics.push_back(make_error(
        file_start(path), fmt::format("internal error while reading: {}", exception.what())));
  }
  return result;
}

}  // namespace chronograph
