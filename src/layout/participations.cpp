#include "layout/participations.hpp"

#include <algorithm>

namespace chronograph::detail {

namespace {

constexpr double marker_radius = 3.5;

}  // namespace

std::vector<ParticipationMarker> participation_markers(const EventGraph& graph,
                                                       std::span<const EventMark> marks,
                                                       std::span<const LaneLayout> lanes) {
  constexpr std::size_t no_lane = static_cast<std::size_t>(-1);
  std::vector<std::size_t> lane_of_entity(graph.node_count(), no_lane);
  for (std::size_t i = 0; i < lanes.size(); ++i)
    if (lanes[i].entity) lane_of_entity[*lanes[i].entity] = i;
  std::vector<ParticipationMarker> markers;
  std::vector<std::size_t> lanes_marked;
  for (const EventMark& mark : marks) {
    lanes_marked.assign(1, mark.lane);
    for (const Participant& participant : graph.event(mark.event).participants) {
      const std::size_t lane = lane_of_entity[participant.entity];
      if (lane == no_lane ||
          std::find(lanes_marked.begin(), lanes_marked.end(), lane) != lanes_marked.end())
        continue;
      lanes_marked.push_back(lane);
      ParticipationMarker marker;
      marker.event = mark.event;
      marker.participant = participant.entity;
      marker.lane = lane;
      marker.event_lane = mark.lane;
      marker.x = mark.box.x + mark.box.width / 2;
      marker.radius = marker_radius;
      markers.push_back(marker);
    }
  }
  return markers;
}

}  // namespace chronograph::detail
