#include "json/json_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "json/json_syntax.hpp"
#include "parse/checks.hpp"

namespace chronograph::detail::json {

void check(simdjson::error_code code) {
  if (code != simdjson::SUCCESS) throw Stop{code};
}

const SourceRange* KeySet::insert(const Key& key) {
  if (large_.empty()) {
    for (std::size_t k = 0; k < small_count_; ++k)
      if (small_[k].name == key.name) return &small_[k].range;
    if (small_count_ < small_limit) {
      small_[small_count_++] = key;
      return nullptr;
    }
    for (std::size_t k = 0; k < small_count_; ++k) large_.emplace(small_[k].name, small_[k].range);
    small_count_ = 0;
  }
  const auto [at, inserted] = large_.try_emplace(key.name, key.range);
  return inserted ? nullptr : &at->second;
}

Reader::Reader(std::string_view file_text, std::size_t bom, const char* base, std::string path,
               Diagnostics& diagnostics, std::vector<std::size_t> line_starts)
    : text_(file_text),
      bom_(bom),
      base_(base),
      path_(std::move(path)),
      diagnostics_(diagnostics),
      line_starts_(std::make_shared<const std::vector<std::size_t>>(std::move(line_starts))) {
  windows_.push_back({text_.data() + bom_, text_.size() - bom_, 0});
}

std::vector<std::size_t> Reader::line_starts(std::string_view file_text) {
  std::vector<std::size_t> starts{0};
  const char* const begin = file_text.data();
  const char* at = begin;
  const char* const end = begin + file_text.size();
  while (const void* found = std::memchr(at, '\n', static_cast<std::size_t>(end - at))) {
    at = static_cast<const char*>(found) + 1;
    starts.push_back(static_cast<std::size_t>(at - begin));
  }
  return starts;
}

std::unique_ptr<Reader> Reader::fork(Diagnostics& diagnostics) const {
  return std::unique_ptr<Reader>(new Reader(*this, diagnostics));
}

Reader::Reader(const Reader& from, Diagnostics& diagnostics)
    : text_(from.text_),
      bom_(from.bom_),
      base_(from.base_),
      windows_(from.windows_),
      path_(from.path_),
      diagnostics_(diagnostics),
      line_starts_(from.line_starts_) {}

std::size_t Reader::offset_of(const char* at) const {
  // Pieces of the outline abut: a pointer at one's end is the next one's start.
  for (const Window& window : windows_)
    if (at >= window.begin && at < window.begin + window.size)
      return window.offset + static_cast<std::size_t>(at - window.begin);
  for (const Window& window : windows_)
    if (at == window.begin + window.size) return window.offset + window.size;
  return static_cast<std::size_t>(at - base_);
}

void Reader::set_split(std::vector<SplitSection> sections, const char* outline,
                       const std::vector<Piece>& pieces) {
  split_ = std::move(sections);
  for (const Piece& piece : pieces)
    windows_.push_back({outline + piece.outline_offset, piece.size, piece.offset});
}

const SplitSection* Reader::split_at(std::size_t offset) const {
  for (const SplitSection& section : split_)
    if (section.open == offset) return &section;
  return nullptr;
}

void Reader::for_each_split(const SplitSection& section,
                            const std::function<void(std::size_t, od::value&)>& read_entry) {
  const std::string_view body = text_.substr(bom_);
  std::size_t index = 0;
  for (const SplitSection::Entry& entry : section.entries) {
    const std::size_t length = entry.end - entry.begin;
    // Within the text, what follows the entry is its padding; simdjson reads only `length`.
    std::optional<simdjson::padded_string> copy;
    const char* at = body.data() + entry.begin;
    if (entry.end + simdjson::SIMDJSON_PADDING > body.size()) {
      copy.emplace(at, length);
      at = copy->data();
      windows_.push_back({at, length, entry.begin});
    }
    od::document document;
    check(
        entry_parser_
            .iterate(simdjson::padded_string_view(at, length, length + simdjson::SIMDJSON_PADDING))
            .get(document));
    od::value value;
    check(document.get_value().get(value));
    read_entry(index++, value);
    const char* after = nullptr;
    if (document.current_location().get(after) == simdjson::SUCCESS)
      throw Stop{simdjson::TRAILING_CONTENT};
    if (copy) windows_.pop_back();
  }
}

SourcePosition Reader::position(std::size_t offset) const {
  const std::size_t in_file = offset + bom_;
  const std::vector<std::size_t>& starts = *line_starts_;
  const auto holds = [&](std::size_t line) {
    return line < starts.size() && starts[line] <= in_file &&
           (line + 1 == starts.size() || in_file < starts[line + 1]);
  };
  if (!holds(line_hint_)) {
    if (holds(line_hint_ + 1)) {
      ++line_hint_;
    } else {
      const auto next = std::upper_bound(starts.begin(), starts.end(), in_file);
      line_hint_ = static_cast<std::size_t>(next - starts.begin()) - 1;
    }
  }
  return {static_cast<int>(line_hint_ + 1), static_cast<int>(in_file - starts[line_hint_] + 1)};
}

SourceRange Reader::point(std::size_t offset) const {
  const SourcePosition at = position(offset);
  return {path_, at, at};
}

SourceRange Reader::point(od::value& value) const {
  return point(offset_of(value.raw_json_token().data()));
}

void Reader::error(SourceRange range, std::string message, std::vector<Diagnostic> notes) {
  Diagnostic diagnostic = make_error(std::move(range), std::move(message));
  diagnostic.notes = std::move(notes);
  diagnostics_.push_back(std::move(diagnostic));
}

void Reader::warning(SourceRange range, std::string message) {
  diagnostics_.push_back(make_warning(std::move(range), std::move(message)));
}

Kind Reader::kind(od::value& value) {
  od::json_type type{};
  check(value.type().get(type));
  switch (type) {
    case od::json_type::object:
      return Kind::object;
    case od::json_type::array:
      return Kind::array;
    case od::json_type::string:
      return Kind::string;
    case od::json_type::number:
      return Kind::number;
    case od::json_type::boolean:
      return Kind::boolean;
    case od::json_type::null:
      return Kind::null;
  }
  throw Stop{simdjson::INCORRECT_TYPE};
}

od::object Reader::object(od::value& value) {
  od::object out;
  check(value.get_object().get(out));
  return out;
}

od::array Reader::array(od::value& value) {
  od::array out;
  check(value.get_array().get(out));
  return out;
}

Key Reader::key(od::field& field) {
  // Before unescaping: unescaped_key() consumes the key.
  const std::size_t begin = offset_of(field.key().raw());
  std::string_view name;
  check(field.unescaped_key().get(name));
  std::size_t close = json_string_close(body(), begin);
  if (close == std::string_view::npos) close = begin;
  const SourcePosition at = position(begin);
  Key out{name, {path_, at, {at.line, at.column + static_cast<int>(close - begin)}}};
  if (name.size() > limits::max_scalar_bytes) error(out.range, value_too_long_message());
  return out;
}

std::optional<Located<std::string>> Reader::located(od::value& value) {
  const std::size_t open = offset_of(value.raw_json_token().data());
  std::string_view text;
  check(value.get_string().get(text));
  std::size_t close = json_string_close(body(), open + 1);
  if (close == std::string_view::npos) close = open + 1;
  const SourcePosition at = position(open + 1);
  const SourceRange range{path_, at, {at.line, at.column + static_cast<int>(close - open - 1)}};
  if (text.size() > limits::max_scalar_bytes) {
    error(range, value_too_long_message());
    return std::nullopt;
  }
  return Located<std::string>{std::string(text), range};
}

void Reader::unknown(const Key& key, std::string_view in_context,
                     std::span<const std::string_view> allowed, od::value& value, int depth) {
  warning(key.range, unknown_key(key.name, in_context, allowed).message);
  skip(value, depth);
}

void Reader::skip(od::value& value, int depth, bool quiet) {
  const Kind what = kind(value);
  if ((what == Kind::object || what == Kind::array) && depth > limits::max_json_depth) {
    // Not walked further: simdjson steps over it by its brackets.
    if (!quiet)
      error(point(value), fmt::format("objects and arrays nested deeper than {} levels (see "
                                      "docs/limits.md)",
                                      limits::max_json_depth));
    return;
  }
  switch (what) {
    case Kind::object: {
      od::object members = object(value);
      for (auto entry : members) {
        od::field field;
        check(std::move(entry).get(field));
        static_cast<void>(key(field));
        od::value member = field.value();
        skip(member, depth + 1, quiet);
      }
      return;
    }
    case Kind::array:
      for (auto entry : array(value)) {
        od::value element;
        check(std::move(entry).get(element));
        skip(element, depth + 1, quiet);
      }
      return;
    case Kind::string:
      if (quiet) {
        std::string_view text;
        check(value.get_string().get(text));
      } else {
        static_cast<void>(located(value));
      }
      return;
    case Kind::number: {
      std::string_view token = value.raw_json_token();
      while (!token.empty() && std::strchr(" \t\r\n", token.back()) != nullptr)
        token.remove_suffix(1);
      if (!is_json_number(token)) throw Stop{simdjson::NUMBER_ERROR};
      return;
    }
    case Kind::boolean: {
      bool flag = false;
      check(value.get_bool().get(flag));
      return;
    }
    case Kind::null: {
      bool null = false;
      check(value.is_null().get(null));
      if (!null) throw Stop{simdjson::N_ATOM_ERROR};
      return;
    }
  }
}

std::optional<Located<std::string>> Reader::string(od::value& value, std::string_view name,
                                                   int depth) {
  const Kind what = kind(value);
  if (what == Kind::null) return std::nullopt;
  if (what != Kind::string) {
    error(point(value), fmt::format("{} must be a string", name));
    skip(value, depth, true);
    return std::nullopt;
  }
  return located(value);
}

std::optional<std::string> Reader::plain_string(od::value& value, std::string_view name,
                                                int depth) {
  std::optional<Located<std::string>> text = string(value, name, depth);
  if (!text) return std::nullopt;
  return std::move(text->value);
}

std::optional<std::vector<std::string>> Reader::string_list(od::value& value, std::string_view name,
                                                            int depth) {
  const Kind what = kind(value);
  if (what == Kind::null) return std::nullopt;
  const std::string message = fmt::format("{} must be an array of strings", name);
  if (what != Kind::array) {
    error(point(value), message);
    skip(value, depth, true);
    return std::nullopt;
  }
  std::vector<std::string> list;
  bool wrong = false;
  for (auto entry : array(value)) {
    od::value item;
    check(std::move(entry).get(item));
    if (!wrong && kind(item) == Kind::string) {
      if (auto text = located(item)) list.push_back(std::move(text->value));
      continue;
    }
    if (!wrong) error(point(item), message);
    wrong = true;
    skip(item, depth + 1, true);
  }
  if (wrong) return std::nullopt;
  return list;
}

std::optional<bool> Reader::boolean(od::value& value, std::string_view name, int depth) {
  const Kind what = kind(value);
  if (what == Kind::null) return std::nullopt;
  if (what != Kind::boolean) {
    error(point(value), fmt::format("{} must be true or false", name));
    skip(value, depth, true);
    return std::nullopt;
  }
  bool flag = false;
  check(value.get_bool().get(flag));
  return flag;
}

std::optional<Located<std::string>> Reader::id(od::value& value, std::string_view what,
                                               std::string_view must_be, int depth) {
  const Kind found = kind(value);
  if (found == Kind::null) return std::nullopt;
  if (found != Kind::string) {
    error(point(value), std::string(must_be));
    skip(value, depth, true);
    return std::nullopt;
  }
  std::optional<Located<std::string>> text = located(value);
  if (!text) return std::nullopt;
  if (auto problem = invalid_id_message(text->value, what)) {
    error(text->range, std::move(*problem));
    return std::nullopt;
  }
  return text;
}

std::optional<Located<std::string>> Reader::choice(od::value& value, std::string_view name,
                                                   std::string_view what,
                                                   std::span<const std::string_view> choices,
                                                   int depth) {
  std::optional<Located<std::string>> text = string(value, name, depth);
  if (!text) return std::nullopt;
  if (auto problem = unknown_choice_message(text->value, what, choices)) {
    error(text->range, std::move(*problem));
    return std::nullopt;
  }
  return text;
}

std::optional<LocalizedText> Reader::languages(od::value& value, std::string_view name, int depth) {
  const Kind what = kind(value);
  if (what == Kind::null) return std::nullopt;
  if (what != Kind::object) {
    error(point(value),
          fmt::format("{} must be an object with 'ko' and/or 'en' text, or null", name));
    skip(value, depth, true);
    return std::nullopt;
  }
  static constexpr std::array<std::string_view, 2> keys{"ko", "en"};
  const std::string context = fmt::format(" in {}", name);
  LocalizedText text;
  od::object members = object(value);
  fields(members, context, depth, [&](const Key& key, od::value& member) {
    if (key.name == "ko" || key.name == "en") {
      (key.name == "ko" ? text.ko : text.en) =
          plain_string(member, key.name, depth + 1).value_or("");
    } else {
      unknown(key, context, keys, member, depth + 1);
    }
  });
  return text;
}

}  // namespace chronograph::detail::json
