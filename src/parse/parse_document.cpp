#include <algorithm>
#include <array>
#include <cctype>
#include <exception>
#include <utility>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "chronograph/document.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "parse/sections.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"
#include "parse/yaml_guard.hpp"
#include "parse/yaml_reader.hpp"

namespace chronograph {

namespace {

using detail::Field;
using detail::Fields;
using detail::file_start;
using detail::Reader;

constexpr std::array<std::string_view, 8> document_keys{
    "chronograph", "title", "source", "zone", "calendar", "entities", "events", "relations"};
constexpr std::array<std::string_view, 4> source_keys{"title", "url", "published", "language"};

void read_source(Reader& reader, const Field& field, DocumentSource& source) {
  if (!field.value.IsMap()) {
    reader.error(reader.point(field.value),
                 "source must be a map {title, url, published, language}");
    return;
  }
  Fields fields(reader, field.value, source_keys, " in source", field.key_range);
  if (const Field* title = fields.find("title"))
    source.title = reader.plain_string(*title).value_or("");
  if (const Field* url = fields.find("url")) source.url = reader.plain_string(*url).value_or("");
  if (const Field* published = fields.find("published"))
    source.published = reader.string(*published);
  if (const Field* language = fields.find("language"))
    source.language = reader.plain_string(*language).value_or("");
}

// Returns false when the version is missing or not 1: reading on would only add noise. A file of
// another version has keys that mean nothing to this reader, so those complaints are dropped.
bool read_version(Reader& reader, const Fields& fields, std::size_t reported_before,
                  Document& document) {
  const Field* version = fields.find("chronograph");
  if (version == nullptr) {
    if (!fields.was_suggested("chronograph"))
      reader.error(file_start(reader.path()),
                   "missing format version: an event file starts with 'chronograph: 1'");
    return false;
  }
  if (!version->value.IsScalar() || version->value.Scalar() != "1") {
    reader.discard_since(reported_before);
    const std::string written = version->value.IsScalar() ? version->value.Scalar() : "?";
    reader.error(
        version->value.IsScalar() ? reader.text_range(version->value)
                                  : reader.point(version->value),
        fmt::format("unsupported format version '{}': this chronograph reads format 1", written));
    return false;
  }
  document.format_version = 1;
  return true;
}

void read_document(Reader& reader, const YAML::Node& root, Document& document) {
  const std::size_t reported_before = reader.diagnostic_count();
  const Fields fields(reader, root, document_keys, " at the top level", file_start(reader.path()));
  if (!read_version(reader, fields, reported_before, document)) return;
  if (const Field* title = fields.find("title")) {
    if (auto text = reader.text(*title)) document.title = std::move(*text);
  }
  if (const Field* source = fields.find("source")) read_source(reader, *source, document.source);
  if (const Field* zone = fields.find("zone")) {
    if (auto value = reader.string(*zone)) document.default_zone = std::move(*value);
  }
  if (const Field* calendar = fields.find("calendar")) {
    if (auto value = reader.choice(*calendar, "calendar", calendar_names()))
      document.calendar = std::move(*value);
  }
  if (const Field* entities = fields.find("entities"))
    detail::read_entities(reader, *entities, document.entities);
  if (const Field* events = fields.find("events"))
    detail::read_events(reader, *events, document.events);
  if (const Field* relations = fields.find("relations"))
    detail::read_relations(reader, *relations, document.relations);
}

void parse_into(std::string_view text, std::string_view path, Result<Document>& result) {
  Diagnostics& diagnostics = result.diagnostics;
  // yaml-cpp would misread or reject bad bytes far from where they are; find them first.
  if (auto bad = detail::check_input_text(text, path)) {
    diagnostics.push_back(std::move(*bad));
    return;
  }
  const detail::SourceText source(text);
  Reader reader(source, std::string(path), diagnostics);
  const detail::YamlShape shape = detail::check_yaml_shape(source.body());
  if (shape.empty) {
    reader.error(file_start(path), "file is empty");
    return;
  }
  if (shape.problem) {
    reader.error(reader.point(shape.problem->mark), shape.problem->message);
    return;
  }
  YAML::Node root;
  try {
    // The first document only: LoadAll never ends on some inputs (see yaml_guard.hpp).
    root = YAML::Load(std::string(source.body()));
  } catch (const YAML::ParserException& exception) {
    reader.error(reader.point(exception.mark), detail::yaml_error_message(exception));
    return;
  }
  if (root.IsNull()) {
    reader.error(file_start(path), "file holds no event document");
    return;
  }
  if (!root.IsMap()) {
    reader.error(reader.point(root), "an event file must be a map, starting with 'chronograph: 1'");
    return;
  }
  Document document;
  document.path = std::string(path);
  read_document(reader, root, document);
  result.value = std::move(document);
  // Sections are read in a fixed order; report in file order.
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::pair(a.range.begin.line, a.range.begin.column) <
                            std::pair(b.range.begin.line, b.range.begin.column);
                   });
}

}  // namespace

Result<Document> parse_document(std::string_view text, std::string_view path) {
  Result<Document> result;
  try {
    parse_into(text, path, result);
  } catch (const std::exception& exception) {
    // Reading never throws by design; this keeps a yaml-cpp surprise from escaping the library.
    result.value.reset();
    result.diagnostics.push_back(
        make_error({std::string(path), {}, {}},
                   fmt::format("internal error while reading: {}", exception.what())));
  }
  return result;
}

}  // namespace chronograph
