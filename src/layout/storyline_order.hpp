#pragma once
// Internal: the vertical order of storyline lines at each meeting column, and crossing counts.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace chronograph::detail {

using LineIndex = std::uint32_t;

// Lines drawn adjacent at one column: a meeting's participants, or one line passing by.
struct ColumnGroup {
  std::optional<std::size_t> meeting;  // index of the meeting; nullopt for a passing line
  std::vector<LineIndex> lines;        // top to bottom
};

// One column's groups, top to bottom.
using Column = std::vector<ColumnGroup>;

// Pairs of lines that swap places between neighbouring columns, summed over the page. Lines
// present in only one of the two columns do not count. O(k log k) per pair of columns.
std::size_t count_crossings(std::span<const Column> columns, std::size_t line_count);

// Barycentric sweeps: each column's groups (and the lines inside each group) are sorted by the
// mean rank their lines had in the column before (left→right) or after (right→left); ties keep
// the current order, so the result is deterministic. `sweeps` full left→right + right→left
// rounds; the orders with the fewest crossings seen (the input included) are kept, so crossings
// never increase. Returns that crossing count. O(A log A) per sweep, A = Σ lines per column.
std::size_t order_columns(std::vector<Column>& columns, std::size_t line_count, std::size_t sweeps);

}  // namespace chronograph::detail
