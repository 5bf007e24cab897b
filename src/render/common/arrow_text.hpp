#pragma once
// Internal: what a relation arrow says on hover, in every view that draws one (timeline SVG and
// DOT): the two events by title, the relation, how many statements it stands for, and for a stub
// which end it is (docs/timeline.md, "Relation arrows").

#include <string>

#include "chronograph/scene.hpp"

namespace chronograph::detail {

enum class ArrowPart { whole, out_stub, in_stub };

// "Saturn V lifts off before Apollo 11 enters lunar orbit"; a stub leads with the other end
// ("→ Apollo 11 enters lunar orbit"); "(×3 statements)" when parallel statements were merged.
[[nodiscard]] std::string arrow_tooltip(const EventGraph& graph, const RelationArrow& arrow,
                                        ArrowPart part, Language language);

}  // namespace chronograph::detail
