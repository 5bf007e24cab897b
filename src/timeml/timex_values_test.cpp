#include "timeml/timex_values.hpp"

#include <gtest/gtest.h>

namespace chronograph::detail {
namespace {

struct Translation {
  const char* value;
  const char* mod;
  const char* expression;  // nullptr: not anchored
};

class TimexValues : public ::testing::TestWithParam<Translation> {};

TEST_P(TimexValues, TranslateAgainstCreationDate) {
  const Translation& row = GetParam();
  const TimexAnchor anchor = translate_timex_value(row.value, row.mod, "2013-03-22");
  if (row.expression == nullptr) {
    EXPECT_FALSE(anchor.expression.has_value()) << *anchor.expression;
    EXPECT_FALSE(anchor.problem.empty());
  } else {
    ASSERT_TRUE(anchor.expression.has_value()) << anchor.problem;
    EXPECT_EQ(*anchor.expression, row.expression);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, TimexValues,
    ::testing::Values(
        Translation{"2013", "", "2013"}, Translation{"2013-03", "", "2013-03"},
        Translation{"2013-03-22", "", "2013-03-22"},
        Translation{"2013-03-22T10:30", "", "2013-03-22T10:30"},
        Translation{"2013-03-22T10:30:15", "", "2013-03-22T10:30:15"},
        Translation{"2013-03-22T10:30-05:00", "", "2013-03-22T10:30-05:00"},
        Translation{"2013-03-22T20", "", "2013-03-22T20"},
        Translation{"2013-W12", "", "2013-03-18/2013-03-24"},
        Translation{"2009-W53", "", "2009-12-28/2010-01-03"},
        Translation{"2013-W12-5", "", "2013-03-22"},
        Translation{"2013-W12-WE", "", "2013-03-23/2013-03-24"},
        Translation{"2012-WXX-7TNI", "", "2012-01-02/2012-12-30"}, Translation{"199X", "", "199X"},
        Translation{"199", "", "199X"}, Translation{"19", "", "19XX"},
        Translation{"19XX", "", "19XX"}, Translation{"2013-Q1", "", "2013-01/2013-03"},
        Translation{"2013-Q4", "", "2013-10/2013-12"}, Translation{"2013-QX", "", "2013"},
        Translation{"2013-H2", "", "2013-07/2013-12"},
        Translation{"2013-SP", "", "2013-03/2013-05"},
        Translation{"2012-SU", "", "2012-06/2012-08"},
        Translation{"2013-FA", "", "2013-09/2013-11"},
        Translation{"2013-WI", "", "2013-12/2014-02"},
        Translation{"2013-03-22TMO", "", "2013-03-22 morning"},
        Translation{"2013-03-22TAF", "", "2013-03-22 afternoon"},
        Translation{"2013-03-22TEV", "", "2013-03-22 evening"},
        Translation{"2013-03-22TNI", "", "2013-03-22 night"},
        Translation{"2013-03-22TMI", "", "2013-03-22"},
        Translation{"2013-03-22TDT", "", "2013-03-22 daytime"},
        Translation{"2012-XX-XX", "", "2012"}, Translation{"2011-01-XX", "", "2011-01"},
        Translation{"2012-XX-XXT20", "", "2012"}, Translation{"PRESENT_REF", "", "2013-03-22"},
        Translation{"PAST_REF", "", "../2013-03-22"},
        Translation{"FUTURE_REF", "", "2013-03-22/.."}, Translation{"2012-12", "START", "2012-12"},
        Translation{"2012", "END", "2012"}, Translation{"2007", "APPROX", "2007~"},
        Translation{"2013-W12", "APPROX", "2013-03-18~/2013-03-24~"},
        Translation{"2012", "BEFORE", nullptr}, Translation{"2012", "ON_OR_AFTER", nullptr},
        Translation{"XXXX-WI", "", nullptr}, Translation{"XXXX-XX-XX", "", nullptr},
        Translation{"P5Y", "", nullptr}, Translation{"", "", nullptr},
        Translation{"2013-13", "", nullptr}, Translation{"2013-02-30", "", nullptr},
        Translation{"2013-W54", "", nullptr}, Translation{"2013-W12-8", "", nullptr},
        Translation{"2013-03-22T25:00", "", nullptr},
        Translation{"2013-03-22T24:00", "", "2013-03-22T24:00"},
        Translation{"2013-03-22T24:30", "", nullptr},
        Translation{"2013-03-22T10:30:60", "", nullptr}, Translation{"2013-03-22TZZ", "", nullptr},
        Translation{"2013T10:00", "", nullptr}, Translation{"2013-03T10:00", "", nullptr},
        Translation{"1X9X", "", nullptr}, Translation{"199X-03", "", nullptr},
        Translation{"20130322", "", nullptr}, Translation{"tomorrow", "", nullptr},
        Translation{"2013-03-22TMO", "APPROX", nullptr}));

TEST(TimexValues, ReferencesNeedACreationDate) {
  const TimexAnchor anchor = translate_timex_value("PRESENT_REF", "", "");
  EXPECT_FALSE(anchor.expression.has_value());
  EXPECT_EQ(anchor.problem, "PRESENT_REF needs a document creation time");
}

TEST(TimexValues, CreationDateOfDayAndTime) {
  EXPECT_EQ(creation_date_of("2013-03-22"), "2013-03-22");
  EXPECT_EQ(creation_date_of("2013-03-22T10:30"), "2013-03-22");
  EXPECT_EQ(creation_date_of("2013-03"), "");
  EXPECT_EQ(creation_date_of("2013-02-30"), "");
}

}  // namespace
}  // namespace chronograph::detail
