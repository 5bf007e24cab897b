// The relations of an event JSON file: the ones written, and the export's implied edges, which
// follow from event and entity fields and are not read back — except the roles on `participant`
// edges, the one place the export keeps them.

#include <array>
#include <utility>

#include <fmt/format.h>

#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "json/json_sections.hpp"
#include "parse/checks.hpp"

namespace chronograph::detail::json {

namespace {

constexpr std::array<std::string_view, 7> relation_keys{"from",  "type",   "to",     "gap",
                                                        "label", "origin", "implied"};
constexpr std::array<std::string_view, 4> gap_keys{"text", "min_seconds", "max_seconds",
                                                   "approximate"};
constexpr std::string_view in_relation = " in relation";

// `gap`: the duration as written, or the export's {"text", "min_seconds", "max_seconds",
// "approximate"}, whose numbers follow from the text and are not read.
std::optional<Located<std::string>> read_gap(Reader& reader, od::value& value) {
  constexpr int depth = field_depth;
  const Kind kind = reader.kind(value);
  if (kind != Kind::object) return reader.string(value, "gap", depth);
  std::optional<Located<std::string>> text;
  od::object object = reader.object(value);
  reader.fields(object, " in gap", depth, [&](const Key& key, od::value& member) {
    if (key.name == "text") {
      text = reader.string(member, "text", depth + 1);
    } else if (key.name == "min_seconds" || key.name == "max_seconds" ||
               key.name == "approximate") {
      reader.skip(member, depth + 1);
    } else {
      reader.unknown(key, " in gap", gap_keys, member, depth + 1);
    }
  });
  return text;
}

bool is_implied_type(std::string_view type) {
  const std::optional<RelationType> known = relation_type_from_string(type);
  return known && static_cast<int>(*known) > static_cast<int>(RelationType::label);
}

// The fields of one relation object, checked once all are read: `implied` decides which checks
// apply, and the export writes it last.
struct RelationFields {
  RelationDecl relation;
  std::optional<Located<std::string>> type;
  std::optional<SourceRange> gap_key;
  std::optional<SourceRange> from_key, to_key, type_key;
  bool has_label = false;
  bool implied = false;
  bool incomplete = false;  // a required key given empty or invalid, already reported

  void read(Reader& reader, const Key& key, od::value& value) {
    constexpr int depth = field_depth;
    const std::string_view name = key.name;
    if (name == "from" || name == "to" || name == "type") {
      (name == "from" ? from_key : name == "to" ? to_key : type_key) = key.range;
      if (reader.kind(value) == Kind::null) {
        reader.error(key.range, fmt::format("empty '{}'{}", name, in_relation));
        incomplete = true;
      } else if (name == "type") {
        type = reader.string(value, name, depth);
        incomplete = incomplete || !type;
      } else {
        auto id =
            reader.id(value, "", name == "from" ? "from must be an id" : "to must be an id", depth);
        incomplete = incomplete || !id;
        if (id) (name == "from" ? relation.from : relation.to) = std::move(*id);
      }
    } else if (name == "gap") {
      relation.gap = read_gap(reader, value);
      if (relation.gap) gap_key = key.range;
    } else if (name == "label") {
      relation.label = reader.plain_string(value, name, depth).value_or("");
      has_label = true;
    } else if (name == "origin") {
      relation.origin = reader.plain_string(value, name, depth).value_or("");
    } else if (name == "implied") {
      implied = reader.boolean(value, name, depth).value_or(false);
    } else {
      reader.unknown(key, in_relation, relation_keys, value, depth);
    }
  }

  // Keys not written at all are reported at the relation's '{'; those given empty or wrong were
  // reported at themselves.
  bool required(Reader& reader) const {
    for (const auto& [key, name] :
         {std::pair{&from_key, "from"}, std::pair{&type_key, "type"}, std::pair{&to_key, "to"}})
      if (!*key) reader.error(relation.range, fmt::format("missing '{}'{}", name, in_relation));
    return from_key && type_key && to_key && !incomplete;
  }

  // A written relation: the checks of the YAML reader (docs/format.md, "Relations").
  bool check_written(Reader& reader) {
    const RelationTypeCheck checked = check_relation_type(type->value);
    if (checked.problem) {
      reader.error(type->range, *checked.problem);
      return false;
    }
    relation.type = *type;
    if (checked.type == RelationType::label && !has_label)
      reader.error(type->range, "a 'label' relation needs a 'label' text");
    if (relation.gap && !is_temporal(*checked.type)) {
      reader.error(*gap_key, fmt::format("'gap' is only allowed on temporal relations, not on '{}'",
                                         type->value));
      relation.gap.reset();
    }
    return true;
  }
};

void read_relation(Reader& reader, od::value& item, const RelationOut& out,
                   std::vector<ImpliedRole>& roles) {
  if (reader.kind(item) != Kind::object) {
    reader.error(reader.point(item),
                 "a relation must be an object {\"from\": id, \"type\": type, \"to\": id}");
    reader.skip(item, entry_depth, true);
    return;
  }
  RelationFields fields;
  fields.relation.range = reader.point(item);
  od::object object = reader.object(item);
  reader.fields(object, in_relation, entry_depth,
                [&](const Key& key, od::value& value) { fields.read(reader, key, value); });
  if (!fields.required(reader)) return;
  RelationDecl& relation = fields.relation;
  if (!fields.implied) {
    if (fields.check_written(reader)) out.add(std::move(relation));
    return;
  }
  if (!is_implied_type(fields.type->value)) {
    reader.error(fields.type->range,
                 fmt::format("only participant, located-at and affiliated-with edges are "
                             "implied; a '{}' relation is written without \"implied\": true",
                             fields.type->value));
    return;
  }
  if (fields.type->value == "participant" && !relation.label.empty())
    roles.push_back({relation.from.value, relation.to.value, relation.label, relation.range});
}

}  // namespace

RelationOut relations_into(std::vector<RelationDecl>& relations) {
  return {[&relations](std::size_t count) { relations.reserve(relations.size() + count); },
          [&relations](RelationDecl&& relation) { relations.push_back(std::move(relation)); }};
}

void read_relations(Reader& reader, od::value& section, const RelationOut& out,
                    std::vector<ImpliedRole>& roles) {
  for_each_entry(
      reader, section, "relations", "relation", limits::max_relations,
      [&](od::value& item) { read_relation(reader, item, out, roles); }, out.reserve);
}

void read_split_relations(Reader& reader, const SplitSection& split, const SourceRange& at,
                          const RelationOut& out, std::vector<ImpliedRole>& roles) {
  for_each_split_entry(
      reader, split, at, "relations", limits::max_relations,
      [&](od::value& item) { read_relation(reader, item, out, roles); }, out.reserve);
}

}  // namespace chronograph::detail::json
