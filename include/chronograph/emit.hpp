#pragma once
// Writing a Document back out as a chronograph event file (format v1, YAML), e.g. after importing
// TimeML. Deterministic: keys in a fixed order, entries in Document order, UTF-8 kept as is.

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "chronograph/document.hpp"

namespace chronograph {

// Empty optional fields are left out. A relation's `origin` (the TimeML lid), which the format has
// no key for, is written as a comment after the relation: `- {from: ei1, type: before, to: t0}  #
// origin: l1`.
[[nodiscard]] std::string emit_yaml(const Document& document);

// Comments to write beside values, e.g. `when: 2024-01-26  # check: day from the byline`.
struct YamlComments {
  // (event id, key) → text; the key is a scalar field of the event (title, when, status, …).
  std::map<std::pair<std::string, std::string>, std::string> events;
  std::map<std::size_t, std::string> relations;  // by index in Document::relations
  std::vector<std::string> header;               // lines above the document
};
[[nodiscard]] std::string emit_yaml(const Document& document, const YamlComments& comments);

}  // namespace chronograph
