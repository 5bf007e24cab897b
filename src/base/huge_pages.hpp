#pragma once
// Internal: big arrays (the model's records, the reason stage's points and arcs) are fresh
// memory, and on Linux faulting it in 4 KiB pages cost about as much as all the arithmetic done
// on it. Asking for transparent huge pages before the first touch makes that 512 times fewer
// faults. Only advice: where it is unsupported or refused, nothing changes.

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace chronograph::detail {

// Reserves room for `count` elements and advises huge pages on the 2 MiB-aligned part of it.
template <class T>
void reserve_huge(std::vector<T>& values, std::size_t count) {
  values.reserve(count);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{1} << 21;
  const auto begin = reinterpret_cast<std::uintptr_t>(values.data());
  const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
  const std::uintptr_t last = (begin + count * sizeof(T)) & ~(huge - 1);
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

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

// Faults `room` in before it is filled. The kernel zeroes fresh memory on its first touch, and on
// a big file that cost the thread filling the model's records a third of its time
// (docs/performance.md); a thread with time to spare pays it instead. The room must stay
// allocated until this returns; the owner may fill it meanwhile (a page already in is left as it
// is). Only advice, as above: unsupported (before Linux 5.14), nothing happens.
inline void populate(Room room) {
#if defined(__linux__) && defined(MADV_POPULATE_WRITE)
  if (room.bytes > 0) madvise(room.begin, room.bytes, MADV_POPULATE_WRITE);
#else
  static_cast<void>(room);
#endif
}

template <class T>
void assign_huge(std::vector<T>& values, std::size_t count, const T& value) {
  if (values.capacity() < count) {
    values = {};
    reserve_huge(values, count);
  }
  values.assign(count, value);
}

}  // namespace chronograph::detail
