#pragma once
// Internal: a big model's records are reserved before they are filled, and the kernel zeroes fresh
// memory on its first touch; on this project's 2-core VM that cost the thread filling a million
// events' records a third of its time. populate() faults a reservation in on a thread with time to
// spare. Huge pages were tried for the same cost and dropped (docs/performance.md, "2026-12-07
// (fourth session)").

#include <cstddef>
#include <cstdint>
#include <future>
#include <initializer_list>
#include <vector>

#include "base/background.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace chronograph::detail {

// Room a vector has beyond its elements, in whole pages: what populate() faults in.
struct Room {
  char* begin = nullptr;
  std::size_t bytes = 0;
};

template <class T>
Room room_of(std::vector<T>& values) {
  constexpr std::uintptr_t page = std::uintptr_t{1} << 12;
  const auto begin = reinterpret_cast<std::uintptr_t>(values.data() + values.size());
  const auto end = reinterpret_cast<std::uintptr_t>(values.data() + values.capacity());
  const std::uintptr_t first = (begin + page - 1) & ~(page - 1);
  const std::uintptr_t last = end & ~(page - 1);
  if (last <= first) return {};
  return {reinterpret_cast<char*>(first), last - first};
}

// Faults `room` in before it is filled. The room must stay allocated until this returns; its owner
// may fill it meanwhile (a page already in is left as it is). Only advice: where it is unsupported
// (before Linux 5.14, not Linux), nothing happens.
inline void populate(Room room) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  if (room.bytes > 0) madvise(room.begin, room.bytes, MADV_POPULATE_WRITE);
#else
  static_cast<void>(room);
#endif
}

// `rooms` faulted in on a thread of its own; the future is empty (nothing to wait for) when they
// are too small to be worth a thread: a small file's records are faulted in faster where they are
// filled than a thread starts.
inline std::future<void> populate_in_background(std::initializer_list<Room> rooms) {
  constexpr std::size_t worth_a_thread = std::size_t{8} << 20;
  std::size_t bytes = 0;
  for (const Room& room : rooms) bytes += room.bytes;
  if (bytes < worth_a_thread) return {};
  return in_background([all = std::vector<Room>(rooms)] {
    for (const Room& room : all) populate(room);
  });
}

}  // namespace chronograph::detail
