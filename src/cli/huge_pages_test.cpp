#include "cli/huge_pages.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace chronograph::cli {
namespace {

TEST(HugePagesTest, AddsTheTunableToNoneOrTheUsersOwn) {
  constexpr std::string_view ours = "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864";
  EXPECT_EQ(tunables_with_huge_pages(nullptr), ours);
  EXPECT_EQ(tunables_with_huge_pages(""), ours);
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.arena_max=2"),
            "glibc.malloc.arena_max=2:" + std::string(ours));
  // A pad of the user's own is kept.
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.top_pad=0"),
            "glibc.malloc.top_pad=0:glibc.malloc.hugetlb=1");
}

TEST(HugePagesTest, LeavesATunableAlreadySetAlone) {
  // The second run finds its own setting; a user's 0 turns the re-run off.
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.hugetlb=1"), std::nullopt);
  EXPECT_EQ(tunables_with_huge_pages("glibc.malloc.hugetlb=0:glibc.malloc.arena_max=2"),
            std::nullopt);
}

TEST(HugePagesTest, RunsAgainOnlyWhenHugePagesComeOnRequest) {
  EXPECT_TRUE(huge_pages_on_request("always [madvise] never\n"));
  EXPECT_FALSE(huge_pages_on_request("[always] madvise never\n"));
  EXPECT_FALSE(huge_pages_on_request("always madvise [never]\n"));
  EXPECT_FALSE(huge_pages_on_request(""));
}

}  // namespace
}  // namespace chronograph::cli
