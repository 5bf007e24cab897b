#include <array>

#include <fmt/format.h>

#include "chronograph/graph.hpp"
#include "parse/sections.hpp"

namespace chronograph::detail {

namespace {

constexpr std::array<std::string_view, 6> entity_keys{"name",        "kind", "role",
                                                      "affiliation", "tags", "note"};

void read_entity(Reader& reader, const Field& entry, EntityDecl& entity) {
  if (entry.value.IsNull()) {
    reader.error(entry.key_range,
                 fmt::format("entity '{}' is empty: 'name' and 'kind' are required", entry.name));
    return;
  }
  if (!entry.value.IsMap()) {
    reader.error(reader.point(entry.value),
                 fmt::format("entity '{}' must be a map of fields (name, kind, …)", entry.name));
    return;
  }
  Fields fields(reader, entry.value, entity_keys, fmt::format(" in entity '{}'", entry.name),
                entry.key_range);
  if (const Field* name = fields.required("name")) {
    if (auto text = reader.text(*name)) entity.name = std::move(*text);
  }
  if (const Field* kind = fields.required("kind")) {
    if (auto value = reader.choice(*kind, "entity kind", entity_kind_names()))
      entity.kind = std::move(*value);
  }
  if (const Field* role = fields.find("role"))
    entity.role = reader.plain_string(*role).value_or("");
  if (const Field* affiliation = fields.find("affiliation"))
    entity.affiliation =
        reader.id_reference(affiliation->value, "entity", "affiliation must be an entity id");
  if (const Field* tags = fields.find("tags"))
    entity.tags = reader.string_list(*tags).value_or(std::vector<std::string>{});
  if (const Field* note = fields.find("note"))
    entity.note = reader.plain_string(*note).value_or("");
}

}  // namespace

void read_entities(Reader& reader, const Field& section, std::vector<EntityDecl>& out) {
  for (const Field& entry : reader.id_map(section, "entity")) {
    EntityDecl entity;
    entity.id = {entry.name, entry.key_range};
    entity.range = entry.key_range;
    read_entity(reader, entry, entity);
    out.push_back(std::move(entity));
  }
}

}  // namespace chronograph::detail
