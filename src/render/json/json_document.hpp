#pragma once
// Internal: render_json's document as a value, for writers that carry it further (the HTML page
// embeds it without printing and parsing it back).

#include <vector>

#include <nlohmann/json.hpp>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"

namespace chronograph::detail {

// The document docs/json.md describes. With `keep` (indexed by NodeId), only the events it marks,
// the relations between two of them and their entries of `order`; entities are all kept.
[[nodiscard]] nlohmann::ordered_json json_document(const EventGraph& graph,
                                                   const ReasonReport& report,
                                                   const std::vector<bool>* keep = nullptr);

}  // namespace chronograph::detail
