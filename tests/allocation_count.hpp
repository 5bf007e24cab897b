#pragma once
// Work, counted: every operator new of the test program, so that a test can run one step at two
// sizes and show that its work grows no faster than n log n. Allocations are a proxy for work
// that needs no timing (tests never time anything) and no hardware counter (CI machines are VMs
// without one): a quadratic step copies, rebuilds or reallocates, and that shows here.

#include <cstdint>

namespace chronograph::testing {

struct AllocationCount {
  std::uint64_t allocations = 0;
  std::uint64_t bytes = 0;
};

// Totals since the program started; a step's work is the difference around it.
[[nodiscard]] AllocationCount allocations_so_far();

template <class Step>
AllocationCount allocations_of(Step&& step) {
  const AllocationCount before = allocations_so_far();
  step();
  const AllocationCount after = allocations_so_far();
  return {after.allocations - before.allocations, after.bytes - before.bytes};
}

}  // namespace chronograph::testing
