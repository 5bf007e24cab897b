#pragma once
// Internal: big arrays (the model's records, the reason stage's points and arcs) are fresh
// memory, and on Linux faulting it in 4 KiB pages cost about as much as all the arithmetic done
// on it. Asking for transparent huge pages before the first touch makes that 512 times fewer
// faults. Only advice: where it is unsupported or refused, nothing changes.

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

template <class T>
void assign_huge(std::vector<T>& values, std::size_t count, const T& value) {
  if (values.capacity() < count) {
    values = {};
    reserve_huge(values, count);
  }
  values.assign(count, value);
}

}  // namespace chronograph::detail
