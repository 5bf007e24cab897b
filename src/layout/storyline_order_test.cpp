#include <gtest/gtest.h>

#include "layout/storyline_order.hpp"

#include <algorithm>

namespace chronograph::detail {
namespace {

ColumnGroup group(std::optional<std::size_t> meeting, std::vector<LineIndex> lines) {
  return {meeting, std::move(lines)};
}

TEST(StorylineOrder, CountsSwapsBetweenNeighbouringColumnsOnly) {
  const std::vector<Column> columns{
      {group(std::nullopt, {0}), group(std::nullopt, {1}), group(std::nullopt, {2})},
      {group(std::nullopt, {2}), group(std::nullopt, {1}), group(std::nullopt, {0})},
      {group(std::nullopt, {2}), group(std::nullopt, {3}), group(std::nullopt, {1})},
  };
  EXPECT_EQ(count_crossings(columns, 4), 3u);  // 3 pairs swap, then nothing (3 is new)
  EXPECT_EQ(count_crossings(std::span(columns).first(1), 4), 0u);
}

// Two meetings pull line 0 to 3 and line 1 to 2 in an order that makes needless crossings.
std::vector<Column> tangled() {
  return {
      {group(std::nullopt, {0}), group(std::nullopt, {1}), group(std::nullopt, {2}),
       group(std::nullopt, {3})},
      {group(0, {1, 2}), group(1, {3, 0})},
      {group(2, {0, 3}), group(std::nullopt, {1}), group(std::nullopt, {2})},
      {group(std::nullopt, {2}), group(std::nullopt, {3}), group(3, {1, 0})},
  };
}

TEST(StorylineOrder, SweepsNeverIncreaseCrossings) {
  std::vector<Column> columns = tangled();
  const std::size_t before = count_crossings(columns, 4);
  const std::size_t after = order_columns(columns, 4, 4);
  EXPECT_EQ(after, count_crossings(columns, 4));
  EXPECT_LT(after, before);
  // Groups stay whole: every column still holds the same groups.
  const std::vector<Column> original = tangled();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    ASSERT_EQ(columns[c].size(), original[c].size());
    for (const ColumnGroup& g : columns[c]) {
      const bool found = std::any_of(original[c].begin(), original[c].end(), [&](const auto& o) {
        auto a = o.lines, b = g.lines;
        std::sort(a.begin(), a.end());
        std::sort(b.begin(), b.end());
        return o.meeting == g.meeting && a == b;
      });
      EXPECT_TRUE(found);
    }
  }
}

TEST(StorylineOrder, IsDeterministicAndKeepsAnUntangledInput) {
  std::vector<Column> straight{
      {group(std::nullopt, {0}), group(std::nullopt, {1})},
      {group(0, {0, 1})},
  };
  EXPECT_EQ(order_columns(straight, 2, 4), 0u);
  EXPECT_EQ(straight[1][0].lines, (std::vector<LineIndex>{0, 1}));
  std::vector<Column> a = tangled(), b = tangled();
  order_columns(a, 4, 4);
  order_columns(b, 4, 4);
  for (std::size_t c = 0; c < a.size(); ++c)
    for (std::size_t g = 0; g < a[c].size(); ++g) EXPECT_EQ(a[c][g].lines, b[c][g].lines);
}

}  // namespace
}  // namespace chronograph::detail
