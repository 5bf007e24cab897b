// The room faulted in ahead of a big model's records: whole pages of what is reserved and not yet
// used, never a byte of the elements already there.

#include "base/populate.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <future>
#include <vector>

namespace chronograph::detail {
namespace {

constexpr std::uintptr_t page = 4096;

std::uintptr_t address(const void* at) {
  return reinterpret_cast<std::uintptr_t>(at);
}

TEST(Room, IsTheWholePagesReservedBeyondTheElements) {
  std::vector<std::uint64_t> values;
  values.reserve(100000);
  values.assign(1000, 7);
  const Room room = room_of(values);
  ASSERT_GT(room.bytes, 0U);
  EXPECT_EQ(address(room.begin) % page, 0U);
  EXPECT_EQ(room.bytes % page, 0U);
  EXPECT_GE(address(room.begin), address(values.data() + values.size()));
  EXPECT_LE(address(room.begin) + room.bytes, address(values.data() + values.capacity()));
  // At most a page lost at either end.
  EXPECT_GE(room.bytes + 2 * page, (values.capacity() - values.size()) * sizeof(std::uint64_t));
}

TEST(Room, IsEmptyWhenNoWholePageIsLeft) {
  std::vector<char> full(100000, 'x');
  ASSERT_EQ(full.capacity(), full.size());
  EXPECT_EQ(room_of(full).bytes, 0U);
  std::vector<char> almost;
  almost.reserve(3 * page);
  almost.resize(3 * page - 100);
  EXPECT_EQ(room_of(almost).bytes, 0U);
  std::vector<char> none;
  EXPECT_EQ(room_of(none).bytes, 0U);
}

// Faulting the room in leaves the elements as they were and the room usable.
TEST(Room, PopulatedKeepsWhatIsThereAndTakesMore) {
  std::vector<std::uint32_t> values;
  values.reserve(1 << 20);
  for (std::uint32_t k = 0; k < 5000; ++k) values.push_back(k * 3);
  const std::uint32_t* const data = values.data();
  populate(room_of(values));
  for (std::uint32_t k = 5000; k < (1U << 20); ++k) values.push_back(k * 3);
  EXPECT_EQ(values.data(), data);
  for (std::uint32_t k = 0; k < values.size(); ++k) ASSERT_EQ(values[k], k * 3) << k;
}

// A small file's records get no thread; a big reservation is faulted in on one, and its owner may
// fill it meanwhile.
TEST(Room, OnlyABigRoomGetsAThread) {
  std::vector<char> small;
  small.reserve(1 << 20);
  EXPECT_FALSE(populate_in_background({room_of(small)}).valid());
  std::vector<std::uint64_t> big;
  big.reserve(std::size_t{4} << 20);
  std::future<void> populating = populate_in_background({room_of(small), room_of(big)});
  ASSERT_TRUE(populating.valid());
  for (std::uint64_t k = 0; k < big.capacity(); ++k) big.push_back(k);
  populating.get();
  for (std::uint64_t k = 0; k < big.size(); ++k) ASSERT_EQ(big[k], k) << k;
}

}  // namespace
}  // namespace chronograph::detail
