#pragma once
// Event JSON: the event file's document model written as JSON, in the shape `render --format json`
// writes, so an export reads back (docs/formats.md, "Event JSON").

#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"

namespace chronograph {

// Event JSON text → Document, the parse stage for a .json file. Read with simdjson's On-Demand
// API, front to back, building the Document as the values pass: no tree of the whole file is made.
// The fields are the YAML's (docs/format.md) with events, entities and relations as arrays of
// objects; what the export derives by reasoning (bounds, order, implied edges) is checked as JSON
// and not read, except the roles on implied `participant` edges. An unknown key is a warning.
// Every problem is positioned at the file's line and column, syntax errors included; a file that
// is not JSON gives one error and no value. Never throws.
[[nodiscard]] Result<Document> parse_json(std::string_view text, std::string_view path);

}  // namespace chronograph
