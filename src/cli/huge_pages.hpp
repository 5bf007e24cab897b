#pragma once
// Big files make millions of small allocations; on a kernel that gives transparent huge pages only
// to memory that asks (the default "madvise" mode), each 4 KiB page of the heap costs one page
// fault, a fifth of the time of a 1M-event check on a virtual machine. glibc (2.35 and later)
// asks for huge pages on the heap when its tunable glibc.malloc.hugetlb=1 is set, but reads
// tunables only at start-up: the CLI therefore runs itself again once with the tunable added
// (docs/performance.md, "Huge pages for the heap"). GLIBC_TUNABLES=glibc.malloc.hugetlb=0 turns
// this off.

#include <optional>
#include <string>
#include <string_view>

namespace chronograph::cli {

// The GLIBC_TUNABLES value to run with: `current` (null when unset) with the huge-page tunable
// and a 64 MiB heap step added (the latter unless set), or nothing when `current` already sets
// the huge-page one (the user's choice, or the second run).
[[nodiscard]] std::optional<std::string> tunables_with_huge_pages(const char* current);

// Whether /sys/kernel/mm/transparent_hugepage/enabled (its text) gives huge pages only on request.
[[nodiscard]] bool huge_pages_on_request(std::string_view enabled);

// Runs this program again with the tunable when it would help; returns when it would not, or when
// running again failed (the command then runs as it is).
void prefer_huge_pages(char** argv);

}  // namespace chronograph::cli
