#include "time/era.hpp"

#include <array>

#include <fmt/format.h>

namespace chronograph::detail {

namespace {

constexpr std::string_view korean_bce = "기원전";
constexpr std::string_view korean_ce = "서기";
constexpr std::string_view korean_year = "년";
constexpr std::string_view korean_month = "월";
constexpr std::string_view korean_day = "일";

bool is_digit_or_x(char c) {
  return is_digit(c) || c == 'X';
}

// "3월", "15일": one or two digits and the unit, after optional spaces. Reads nothing and returns
// an empty view when the digits and the unit are not there.
std::string_view read_korean_field(Scanner& s, std::string_view unit, std::string_view what) {
  Scanner ahead = s;
  ahead.skip_spaces();
  const std::string_view digits = ahead.take_while(is_digit_or_x);
  if (digits.empty() || !ahead.starts_with(unit)) return {};
  if (digits.size() > 2)
    fail(ahead.offset_of(digits), digits.size(), fmt::format("{} must have 1 or 2 digits", what));
  ahead.seek(ahead.pos() + unit.size());
  s = ahead;
  return digits;
}

}  // namespace

bool read_korean_date(Scanner& s, DateFields& f) {
  const std::size_t begin = s.pos();
  if (s.starts_with(korean_bce)) {
    f.era = Era::bce;
    s.seek(begin + korean_bce.size());
  } else if (s.starts_with(korean_ce)) {
    f.era = Era::ce;
    s.seek(begin + korean_ce.size());
  } else {
    return false;
  }
  s.skip_spaces();
  f.year = s.take_while(is_digit_or_x);
  f.year_text = f.year;
  if (f.year.empty())
    fail(begin, s.pos() - begin,
         fmt::format("expected a year after '{}' (기원전 509년)",
                     s.text().substr(begin, s.pos() - begin)));
  if (f.year.size() > 4)
    fail(s.offset_of(f.year), f.year.size(), "year must have at most 4 digits");
  if (!s.starts_with(korean_year))
    fail(s.offset_of(f.year), f.year.size(), "expected '년' after the year (기원전 509년)");
  s.seek(s.pos() + korean_year.size());
  f.month = read_korean_field(s, korean_month, "month");
  if (!f.month.empty()) f.day = read_korean_field(s, korean_day, "day");
  return true;
}

bool read_era_suffix(Scanner& s, DateFields& f) {
  Scanner ahead = s;
  ahead.skip_spaces();
  const std::string_view word = ahead.take_while(is_ascii_letter);
  const char after = ahead.peek();
  const bool word_ends = !(is_ascii_letter(after) || is_digit(after) || after == '_' ||
                           static_cast<unsigned char>(after) >= 0x80);
  if (!word_ends || !is_era_word(word)) return false;
  const std::string lower = ascii_lower(word);
  f.era = lower == "bce" || lower == "bc" ? Era::bce : Era::ce;
  s = ahead;
  return true;
}

bool is_era_word(std::string_view word) {
  static constexpr std::array<std::string_view, 4> words{"bce", "bc", "ce", "ad"};
  const std::string lower = ascii_lower(word);
  for (const std::string_view known : words)
    if (lower == known) return true;
  return false;
}

int astronomical_year(int year, Era era) {
  return era == Era::bce ? 1 - year : year;
}

}  // namespace chronograph::detail
