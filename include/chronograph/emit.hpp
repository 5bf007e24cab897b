#pragma once
// Writing a Document back out as a chronograph event file (format v1, YAML), e.g. after importing
// TimeML. Deterministic: keys in a fixed order, entries in Document order, UTF-8 kept as is.

#include <string>

#include "chronograph/document.hpp"

namespace chronograph {

// Empty optional fields are left out. A relation's `origin` (the TimeML lid), which the format has
// no key for, is written as a comment after the relation: `- {from: ei1, type: before, to: t0}  #
// origin: l1`.
[[nodiscard]] std::string emit_yaml(const Document& document);

}  // namespace chronograph
