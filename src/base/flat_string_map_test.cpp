#include "base/flat_string_map.hpp"

#include <gtest/gtest.h>

#include <string>

namespace chronograph::detail {
namespace {

// Past several growths, with keys long enough to live on the heap and one the empty string:
// every key is found with its value and number, a second insert keeps the first value, and
// entries stay in insertion order.
TEST(FlatStringMap, FindsEveryKeyAcrossGrowthAndKeepsTheFirstValue) {
  FlatStringMap<int> map;
  constexpr int count = 5000;
  const auto key = [](int k) {
    return k == 0 ? std::string() : "id-" + std::string(k % 7, 'x') + std::to_string(k);
  };
  for (int k = 0; k < count; ++k) {
    const auto [number, added] = map.try_emplace(key(k), k);
    ASSERT_TRUE(added) << k;
    EXPECT_EQ(number, static_cast<std::uint32_t>(k));
  }
  EXPECT_EQ(map.size(), static_cast<std::size_t>(count));
  for (int k = 0; k < count; ++k) {
    const int* value = map.find(key(k));
    ASSERT_NE(value, nullptr) << k;
    EXPECT_EQ(*value, k);
    EXPECT_EQ(map.number_of(key(k)), static_cast<std::uint32_t>(k));
  }
  const auto [number, added] = map.try_emplace(key(42), -1);
  EXPECT_FALSE(added);
  EXPECT_EQ(map[number].value, 42);
  EXPECT_EQ(map.find("id-absent"), nullptr);
  EXPECT_EQ(map.number_of("id-absent"), FlatStringMap<int>::none);
  int expected = 0;
  for (const auto& entry : map) EXPECT_EQ(entry.value, expected++);
}

TEST(FlatStringMap, AnEmptyOrReservedMapFindsNothing) {
  FlatStringMap<int> map;
  EXPECT_EQ(map.find("a"), nullptr);
  map.reserve(1000);
  EXPECT_EQ(map.find("a"), nullptr);
  EXPECT_TRUE(map.try_emplace("a", 1).second);
  EXPECT_EQ(*map.find("a"), 1);
}

}  // namespace
}  // namespace chronograph::detail
