#pragma once
// Internal: the reason stage's contradictions as a scene carries them, and which marks they touch.
// A file whose statements cannot all hold is still drawn (docs/reasoning.md, "Contradictions"):
// the reader sees the conflicting events and statements marked instead of no picture at all.

#include <span>
#include <vector>

#include "chronograph/reason.hpp"
#include "chronograph/scene.hpp"

namespace chronograph::detail {

[[nodiscard]] std::vector<SceneContradiction> scene_contradictions(const ReasonReport& report);

[[nodiscard]] bool contradicts_event(std::span<const SceneContradiction> contradictions,
                                     NodeId event);
[[nodiscard]] bool contradicts_relation(std::span<const SceneContradiction> contradictions,
                                        std::uint32_t relation);

// Marks every mark and arrow of a scene that a contradiction is about.
void mark_contradictions(TimelineScene& scene);
void mark_contradictions(StorylineScene& scene);

}  // namespace chronograph::detail
