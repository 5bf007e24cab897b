#include "layout/storyline_order.hpp"

#include <algorithm>
#include <numeric>

namespace chronograph::detail {

namespace {

constexpr std::size_t absent = static_cast<std::size_t>(-1);

std::vector<LineIndex> flatten(const Column& column) {
  std::vector<LineIndex> lines;
  for (const ColumnGroup& group : column)
    lines.insert(lines.end(), group.lines.begin(), group.lines.end());
  return lines;
}

// Inversions of `values` by merge sort.
std::size_t inversions(std::vector<std::size_t>& values, std::vector<std::size_t>& scratch,
                       std::size_t begin, std::size_t end) {
  if (end - begin < 2) return 0;
  const std::size_t mid = begin + (end - begin) / 2;
  std::size_t count =
      inversions(values, scratch, begin, mid) + inversions(values, scratch, mid, end);
  std::size_t left = begin, right = mid, out = begin;
  while (left < mid || right < end) {
    if (right == end || (left < mid && values[left] <= values[right])) {
      scratch[out++] = values[left++];
    } else {
      count += mid - left;
      scratch[out++] = values[right++];
    }
  }
  std::copy(scratch.begin() + static_cast<std::ptrdiff_t>(begin),
            scratch.begin() + static_cast<std::ptrdiff_t>(end),
            values.begin() + static_cast<std::ptrdiff_t>(begin));
  return count;
}

// Scratch per line, reset after each use so every step costs only the lines it touches.
struct Ranks {
  std::vector<std::size_t> rank;
  std::vector<double> key;
  explicit Ranks(std::size_t line_count) : rank(line_count, absent), key(line_count, 0) {}
};

std::size_t crossings_between(const Column& left, const Column& right, Ranks& ranks) {
  const std::vector<LineIndex> a = flatten(left);
  for (std::size_t i = 0; i < a.size(); ++i) ranks.rank[a[i]] = i;
  std::vector<std::size_t> sequence;
  for (const LineIndex line : flatten(right))
    if (ranks.rank[line] != absent) sequence.push_back(ranks.rank[line]);
  for (const LineIndex line : a) ranks.rank[line] = absent;
  std::vector<std::size_t> scratch(sequence.size());
  return inversions(sequence, scratch, 0, sequence.size());
}

// Sorts `column` by the positions its lines have in `reference`.
void sort_by(Column& column, const Column& reference, Ranks& ranks) {
  const std::vector<LineIndex> ref = flatten(reference);
  const std::vector<LineIndex> own = flatten(column);
  const auto normalised = [](std::size_t index, std::size_t size) {
    return (static_cast<double>(index) + 0.5) / static_cast<double>(size);
  };
  for (std::size_t i = 0; i < own.size(); ++i) ranks.key[own[i]] = normalised(i, own.size());
  for (std::size_t i = 0; i < ref.size(); ++i) ranks.key[ref[i]] = normalised(i, ref.size());
  std::vector<std::pair<double, ColumnGroup>> keyed;
  keyed.reserve(column.size());
  for (ColumnGroup& group : column) {
    std::stable_sort(group.lines.begin(), group.lines.end(),
                     [&](LineIndex x, LineIndex y) { return ranks.key[x] < ranks.key[y]; });
    double sum = 0;
    for (const LineIndex line : group.lines) sum += ranks.key[line];
    const double mean = group.lines.empty() ? 0 : sum / static_cast<double>(group.lines.size());
    keyed.emplace_back(mean, std::move(group));
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  for (std::size_t i = 0; i < keyed.size(); ++i) column[i] = std::move(keyed[i].second);
}

}  // namespace

std::size_t count_crossings(std::span<const Column> columns, std::size_t line_count) {
  Ranks ranks(line_count);
  std::size_t total = 0;
  for (std::size_t i = 1; i < columns.size(); ++i)
    total += crossings_between(columns[i - 1], columns[i], ranks);
  return total;
}

std::size_t order_columns(std::vector<Column>& columns, std::size_t line_count,
                          std::size_t sweeps) {
  std::size_t best = count_crossings(columns, line_count);
  std::vector<Column> best_columns = columns;
  Ranks ranks(line_count);
  for (std::size_t round = 0; round < sweeps && best > 0; ++round) {
    for (std::size_t i = 1; i < columns.size(); ++i) sort_by(columns[i], columns[i - 1], ranks);
    for (std::size_t i = columns.size(); i-- > 1;) sort_by(columns[i - 1], columns[i], ranks);
    const std::size_t now = count_crossings(columns, line_count);
    if (now < best) {
      best = now;
      best_columns = columns;
    }
  }
  columns = std::move(best_columns);
  return best;
}

}  // namespace chronograph::detail
