#include "parse/source_text.hpp"

#include <gtest/gtest.h>

#include "parse/parse_test_support.hpp"

namespace chronograph::detail {
namespace {

TEST(SourceText, MapsMarksToOneBasedByteColumns) {
  const SourceText source("a: 1\n제목: 샘\n");
  EXPECT_EQ(source.body(), "a: 1\n제목: 샘\n");
  EXPECT_EQ(source.position(0, 0), (SourcePosition{1, 1}));
  EXPECT_EQ(source.position(1, 8), (SourcePosition{2, 9}));
}

TEST(SourceText, CountsASkippedBomOnTheFirstLineOnly) {
  const SourceText source(
      "\xEF\xBB\xBF"
      "a: 1\nb: 2\n");
  EXPECT_EQ(source.body(), "a: 1\nb: 2\n");
  EXPECT_EQ(source.position(0, 3), (SourcePosition{1, 7}));
  EXPECT_EQ(source.position(1, 3), (SourcePosition{2, 4}));
  const ScalarSpan one = source.scalar_span(0, 3, "1");
  EXPECT_EQ(one.begin, (SourcePosition{1, 7}));
  EXPECT_EQ(one.end, (SourcePosition{1, 8}));
}

TEST(SourceText, SpansPlainScalarsExactly) {
  const SourceText source("when: 2024-01-25 late  # comment\n이름: 샘 올트먼\n");
  const ScalarSpan when = source.scalar_span(0, 6, "2024-01-25 late");
  EXPECT_EQ(when.begin, (SourcePosition{1, 7}));
  EXPECT_EQ(when.end, (SourcePosition{1, 22}));
  const ScalarSpan name = source.scalar_span(1, 8, "샘 올트먼");
  EXPECT_EQ(name.begin, (SourcePosition{2, 9}));
  EXPECT_EQ(name.end, (SourcePosition{2, 22}));
}

TEST(SourceText, SpansQuotedScalarsInsideTheQuotes) {
  const SourceText source("a: \"say \\\"hi\\\"\"\nb: 'it''s'\n");
  const ScalarSpan a = source.scalar_span(0, 3, "say \"hi\"");
  EXPECT_EQ(a.begin, (SourcePosition{1, 5}));
  EXPECT_EQ(a.end, (SourcePosition{1, 15}));  // the escapes as written
  const ScalarSpan b = source.scalar_span(1, 3, "it's");
  EXPECT_EQ(b.begin, (SourcePosition{2, 5}));
  EXPECT_EQ(b.end, (SourcePosition{2, 10}));
}

TEST(SourceText, PointsAtTheStartOfMultiLineScalars) {
  const SourceText source("a: plain\n  continued\nb: |\n  block\nc: \"two\n  lines\"\n");
  const ScalarSpan folded = source.scalar_span(0, 3, "plain continued");
  EXPECT_EQ(folded.begin, folded.end);
  EXPECT_EQ(folded.begin, (SourcePosition{1, 4}));
  const ScalarSpan block = source.scalar_span(2, 3, "block\n");
  EXPECT_EQ(block.begin, block.end);
  const ScalarSpan quoted = source.scalar_span(4, 3, "two lines");
  EXPECT_EQ(quoted.begin, (SourcePosition{5, 5}));
  EXPECT_EQ(quoted.end, quoted.begin);
  EXPECT_FALSE(quoted.unterminated);
}

TEST(SourceText, NoticesAQuoteThatNeverCloses) {
  const SourceText source("a: \"open\n");
  EXPECT_TRUE(source.scalar_span(0, 3, "open ").unterminated);
}

TEST(SourceText, FindsPositionsOfByteOffsets) {
  EXPECT_EQ(position_at_offset("ab\ncd\xFF", 5), (SourcePosition{2, 3}));
  EXPECT_EQ(position_at_offset("x", 0), (SourcePosition{1, 1}));
}

}  // namespace
}  // namespace chronograph::detail
