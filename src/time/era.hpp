#pragma once
// Internal: dates written with an era, "509 BCE", "44-03-15 BCE", "기원전 44년 3월 15일", next to
// the astronomical ISO years ("-0508") the rest of the parser reads. See docs/time.md, "Years".

#include <string_view>

#include "time/text.hpp"

namespace chronograph::detail {

// How the year is numbered as written: astronomically ("-0508", "0000" = 1 BCE), or historically
// with an era ("509 BCE", "기원전 509년", "44 CE"), where 1 BCE is followed by 1 CE.
enum class Era { astronomical, bce, ce };

// A date's fields as written (views into the expression; 'X' is an unspecified digit).
struct DateFields {
  std::string_view year_text;  // the year with its sign
  std::string_view year;       // digits or X, without sign or era
  bool negative = false;
  Era era = Era::astronomical;
  std::string_view month;  // empty when not written
  std::string_view day;
};

// The Korean form "기원전 509년 [3월 [15일]]" or "서기 44년 …": false, reading nothing, when the
// text at the scanner does not start with 기원전 or 서기.
bool read_korean_date(Scanner& scanner, DateFields& fields);

// An era word after a date, "BCE", "BC", "CE" or "AD" in any case, with the spaces before it:
// false, reading nothing, when none follows.
bool read_era_suffix(Scanner& scanner, DateFields& fields);

// True for the words read_era_suffix reads.
bool is_era_word(std::string_view word);

// The astronomical year of a year numbered in `era`: 509 BCE is -508, 44 CE is 44.
int astronomical_year(int year, Era era);

}  // namespace chronograph::detail
