#include "time/era.hpp"

#include <gtest/gtest.h>

#include <string>

#include "chronograph/time.hpp"

namespace chronograph {
namespace {

TimeSpec read(const char* text, const char* zone = "UTC") {
  const auto parsed = parse_time(text, zone);
  EXPECT_FALSE(parsed.error.has_value()) << text << ": " << parsed.error->message;
  return parsed.value.value_or(TimeSpec{});
}

std::string utc(Seconds instant) {
  return format_instant(instant, "UTC");
}

TEST(Era, BceYearsInBothLanguagesReadAsTheirAstronomicalYear) {
  const TimeSpec iso = read("-0508", "Europe/Rome");
  EXPECT_EQ(utc(iso.start.earliest), "-0509-12-31T23:10:04Z");
  for (const char* text :
       {"509 BCE", "509 BC", "509BCE", "509 bce", "0509 BCE", "기원전 509년", "기원전509년"}) {
    SCOPED_TRACE(text);
    const TimeSpec bce = read(text, "Europe/Rome");
    EXPECT_EQ(bce.start, iso.start);
    EXPECT_EQ(bce.end, iso.end);
    EXPECT_EQ(bce.precision, Precision::year);
  }
  EXPECT_EQ(utc(read("44 BCE").start.earliest), "-0043-01-01T00:00:00Z");
  EXPECT_EQ(utc(read("1 BCE").start.earliest), "0000-01-01T00:00:00Z");
  EXPECT_EQ(utc(read("1 CE").start.earliest), "0001-01-01T00:00:00Z");
  EXPECT_EQ(utc(read("44 AD").start.earliest), "0044-01-01T00:00:00Z");
  EXPECT_EQ(utc(read("서기 44년").start.earliest), "0044-01-01T00:00:00Z");
  EXPECT_EQ(utc(read("4800 BCE").start.earliest), "-4799-01-01T00:00:00Z");
}

TEST(Era, FullDatesQualifiersAndUnspecifiedDigits) {
  const TimeSpec ides = read("-0043-03-15");
  for (const char* text :
       {"44-03-15 BCE", "0044-03-15 BC", "기원전 44년 3월 15일", "기원전 44년 03월 15일"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(read(text).start, ides.start);
    EXPECT_EQ(read(text).precision, Precision::day);
  }
  EXPECT_EQ(read("기원전 44년 3월").start, read("-0043-03").start);
  EXPECT_EQ(read("44-03-15 BCE 12:00").start.earliest, ides.start.earliest + 12 * 3600);
  EXPECT_EQ(read("기원전 44년 3월 15일 오후").start.earliest, ides.start.earliest + 12 * 3600);
  EXPECT_EQ(read("44-03-15 BCE Asia/Seoul").zone, "Asia/Seoul");

  const TimeSpec uncertain = read("509 BCE?");
  EXPECT_TRUE(uncertain.uncertain);
  EXPECT_EQ(uncertain.start, read("-0508").start);
  EXPECT_TRUE(read("기원전 509년?").uncertain);
  // ~ widens by a year on each side, on the astronomical axis: 510..508 BCE.
  const TimeSpec about = read("509 BCE~");
  EXPECT_EQ(utc(about.start.earliest), "-0509-01-01T00:00:00Z");
  EXPECT_EQ(utc(about.end.latest), "-0506-01-01T00:00:00Z");

  // 5XX BCE is 599..500 BCE, astronomical -598..-499.
  const TimeSpec centuries = read("5XX BCE");
  EXPECT_EQ(utc(centuries.start.earliest), "-0598-01-01T00:00:00Z");
  EXPECT_EQ(utc(centuries.end.latest), "-0498-01-01T00:00:00Z");
  EXPECT_EQ(read("기원전 5XX년").start, centuries.start);
  // No year 0 in historical numbering: XX BCE is 99..1 BCE.
  const TimeSpec first_century = read("XX BCE");
  EXPECT_EQ(utc(first_century.start.earliest), "-0098-01-01T00:00:00Z");
  EXPECT_EQ(utc(first_century.end.latest), "0001-01-01T00:00:00Z");

  const TimeSpec interval = read("510 BCE/509 BCE");
  EXPECT_EQ(interval.start, read("-0509").start);
  EXPECT_EQ(interval.end, read("-0508").end);
  EXPECT_EQ(read("../44 BCE").end, read("-0043").end);
}

struct ErrorCase {
  const char* text;
  std::size_t offset;
  std::size_t length;
  const char* message;
};

TEST(Era, ErrorsPointAtTheBytes) {
  const ErrorCase cases[] = {
      {"0 BCE", 0, 1, "there is no year 0 BCE: 1 BCE is followed by 1 CE (0000 is 1 BCE)"},
      {"기원전 0년", 10, 1, "there is no year 0 BCE: 1 BCE is followed by 1 CE (0000 is 1 BCE)"},
      {"0 CE", 0, 1, "there is no year 0 CE: 1 BCE is followed by 1 CE (0000 is 1 BCE)"},
      {"4801 BCE", 0, 4, "year 4801 BCE is outside the supported range 4800 BCE..9999"},
      {"기원전 5000년", 10, 4, "year 5000 BCE is outside the supported range 4800 BCE..9999"},
      {"-0508 BCE", 0, 5, "a year with an era takes no minus sign ('-0508' alone is 509 BCE)"},
      {"12345 BCE", 0, 5, "year must have at most 4 digits"},
      {"44 BCE-03-15", 6, 6, "unexpected '-03-15'"},
      {"509? BCE", 0, 3, "a qualifier goes after the era ('509 BCE?')"},
      {"-0508? BCE", 7, 3,
       "an era goes right after the date, before a time or qualifier ('44-03-15 BCE 12:00', "
       "'509 BCE?')"},
      {"0044-03-15T12:00 BCE", 17, 3,
       "an era goes right after the date, before a time or qualifier ('44-03-15 BCE 12:00', "
       "'509 BCE?')"},
      {"44", 0, 2, "year must have 4 digits"},
      {"44 BCF", 0, 2, "year must have 4 digits"},
      {"44-02-30 BCE", 6, 2, "day 30 does not exist in February 44 BCE"},
      {"기원전 44년 13월", 16, 2, "month must be 01–12"},
      {"기원전 44년 2월 30일", 21, 2, "day 30 does not exist in February 44 BCE"},
      {"기원전 44년 123월", 16, 3, "month must have 1 or 2 digits"},
      {"기원전 509", 10, 3, "expected '년' after the year (기원전 509년)"},
      {"기원전 년", 0, 10, "expected a year after '기원전 ' (기원전 509년)"},
      {"기원전 44년 3월 15", 21, 2, "unexpected '15'"},
      {"44-03-15T12:00 BCE", 0, 2, "year must have 4 digits"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = parse_time(c.text, "UTC");
    ASSERT_TRUE(parsed.error.has_value());
    EXPECT_EQ(parsed.error->message, c.message);
    EXPECT_EQ(parsed.error->offset, c.offset);
    EXPECT_EQ(parsed.error->length, c.length);
  }
}

TEST(Era, AstronomicalYearsOfHistoricalOnes) {
  EXPECT_EQ(detail::astronomical_year(509, detail::Era::bce), -508);
  EXPECT_EQ(detail::astronomical_year(1, detail::Era::bce), 0);
  EXPECT_EQ(detail::astronomical_year(44, detail::Era::ce), 44);
  EXPECT_TRUE(detail::is_era_word("Bc"));
  EXPECT_FALSE(detail::is_era_word("CET"));
}

}  // namespace
}  // namespace chronograph
