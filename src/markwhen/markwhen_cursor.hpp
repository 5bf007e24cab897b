#pragma once
// Internal: the character-level reading under the Markwhen date scanner (markwhen_dates.cpp):
// words, digits, times of day and checked dates at a position in one line, and the first wrong
// value seen, kept until the line turns out to be an event.

#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "markwhen/markwhen_dates.hpp"
#include "time/calendar.hpp"

namespace chronograph::detail::markwhen {

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_word(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}
inline char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

inline constexpr std::array<std::string_view, 12> month_names{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// "February": as our time parser's messages name a month.
inline std::string capitalised(int month) {
  std::string name(month_names[static_cast<std::size_t>(month)]);
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

struct Time {
  int hour = 0;
  int minute = 0;
};

// A value that breaks the date: the scan stops with it.
struct Bad {
  Problem problem;
};

class Cursor {
 protected:
  explicit Cursor(std::string_view line) : s_(line) {}

  void note(Problem problem) {
    if (!pending_) pending_ = std::move(problem);
  }

  void spaces() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  bool take(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  bool take_text(std::string_view text) {
    if (s_.substr(i_).starts_with(text)) {
      i_ += text.size();
      return true;
    }
    return false;
  }
  // A whole word, any case.
  bool take_word(std::string_view word) {
    if (i_ + word.size() > s_.size()) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
      if (lower(s_[i_ + k]) != word[k]) return false;
    if (i_ + word.size() < s_.size() && is_word(s_[i_ + word.size()])) return false;
    i_ += word.size();
    return true;
  }
  // Up to `most` digits; the count read, 0 for none.
  std::size_t digits(std::size_t most, int& value) {
    std::size_t n = 0;
    value = 0;
    while (n < most && i_ < s_.size() && is_digit(s_[i_])) {
      value = value * 10 + (s_[i_] - '0');
      ++i_;
      ++n;
    }
    return n;
  }
  bool exactly(std::size_t count, int& value) {
    const std::size_t at = i_;
    if (digits(count, value) != count || (i_ < s_.size() && is_digit(s_[i_]))) {
      i_ = at;
      return false;
    }
    return true;
  }

  Problem problem(std::size_t at, std::size_t length, std::string message) const {
    return {at, length, std::move(message)};
  }

  void check_date(int year, int month, int day, std::size_t at, std::size_t month_at,
                  std::size_t day_at) {
    if (year > max_supported_year)
      return note(problem(at, 5, fmt::format("year {} is after 9999, the last year read", year)));
    if (month != 0 && (month < 1 || month > 12))
      return note(problem(month_at, 2, "month must be 01–12"));
    if (day != 0 && (day < 1 || day > days_in_month(year, month)))
      note(problem(day_at, 2,
                   day < 1 || day > 31 ? std::string("day must be 01–31")
                                       : fmt::format("day {} does not exist in {} {}", day,
                                                     capitalised(month - 1), year)));
  }

  // `10am`, `10:30pm`, `14:30`, `9`: a time of day. Hours 1–12 with am/pm, else 0–23.
  std::optional<Time> time() {
    const std::size_t at = i_;
    int hour = 0;
    if (digits(2, hour) == 0) return std::nullopt;
    int minute = 0;
    const std::size_t colon = i_;
    if (take(':')) {
      if (!exactly(2, minute)) {
        i_ = colon;
      } else if (minute > 59) {
        note(problem(colon + 1, 2, "minute must be 00–59"));
      }
    }
    if (i_ + 1 < s_.size() && (lower(s_[i_]) == 'a' || lower(s_[i_]) == 'p') &&
        lower(s_[i_ + 1]) == 'm' && (i_ + 2 == s_.size() || !is_word(s_[i_ + 2]))) {
      const bool pm = lower(s_[i_]) == 'p';
      if (hour < 1 || hour > 12) note(problem(at, i_ - at, "an am/pm hour must be 1–12"));
      i_ += 2;
      return Time{hour % 12 + (pm ? 12 : 0), minute};
    }
    if (i_ < s_.size() && is_word(s_[i_])) {
      i_ = at;
      return std::nullopt;
    }
    if (hour > 23) note(problem(at, colon - at, "hour must be 00–23"));
    return Time{hour, minute};
  }

  // After a date: spaces (and, when `comma`, commas) and a time; nothing when none follows.
  std::optional<Time> trailing_time(bool comma) {
    const std::size_t at = i_;
    std::size_t gap = 0;
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || (comma && s_[i_] == ','))) {
      ++i_;
      ++gap;
    }
    if (gap > 0)
      if (auto t = time()) return t;
    i_ = at;
    return std::nullopt;
  }

  static std::string day_text(int year, int month, int day) {
    return fmt::format("{:04}-{:02}-{:02}", year, month, day);
  }
  static Endpoint dated(std::string text, std::size_t at, std::size_t end) {
    Endpoint endpoint;
    endpoint.text = std::move(text);
    endpoint.offset = at;
    endpoint.length = end - at;
    return endpoint;
  }
  static Endpoint timed(int year, int month, int day, Time t, std::size_t at, std::size_t end) {
    Endpoint endpoint =
        dated(fmt::format("{}T{:02}:{:02}", day_text(year, month, day), t.hour, t.minute), at, end);
    endpoint.timed = true;
    return endpoint;
  }

  bool now(Endpoint& out) {
    const std::size_t at = i_;
    if (!take_word("now")) return false;
    out.kind = Endpoint::Kind::now;
    out.offset = at;
    out.length = 3;
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
  std::optional<Problem> pending_;  // the first wrong value, reported if the line is an event
};

}  // namespace chronograph::detail::markwhen
