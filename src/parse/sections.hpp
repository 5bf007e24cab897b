#pragma once
// Internal: readers for the sections of an event file, one file each.

#include <vector>

#include "chronograph/document.hpp"
#include "parse/yaml_reader.hpp"

namespace chronograph::detail {

void read_entities(Reader& reader, const Field& section, std::vector<EntityDecl>& out);
void read_events(Reader& reader, const Field& section, std::vector<EventDecl>& out);
void read_relations(Reader& reader, const Field& section, std::vector<RelationDecl>& out);

}  // namespace chronograph::detail
