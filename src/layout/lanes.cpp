#include "layout/lanes.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <queue>
#include <set>

namespace chronograph::detail {

LaneAssignment assign_lanes(const EventGraph& graph, std::span<const NodeId> events,
                            std::span<const std::size_t> time_order, Language language,
                            LaneGrouping grouping) {
  LaneAssignment result;
  result.lane_of.assign(events.size(), 0);
  // Key: the entity (participant, place) or the entity kind; lanes without a key go last.
  std::map<std::size_t, std::size_t> lane_of_entity;
  std::vector<std::size_t> without_participants;
  for (const std::size_t index : time_order) {
    const Event& event = graph.event(events[index]);
    std::optional<NodeId> entity;
    if (grouping == LaneGrouping::place) {
      entity = event.place;
    } else if (grouping != LaneGrouping::none && !event.participants.empty()) {
      entity = event.participants.front().entity;
    }
    const bool by_kind =
        grouping == LaneGrouping::kind && entity && graph.kind(*entity) == NodeKind::entity;
    if (!entity) {
      without_participants.push_back(index);
      continue;
    }
    const std::size_t key =
        by_kind ? static_cast<std::size_t>(graph.entity(*entity).kind) : std::size_t{*entity};
    auto [it, inserted] = lane_of_entity.try_emplace(key, result.lanes.size());
    if (inserted) {
      LaneLayout lane;
      lane.entity = entity;  // for kind lanes: the first entity of that kind (for its colour)
      lane.title = by_kind ? std::string(to_string(graph.entity(*entity).kind))
                   : graph.kind(*entity) == NodeKind::entity
                       ? graph.entity(*entity).name.in(language)
                       : graph.id(*entity);
      if (lane.title.empty()) lane.title = graph.id(*entity);
      result.lanes.push_back(std::move(lane));
    }
    result.lane_of[index] = it->second;
  }
  if (!without_participants.empty()) {
    LaneLayout other;
    const bool all = grouping == LaneGrouping::none;
    other.title = language == Language::ko ? (all ? "전체" : "기타") : (all ? "All" : "Other");
    for (const std::size_t index : without_participants)
      result.lane_of[index] = result.lanes.size();
    result.lanes.push_back(std::move(other));
  }
  return result;
}

double lane_header_width(std::span<const LaneLayout> lanes, std::span<const std::string> zones,
                         const TextMeasure& measure, double font_size, double zone_font) {
  double width = 80;
  for (const LaneLayout& lane : lanes)
    width = std::max(width, measure.width(lane.title, font_size) + 16);
  for (const std::string& zone : zones)
    width = std::max(width, measure.width(zone, zone_font) + 16);
  return std::min(width, 200.0);
}

std::vector<std::size_t> stack_rows(std::span<const Extent> extents, double gap) {
  std::vector<std::size_t> order(extents.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return extents[a].begin < extents[b].begin;
  });
  using Busy = std::pair<double, std::size_t>;  // (free from, row)
  std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
  std::set<std::size_t> free_rows;
  std::size_t row_count = 0;
  std::vector<std::size_t> rows(extents.size(), 0);
  for (const std::size_t index : order) {
    while (!busy.empty() && busy.top().first <= extents[index].begin) {
      free_rows.insert(busy.top().second);
      busy.pop();
    }
    std::size_t row = row_count;
    if (free_rows.empty()) {
      ++row_count;
    } else {
      row = *free_rows.begin();
      free_rows.erase(free_rows.begin());
    }
    rows[index] = row;
    busy.emplace(extents[index].end + gap, row);
  }
  return rows;
}

}  // namespace chronograph::detail
