#pragma once
// Internal: level of detail for the storyline (docs/storyline.md, "Level of detail"). Thousands of
// events among hundreds of participants cannot be one readable page of lines and meetings, so past
// a budget the page keeps the busiest participants' lines and the most important of their
// meetings; each kept line's other events become a density band under the lines.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "chronograph/graph.hpp"
#include "chronograph/layout.hpp"
#include "chronograph/scene.hpp"
#include "layout/items.hpp"

namespace chronograph::detail {

// Lines and meetings a page draws before it is thinned: about what 1400 units hold with meetings
// 28 apart (two per column), and the lines a reader can follow by colour and name.
inline constexpr std::size_t storyline_max_lines = 30;
inline constexpr std::size_t storyline_max_meetings = 60;

// Distinct person and organisation participants of an event (the entities that draw lines), in file
// order; with `kept`, only those it marks (per node).
[[nodiscard]] std::vector<NodeId> line_participants(const EventGraph& graph, NodeId event,
                                                    const std::vector<bool>* kept = nullptr);

struct StorylineSelection {
  bool thinned = false;
  std::vector<bool> line;           // per node: draws a line (all line entities when not thinned)
  std::vector<std::size_t> kept;    // indices into the meetings: drawn as meetings
  std::vector<std::size_t> banded;  // the others with a kept line: density on those lines
  std::vector<std::size_t> others;  // meetings of left-out participants only: one shared band
  std::size_t lines_total = 0;      // entities that take part in some meeting
  std::size_t lines_kept = 0;
};

// Everything when within the budgets. Otherwise the storyline_max_lines entities in the most
// meetings (ties: earlier first meeting), and of the meetings with one of them the
// storyline_max_meetings most important: named in `focus`, then linked by a relation to another
// event, then with more kept lines; among equals, spread evenly over time. O(n log n) in the
// meetings.
[[nodiscard]] StorylineSelection select_storyline(const EventGraph& graph,
                                                  const std::vector<Item>& meetings,
                                                  std::span<const std::string> focus);

// What is not drawn as a meeting: `banded` then `others` (where each would meet: `anchors`).
struct BandInput {
  std::span<const Item> banded;
  std::span<const Item> others;
  std::span<const Seconds> anchors;
};

// The density band of each kept participant with banded events, one row each under the lines, its
// name left of it, and a last row for the events of the participants left out; the plot grows to
// hold them. Also fills the scene's counts. Rows: participants with a line in line order, then the
// others in order of their first banded event.
void place_bands(StorylineScene& scene, const EventGraph& graph,
                 const StorylineSelection& selection, const BandInput& input,
                 std::span<const NodeId> line_entities, const TextMeasure& measure,
                 double font_size);

}  // namespace chronograph::detail
