#include "render/common/storyline_style.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/common/palette.hpp"

namespace chronograph::detail {

namespace {

std::string entity_colour(NodeId entity, std::size_t colour) {
  LaneLayout lane;
  lane.entity = entity;
  return lane_colour(lane, colour);
}

}  // namespace

std::string storyline_colour(const StorylineLine& line) {
  return entity_colour(line.entity, line.colour);
}

std::string storyline_colour(const StorylineBand& band) {
  return band.entity ? entity_colour(*band.entity, band.colour) : std::string(left_out_grey);
}

std::string line_tooltip(const EventGraph& graph, const StorylineScene& layout,
                         std::size_t line_index, Language language) {
  const StorylineLine& line = layout.lines[line_index];
  const Entity& entity = graph.entity(line.entity);
  const bool ko = language == Language::ko;
  std::string text = line.name;
  if (!entity.role.empty()) text += fmt::format("\n{}: {}", ko ? "역할" : "role", entity.role);
  if (entity.affiliation && graph.kind(*entity.affiliation) == NodeKind::entity)
    text += fmt::format("\n{}: {}", ko ? "소속" : "affiliation",
                        graph.entity(*entity.affiliation).name.in(language));
  for (const StorylineMeeting& meeting : layout.meetings) {
    if (std::find(meeting.lines.begin(), meeting.lines.end(), line_index) == meeting.lines.end())
      continue;
    const Event& event = graph.event(meeting.event);
    text += fmt::format("\n• {}",
                        event.title.in(language).empty() ? event.id : event.title.in(language));
  }
  return text;
}

CurveControls curve_controls(const StorylineCurve& curve) {
  const double mid = (curve.x0 + curve.x1) / 2;
  return {mid, curve.y0, mid, curve.y1};
}

}  // namespace chronograph::detail
