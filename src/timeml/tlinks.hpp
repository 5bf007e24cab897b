#pragma once
// Internal: TimeML TLINKs → chronograph relations.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "timeml/own_attributes.hpp"
#include "timeml/xml_positions.hpp"

namespace chronograph::detail {

// What a TLINK end may name. Keys are views into the parse buffer.
struct TimemlIds {
  std::unordered_map<std::string_view, pugi::xml_node> instances;  // eiid → MAKEINSTANCE
  std::unordered_map<std::string_view, pugi::xml_node> timexes;    // tid → TIMEX3
  std::unordered_map<std::string_view, pugi::xml_node> events;     // eid → EVENT (for hints)
  // tid or eiid → the chronograph id it became, for those that are not valid ids ("t 9" → "t_9").
  std::unordered_map<std::string_view, std::string> renamed;

  // The chronograph id of a tid or eiid.
  [[nodiscard]] std::string chronograph_id(std::string_view id) const {
    const auto found = renamed.find(id);
    return found == renamed.end() ? std::string(id) : found->second;
  }
};

// The chronograph relation type of a TimeML relType, e.g. "IBEFORE" → "meets".
[[nodiscard]] std::optional<std::string_view> relation_for_rel_type(std::string_view rel_type);

// The TimeML relType a chronograph relation type is written as when that relType reads back to
// it, e.g. "meets" → "IBEFORE" (the first of the table for "includes", "is-included", "equals").
[[nodiscard]] std::optional<std::string_view> rel_type_for_relation(std::string_view relation);

// The relation a TLINK (or chronograph's own relation element) states, or nothing (with an error)
// when it is incomplete or names unknown ids. Our `type` attribute, when there, says the type
// instead of relType, and our `gap` the gap.
[[nodiscard]] std::optional<RelationDecl> read_tlink(const pugi::xml_node& tlink,
                                                     const TimemlIds& ids,
                                                     const XmlPositions& positions,
                                                     const timeml::OwnAttributes& own,
                                                     Diagnostics& diagnostics);

}  // namespace chronograph::detail
