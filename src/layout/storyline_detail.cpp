#include "layout/storyline_detail.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>
#include <utility>

#include "layout/density.hpp"
#include "layout/header.hpp"
#include "layout/text.hpp"

namespace chronograph::detail {

namespace {

bool draws_a_line(EntityKind kind) {
  return kind == EntityKind::person || kind == EntityKind::organization;
}

}  // namespace

std::vector<NodeId> line_participants(const EventGraph& graph, NodeId event,
                                      const std::vector<bool>* kept) {
  std::vector<NodeId> lines;
  for (const Participant& participant : graph.event(event).participants) {
    const NodeId entity = participant.entity;
    if (graph.kind(entity) != NodeKind::entity || !draws_a_line(graph.entity(entity).kind) ||
        (kept != nullptr && !(*kept)[entity]) ||
        std::find(lines.begin(), lines.end(), entity) != lines.end())
      continue;
    lines.push_back(entity);
  }
  return lines;
}

namespace {

// Per node: whether a relation written in the file joins the event to another event.
std::vector<bool> linked_events(const EventGraph& graph) {
  std::vector<bool> linked(graph.node_count(), false);
  for (const Relation& relation : graph.stored_relations()) {
    if (relation.implied || graph.kind(relation.from) != NodeKind::event ||
        graph.kind(relation.to) != NodeKind::event)
      continue;
    linked[relation.from] = linked[relation.to] = true;
  }
  return linked;
}

// The busiest line entities, at most storyline_max_lines; marks them in `selection.line`.
void keep_busiest_lines(const std::vector<std::vector<NodeId>>& participants,
                        const std::vector<std::size_t>& by_time, StorylineSelection& selection) {
  std::vector<std::size_t> meetings_of(selection.line.size(), 0);
  std::vector<std::size_t> first_seen(selection.line.size(), 0);
  std::vector<NodeId> entities;
  for (std::size_t rank = 0; rank < by_time.size(); ++rank)
    for (const NodeId entity : participants[by_time[rank]]) {
      if (meetings_of[entity]++ == 0) {
        first_seen[entity] = rank;
        entities.push_back(entity);
      }
    }
  selection.lines_total = entities.size();
  std::sort(entities.begin(), entities.end(), [&](NodeId a, NodeId b) {
    return std::tuple(meetings_of[b], first_seen[a]) < std::tuple(meetings_of[a], first_seen[b]);
  });
  entities.resize(std::min(entities.size(), storyline_max_lines));
  for (const NodeId entity : entities) selection.line[entity] = true;
  selection.lines_kept = entities.size();
}

}  // namespace

StorylineSelection select_storyline(const EventGraph& graph, const std::vector<Item>& meetings,
                                    std::span<const std::string> focus) {
  StorylineSelection selection;
  selection.line.assign(graph.node_count(), false);
  std::vector<std::vector<NodeId>> participants;
  participants.reserve(meetings.size());
  for (const Item& item : meetings) participants.push_back(line_participants(graph, item.node));
  const std::vector<std::size_t> by_time = time_order(meetings);
  keep_busiest_lines(participants, by_time, selection);
  selection.thinned =
      meetings.size() > storyline_max_meetings || selection.lines_total > storyline_max_lines;
  if (!selection.thinned) {
    selection.kept.resize(meetings.size());
    std::iota(selection.kept.begin(), selection.kept.end(), std::size_t{0});
    return selection;
  }
  const std::set<std::string, std::less<>> named(focus.begin(), focus.end());
  const std::vector<bool> linked = linked_events(graph);
  // (priority, kept lines) per meeting with a kept line, in time order.
  std::vector<std::pair<int, std::size_t>> classes(meetings.size());
  std::vector<std::size_t> candidates;
  for (const std::size_t m : by_time) {
    const auto lines = static_cast<std::size_t>(
        std::count_if(participants[m].begin(), participants[m].end(),
                      [&](NodeId entity) { return selection.line[entity]; }));
    if (lines == 0) {
      selection.others.push_back(m);
      continue;
    }
    const NodeId event = meetings[m].node;
    classes[m] = {named.contains(graph.id(event)) ? 2 : linked[event] ? 1 : 0, lines};
    candidates.push_back(m);
  }
  // Best classes first; stable, so each class stays in time order.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](std::size_t a, std::size_t b) { return classes[a] > classes[b]; });
  std::vector<bool> keep(meetings.size(), false);
  std::size_t room = storyline_max_meetings;
  for (std::size_t begin = 0; begin < candidates.size() && room > 0;) {
    std::size_t end = begin;
    while (end < candidates.size() && classes[candidates[end]] == classes[candidates[begin]]) ++end;
    // The class that does not fit whole gives evenly spaced members, so the page covers its time.
    const std::size_t size = end - begin;
    const std::size_t take = std::min(size, room);
    for (std::size_t k = 0; k < take; ++k) keep[candidates[begin + k * size / take]] = true;
    room -= take;
    begin = end;
  }
  for (const std::size_t m : candidates) (keep[m] ? selection.kept : selection.banded).push_back(m);
  std::sort(selection.kept.begin(), selection.kept.end());
  std::sort(selection.banded.begin(), selection.banded.end());
  std::sort(selection.others.begin(), selection.others.end());
  return selection;
}

namespace {

// The x of each instant on the axis.
std::vector<double> band_xs(const Axis& axis, std::span<const Seconds> anchors) {
  std::vector<double> xs;
  xs.reserve(anchors.size());
  for (const Seconds at : anchors) xs.push_back(axis.x_of(at));
  return xs;
}

std::string others_name(std::size_t count, Language language) {
  return language == Language::ko ? fmt::format("그 밖의 {}명", count)
                                  : fmt::format("{} others", count);
}

}  // namespace

void place_bands(StorylineScene& scene, const EventGraph& graph,
                 const StorylineSelection& selection, const BandInput& input,
                 std::span<const NodeId> line_entities, const TextMeasure& measure,
                 double font_size) {
  scene.lines_total = selection.lines_total;
  scene.lines_left_out = selection.lines_total - selection.lines_kept;
  scene.events_left_out = input.others.size();
  scene.aggregated = input.banded.size() + input.others.size();
  if (scene.aggregated == 0 || scene.axis.segments.empty()) return;
  std::vector<std::optional<std::size_t>> row_of(graph.node_count());
  std::vector<std::optional<NodeId>> rows;  // nullopt: the participants left out
  for (std::size_t line = 0; line < line_entities.size(); ++line) {
    row_of[line_entities[line]] = rows.size();
    rows.emplace_back(line_entities[line]);
  }
  const std::vector<double> all = band_xs(scene.axis, input.anchors);
  std::vector<std::vector<double>> xs(rows.size());
  for (std::size_t i = 0; i < input.banded.size(); ++i) {
    for (const NodeId entity : line_participants(graph, input.banded[i].node, &selection.line)) {
      if (!row_of[entity]) {
        row_of[entity] = rows.size();
        rows.emplace_back(entity);
        xs.emplace_back();
      }
      xs[*row_of[entity]].push_back(all[i]);
    }
  }
  if (!input.others.empty()) {
    rows.emplace_back(std::nullopt);
    xs.emplace_back(all.begin() + static_cast<std::ptrdiff_t>(input.banded.size()), all.end());
  }
  const double left = scene.axis.left();
  const double right = scene.axis.right();
  std::size_t fullest = 1;
  for (const std::vector<double>& row : xs)
    fullest = std::max(fullest, fullest_bin(row, left, right));
  const double pitch = std::max(density_band_height, font_size) + 5;
  const double name_room = scene.plot.x - page_margin - 6;
  double y = scene.plot.bottom() + 10;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (xs[r].empty()) continue;
    StorylineBand band;
    std::string name = others_name(scene.lines_left_out, scene.language);
    if (rows[r]) {
      band.entity = rows[r];
      const Entity& entity = graph.entity(*rows[r]);
      name = entity.name.in(scene.language).empty() ? entity.id : entity.name.in(scene.language);
    }
    if (r < line_entities.size()) band.line = r;
    band.colour = band.line ? scene.lines[r].colour : r % 7;
    band.name.text = fit_text(measure, name, font_size, name_room);
    const double width = measure.width(band.name.text, font_size);
    band.name.box = {scene.plot.x - 6 - width, y + density_band_height / 2 - font_size / 2 - 1,
                     width, font_size + 2};
    for (const DensityRun& run : density_runs(xs[r], left, right, fullest))
      band.runs.push_back({scene.bands.size(),
                           {run.x0, y, run.x1 - run.x0, density_band_height},
                           run.events,
                           run.shade});
    scene.bands.push_back(std::move(band));
    y += pitch;
  }
  scene.plot.height = y + 4 - scene.plot.y;
}

}  // namespace chronograph::detail
