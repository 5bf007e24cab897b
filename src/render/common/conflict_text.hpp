#pragma once
// Internal: how every view marks statements about time that cannot all hold (docs/reasoning.md,
// "Contradictions"): one colour and one tooltip text, so the SVG, DOT and graph views agree.

#include <span>
#include <string>
#include <string_view>

#include "chronograph/scene.hpp"

namespace chronograph::detail {

// The stroke of a contradicted mark, ring or arrow (the SVG style sheets spell it too).
inline constexpr std::string_view conflict_colour = "#d0021b";

// What a contradicted event's tooltip adds: the legend's words, then each chain the event is in,
// one statement a line. Empty when the event is in none.
[[nodiscard]] std::string contradiction_tooltip(std::span<const SceneContradiction> contradictions,
                                                NodeId event, Language language);

}  // namespace chronograph::detail
