#include "parse/yaml_reader.hpp"

#include <array>
#include <unordered_map>
#include <utility>

#include <fmt/format.h>

#include "parse/checks.hpp"

namespace chronograph::detail {

Reader::Reader(const SourceText& source, std::string path, Diagnostics& diagnostics)
    : source_(source), path_(std::move(path)), diagnostics_(diagnostics) {}

SourceRange Reader::point(const YAML::Mark& mark) const {
  const SourcePosition at = source_.position(mark.line, mark.column);
  return {path_, at, at};
}

SourceRange Reader::point(const YAML::Node& node) const {
  return point(node.Mark());
}

SourceRange Reader::text_range(const YAML::Node& scalar) {
  const YAML::Mark mark = scalar.Mark();
  const ScalarSpan span = source_.scalar_span(mark.line, mark.column, scalar.Scalar());
  if (span.unterminated) {
    // yaml-cpp 0.7 ends such a scalar at the end of the file instead of failing.
    error({path_, span.begin, span.begin}, "missing closing quote");
  }
  return {path_, span.begin, span.end};
}

Located<std::string> Reader::located(const YAML::Node& scalar) {
  return {scalar.Scalar(), text_range(scalar)};
}

void Reader::error(SourceRange range, std::string message, std::vector<Diagnostic> notes) {
  Diagnostic diagnostic = make_error(std::move(range), std::move(message));
  diagnostic.notes = std::move(notes);
  diagnostics_.push_back(std::move(diagnostic));
}

std::vector<Field> Reader::entries(const YAML::Node& map, std::string_view duplicate_label,
                                   std::string_view in_context) {
  std::vector<Field> fields;
  // Looked up, not scanned: an `events` map of 100k ids took 46 s to check for duplicates when
  // every key was compared with every earlier one.
  std::unordered_map<std::string, std::size_t> first;
  for (const auto& pair : map) {
    const YAML::Node& key = pair.first;
    if (!key.IsScalar()) {
      error(point(key), "keys must be strings");
      continue;
    }
    Field field{key.Scalar(), key, pair.second, text_range(key)};
    const auto [at, inserted] = first.try_emplace(field.name, fields.size());
    if (!inserted) {
      diagnostics_.push_back(duplicate_error(field.key_range, duplicate_label, field.name,
                                             fields[at->second].key_range, in_context));
      continue;
    }
    fields.push_back(std::move(field));
  }
  return fields;
}

bool Reader::check_size(const YAML::Node& section, std::string_view plural, std::size_t limit) {
  if (section.size() <= limit) return true;
  error(point(section), too_many_message(limit, plural));
  return false;
}

std::vector<Field> Reader::id_map(const Field& section, std::string_view singular,
                                  std::size_t limit) {
  if (section.value.IsNull()) return {};
  if (!section.value.IsMap()) {
    error(point(section.value),
          fmt::format("{} must be a map from id to {}", section.name, singular));
    return {};
  }
  if (!check_size(section.value, section.name, limit)) return {};
  std::vector<Field> fields = entries(section.value, fmt::format("{} id", singular), "");
  std::erase_if(fields, [&](const Field& field) {
    return !check_id({field.name, field.key_range}, singular);
  });
  return fields;
}

std::optional<Located<std::string>> Reader::string(const Field& field) {
  if (!field.value.IsScalar()) {
    error(point(field.value), fmt::format("{} must be a string", field.name));
    return std::nullopt;
  }
  return located(field.value);
}

std::optional<std::string> Reader::plain_string(const Field& field) {
  std::optional<Located<std::string>> value = string(field);
  if (!value) return std::nullopt;
  return std::move(value->value);
}

std::optional<LocalizedText> Reader::text(const Field& field) {
  if (field.value.IsScalar()) {
    LocalizedText text;
    text.plain = located(field.value).value;
    return text;
  }
  if (!field.value.IsMap()) {
    error(point(field.value),
          fmt::format("{} must be a string or a map with 'ko' and/or 'en'", field.name));
    return std::nullopt;
  }
  static constexpr std::array<std::string_view, 2> languages{"ko", "en"};
  const std::string context = fmt::format(" in {}", field.name);
  Fields fields(*this, field.value, languages, context, point(field.value));
  LocalizedText text;
  bool any = false;
  for (const std::string_view language : languages) {
    const Field* entry = fields.find(language);
    if (entry == nullptr) continue;
    std::optional<std::string> value = plain_string(*entry);
    if (!value) return std::nullopt;
    (language == "ko" ? text.ko : text.en) = std::move(*value);
    any = true;
  }
  if (!any) {
    if (!fields.was_suggested("ko") && !fields.was_suggested("en"))
      error(point(field.value), fmt::format("{} needs 'ko' or 'en' text", field.name));
    return std::nullopt;
  }
  return text;
}

std::optional<std::vector<std::string>> Reader::string_list(const Field& field) {
  const auto wrong = [&] {
    error(point(field.value), fmt::format("{} must be a list of strings", field.name));
    return std::nullopt;
  };
  if (!field.value.IsSequence()) return wrong();
  std::vector<std::string> list;
  for (const YAML::Node& item : field.value) {
    if (!item.IsScalar()) return wrong();
    list.push_back(located(item).value);
  }
  return list;
}

std::optional<Located<std::string>> Reader::id_reference(const YAML::Node& node,
                                                         std::string_view what,
                                                         std::string_view must_be) {
  if (!node.IsScalar()) {
    error(point(node), std::string(must_be));
    return std::nullopt;
  }
  Located<std::string> id = located(node);
  if (!check_id(id, what)) return std::nullopt;
  return id;
}

std::optional<Located<std::string>> Reader::choice(const Field& field, std::string_view what,
                                                   std::span<const std::string_view> choices,
                                                   bool list_choices) {
  std::optional<Located<std::string>> value = string(field);
  if (!value || !check_choice(*value, what, choices, list_choices)) return std::nullopt;
  return value;
}

bool Reader::check_choice(const Located<std::string>& value, std::string_view what,
                          std::span<const std::string_view> choices, bool list_choices) {
  std::optional<std::string> problem =
      unknown_choice_message(value.value, what, choices, list_choices);
  if (!problem) return true;
  error(value.range, std::move(*problem));
  return false;
}

bool Reader::check_id(const Located<std::string>& id, std::string_view what) {
  std::optional<std::string> problem = invalid_id_message(id.value, what);
  if (!problem) return true;
  error(id.range, std::move(*problem));
  return false;
}

Fields::Fields(Reader& reader, const YAML::Node& map, std::span<const std::string_view> allowed,
               std::string in_context, SourceRange context_range)
    : reader_(reader),
      in_context_(std::move(in_context)),
      context_range_(std::move(context_range)) {
  for (Field& field : reader_.entries(map, "key", in_context_)) {
    bool known = false;
    for (const std::string_view key : allowed) known = known || key == field.name;
    if (known) {
      fields_.push_back(std::move(field));
      continue;
    }
    UnknownKey unknown = unknown_key(field.name, in_context_, allowed);
    if (unknown.suggestion) suggested_.emplace(*unknown.suggestion);
    std::string message = std::move(unknown.message);
    reader_.error(field.key_range, std::move(message));
  }
}

const Field* Fields::find(std::string_view key) const {
  for (const Field& field : fields_)
    if (field.name == key) return field.value.IsNull() ? nullptr : &field;
  return nullptr;
}

const Field* Fields::required(std::string_view key) {
  for (const Field& field : fields_) {
    if (field.name != key) continue;
    if (!field.value.IsNull()) return &field;
    reader_.error(field.key_range, fmt::format("empty '{}'{}", key, in_context_));
    return nullptr;
  }
  if (!was_suggested(key))
    reader_.error(context_range_, fmt::format("missing '{}'{}", key, in_context_));
  return nullptr;
}

bool Fields::was_suggested(std::string_view key) const {
  return suggested_.contains(key);
}

}  // namespace chronograph::detail
