#include "chronograph/interned.hpp"

#include <gtest/gtest.h>

#include "chronograph/diagnostic.hpp"
#include "chronograph/time.hpp"

namespace chronograph {
namespace {

TEST(Interned, ATimesZoneIsOneSharedNameThatReadsAsText) {
  const auto a = parse_time("2024-01-26T10:00 Asia/Seoul", "UTC");
  const auto b = parse_time("2024-01-27 Asia/Seoul", "UTC");
  ASSERT_TRUE(a.value && b.value);
  EXPECT_EQ(&a.value->zone.str(), &b.value->zone.str());  // one copy, however many times
  EXPECT_EQ(a.value->zone, "Asia/Seoul");
  EXPECT_EQ(a.value->zone, std::string_view("Asia/Seoul"));
  EXPECT_EQ(parse_time("2024", "").value->zone, "UTC");
  EXPECT_TRUE(TimeSpec{}.zone.empty());
  EXPECT_EQ(sizeof(ZoneName), sizeof(void*));
}

TEST(Interned, FileNamesAndZoneNamesAreKeptApart) {
  // The same text in both sets: equal as text, each set holding its own copy.
  const FileName file = "UTC";
  const ZoneName zone = "UTC";
  EXPECT_EQ(file, zone.str());
  EXPECT_NE(&file.str(), &zone.str());
  // A parser alternating between them still finds each in its set.
  for (int k = 0; k < 3; ++k) {
    EXPECT_EQ(&FileName("events.json").str(), &FileName(std::string("events.json")).str());
    EXPECT_EQ(&ZoneName("Europe/Berlin").str(), &ZoneName(std::string("Europe/Berlin")).str());
  }
}

}  // namespace
}  // namespace chronograph
