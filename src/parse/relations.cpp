#include <array>
#include <vector>

#include <fmt/format.h>

#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "parse/sections.hpp"

namespace chronograph::detail {

namespace {

constexpr std::array<std::string_view, 5> relation_keys{"from", "type", "to", "gap", "label"};

constexpr std::string_view relation_shape_error =
    "a relation must be a map {from: id, type: type, to: id} or a string 'FROM TYPE TO'";

std::optional<RelationType> check_type(Reader& reader, const Located<std::string>& type) {
  RelationTypeCheck checked = check_relation_type(type.value);
  if (checked.problem) reader.error(type.range, std::move(*checked.problem));
  return checked.type;
}

// The byte range of a word inside a scalar, exact only when the scalar's range is.
SourceRange word_range(const Located<std::string>& text, std::size_t offset, std::size_t length) {
  const SourceRange& whole = text.range;
  const bool exact = whole.begin.line == whole.end.line &&
                     whole.end.column - whole.begin.column == static_cast<int>(text.value.size());
  if (!exact) return {whole.file, whole.begin, whole.begin};
  SourceRange range = whole;
  range.begin.column += static_cast<int>(offset);
  range.end.column = range.begin.column + static_cast<int>(length);
  return range;
}

// "arrival before pyeongtaek-tour"
void read_shorthand(Reader& reader, const YAML::Node& item, RelationDecl& relation) {
  const Located<std::string> text = reader.located(item);
  relation.range = text.range;
  std::vector<Located<std::string>> words;
  const std::string_view value = text.value;
  std::size_t at = 0;
  while (at < value.size()) {
    const std::size_t begin = value.find_first_not_of(" \t", at);
    if (begin == std::string_view::npos) break;
    std::size_t end = value.find_first_of(" \t", begin);
    if (end == std::string_view::npos) end = value.size();
    words.push_back(
        {std::string(value.substr(begin, end - begin)), word_range(text, begin, end - begin)});
    at = end;
  }
  if (words.size() != 3) {
    reader.error(text.range, std::string(relation_shape_error));
    return;
  }
  if (reader.check_id(words[0], "")) relation.from = words[0];
  if (check_type(reader, words[1])) {
    relation.type = words[1];
    if (relation.type.value == "label")
      reader.error(relation.type.range,
                   "a 'label' relation needs a 'label:' text; write it as a map");
  }
  if (reader.check_id(words[2], "")) relation.to = words[2];
}

void read_map(Reader& reader, const YAML::Node& item, RelationDecl& relation) {
  Fields fields(reader, item, relation_keys, " in relation", relation.range);
  const Field* from = fields.required("from");
  const Field* type = fields.required("type");
  const Field* to = fields.required("to");
  if (from != nullptr)
    if (auto id = reader.id_reference(from->value, "", "from must be an id")) relation.from = *id;
  if (to != nullptr)
    if (auto id = reader.id_reference(to->value, "", "to must be an id")) relation.to = *id;
  std::optional<RelationType> kind;
  if (type != nullptr) {
    if (auto value = reader.string(*type)) {
      kind = check_type(reader, *value);
      if (kind) relation.type = std::move(*value);
    }
  }
  if (const Field* label = fields.find("label"))
    relation.label = reader.plain_string(*label).value_or("");
  if (kind == RelationType::label && fields.find("label") == nullptr)
    reader.error(relation.type.range, "a 'label' relation needs a 'label:' text");
  if (const Field* gap = fields.find("gap")) {
    if (kind && !is_temporal(*kind)) {
      reader.error(gap->key_range,
                   fmt::format("'gap' is only allowed on temporal relations, not on '{}'",
                               to_string(*kind)));
    } else {
      relation.gap = reader.string(*gap);
    }
  }
}

}  // namespace

void read_relations(Reader& reader, const Field& section, std::vector<RelationDecl>& out) {
  if (section.value.IsNull()) return;
  if (!section.value.IsSequence()) {
    reader.error(reader.point(section.value), "relations must be a list");
    return;
  }
  if (!reader.check_size(section.value, "relations", limits::max_relations)) return;
  for (const YAML::Node& item : section.value) {
    RelationDecl relation;
    relation.range = reader.point(item);
    if (item.IsScalar()) {
      read_shorthand(reader, item, relation);
    } else if (item.IsMap()) {
      read_map(reader, item, relation);
    } else {
      reader.error(relation.range, std::string(relation_shape_error));
      continue;
    }
    out.push_back(std::move(relation));
  }
}

}  // namespace chronograph::detail
