#include "parse/utf8.hpp"

#include <gtest/gtest.h>

namespace chronograph::detail {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_FALSE(find_invalid_utf8("").has_value());
  EXPECT_FALSE(find_invalid_utf8("plain ascii\n").has_value());
  EXPECT_FALSE(find_invalid_utf8("샘 올트먼 방한 — ✓ 😀").has_value());
  EXPECT_FALSE(find_invalid_utf8("\xEF\xBB\xBF"
                                 "bom")
                   .has_value());
  EXPECT_FALSE(find_invalid_utf8("\xF4\x8F\xBF\xBF").has_value());  // U+10FFFF
}

TEST(Utf8, ReportsTheFirstBadByte) {
  const auto stray = find_invalid_utf8(
      "ab\xFF"
      "cd");
  ASSERT_TRUE(stray.has_value());
  EXPECT_EQ(stray->offset, 2U);
  EXPECT_EQ(stray->message, "invalid UTF-8 byte 0xff");

  const auto lone_continuation = find_invalid_utf8("x\x80");
  ASSERT_TRUE(lone_continuation.has_value());
  EXPECT_EQ(lone_continuation->offset, 1U);
  EXPECT_EQ(lone_continuation->message, "invalid UTF-8 byte 0x80");

  // Latin-1 "é" followed by ASCII: reported at the "é", not at the "!" after it.
  const auto latin1 = find_invalid_utf8("caf\xE9!");
  ASSERT_TRUE(latin1.has_value());
  EXPECT_EQ(latin1->offset, 3U);
  EXPECT_EQ(latin1->message, "invalid UTF-8 byte 0xe9");
}

TEST(Utf8, RejectsOverlongSurrogateAndOutOfRangeForms) {
  EXPECT_EQ(find_invalid_utf8("\xC0\xAF")->offset, 0U);           // overlong '/'
  EXPECT_EQ(find_invalid_utf8("a\xE0\x80\xAF")->offset, 1U);      // overlong 3-byte
  EXPECT_EQ(find_invalid_utf8("a\xED\xA0\x80")->offset, 1U);      // surrogate U+D800
  EXPECT_EQ(find_invalid_utf8("a\xF4\x90\x80\x80")->offset, 1U);  // above U+10FFFF
  EXPECT_EQ(find_invalid_utf8("\xF5\x80")->offset, 0U);
}

TEST(Utf8, ReportsTruncatedSequenceAtItsLeadByte) {
  const auto truncated = find_invalid_utf8("ok \xEC\x83");
  ASSERT_TRUE(truncated.has_value());
  EXPECT_EQ(truncated->offset, 3U);
  EXPECT_EQ(truncated->message, "invalid UTF-8 byte 0xec");
}

}  // namespace
}  // namespace chronograph::detail
