#include "layout/contradictions.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace chronograph::detail {

namespace {

// One line of the chain: where the statement is written, then what it says (as `check` prints it).
std::string chain_line(const Diagnostic& note) {
  if (note.range.begin.line <= 0) return note.message;
  return fmt::format("line {}: {}", note.range.begin.line, note.message);
}

}  // namespace

std::vector<SceneContradiction> scene_contradictions(const ReasonReport& report) {
  std::vector<SceneContradiction> result;
  for (const Contradiction& contradiction : report.contradictions) {
    SceneContradiction scene{contradiction.events, contradiction.relations, {}};
    scene.chain.push_back(chain_line(contradiction.diagnostic));
    for (const Diagnostic& note : contradiction.diagnostic.notes)
      scene.chain.push_back(chain_line(note));
    result.push_back(std::move(scene));
  }
  return result;
}

bool contradicts_event(std::span<const SceneContradiction> contradictions, NodeId event) {
  return std::any_of(contradictions.begin(), contradictions.end(), [&](const auto& c) {
    return std::find(c.events.begin(), c.events.end(), event) != c.events.end();
  });
}

bool contradicts_relation(std::span<const SceneContradiction> contradictions,
                          std::uint32_t relation) {
  return std::any_of(contradictions.begin(), contradictions.end(), [&](const auto& c) {
    return std::find(c.relations.begin(), c.relations.end(), relation) != c.relations.end();
  });
}

void mark_contradictions(TimelineScene& scene) {
  for (EventMark& mark : scene.marks)
    mark.contradicted = contradicts_event(scene.contradictions, mark.event);
  for (RelationArrow& arrow : scene.arrows)
    arrow.contradicted = contradicts_relation(scene.contradictions, arrow.relation);
}

void mark_contradictions(StorylineScene& scene) {
  for (StorylineMeeting& meeting : scene.meetings)
    meeting.contradicted = contradicts_event(scene.contradictions, meeting.event);
}

}  // namespace chronograph::detail
