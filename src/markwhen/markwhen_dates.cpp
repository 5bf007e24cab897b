// Markwhen event dates: the three families @markwhen/parser tries in turn on a line — EDTF-like
// (`2024-01-26`, ranges with '/', relative dates), casual (`01/26/2024`, `Jan 26 2024`, ranges
// with '-' or "to") and years with an era (`300 BCE`) — each up to the ':' that ends the date.

#include "markwhen/markwhen_dates.hpp"

#include "markwhen/markwhen_cursor.hpp"

namespace chronograph::detail::markwhen {

namespace {

class Scanner : Cursor {
 public:
  explicit Scanner(std::string_view line) : Cursor(line) {}

  // EDTF family: endpoint ('/' endpoint)? ':'.
  std::optional<EventStart> edtf() {
    i_ = 0;
    pending_.reset();
    spaces();
    EventStart start;
    start.begin = i_;
    auto from = edtf_endpoint();
    if (!from) return std::nullopt;
    start.from = std::move(*from);
    const std::size_t after_from = i_;
    spaces();
    if (take('/')) {
      spaces();
      auto to = edtf_endpoint();
      if (!to) return std::nullopt;
      start.to = std::move(*to);
    } else {
      i_ = after_from;
    }
    return finish(std::move(start));
  }

  // Casual family: endpoint (('-' | "to") endpoint)? ':'.
  std::optional<EventStart> casual() {
    i_ = 0;
    pending_.reset();
    spaces();
    EventStart start;
    start.begin = i_;
    auto from = casual_endpoint();
    if (!from) return std::nullopt;
    start.from = std::move(*from);
    const std::size_t after_from = i_;
    spaces();
    bool range = take('-') || take_text("\xE2\x80\x93");  // '-' or an en dash
    if (!range && i_ > after_from && take_word("to") && i_ < s_.size() && s_[i_] == ' ')
      range = true;
    if (range) {
      spaces();
      auto to = casual_endpoint();
      if (!to) return std::nullopt;
      start.to = std::move(*to);
    } else {
      i_ = after_from;
    }
    return finish(std::move(start));
  }

  // Years with an era: `300 BCE`, `300 BC - 200 BC`, `50 BC - 50 AD`.
  std::optional<EventStart> era() {
    i_ = 0;
    pending_.reset();
    spaces();
    EventStart start;
    start.begin = i_;
    auto from = era_year();
    if (!from) return std::nullopt;
    const std::size_t after_from = i_;
    spaces();
    std::optional<std::pair<Endpoint, std::string>> to;
    if (take('-') || take_text("\xE2\x80\x93")) {
      spaces();
      to = era_year();
      if (!to) return std::nullopt;
    } else {
      i_ = after_from;
    }
    // One era names both years when only one is written ("300 - 200 BC").
    const std::string& era = from->second.empty() && to ? to->second : from->second;
    start.from = with_era(std::move(from->first), era);
    if (to) {
      start.to = with_era(std::move(to->first), to->second.empty() ? era : to->second);
      start.to->at_start = true;  // Markwhen ends such a range when the last year begins
    }
    return finish(std::move(start));
  }

  [[nodiscard]] std::size_t position() const { return i_; }

 private:
  // A wrong value only matters on a line that is an event: a description line may hold
  // "2024-13-05 was a typo" and stays text, as in Markwhen.
  std::optional<EventStart> finish(EventStart start) {
    spaces();
    if (take_word("every") && s_.find(':', i_) != std::string_view::npos)
      throw Bad{{start.begin, i_ - start.begin,
                 "recurring events ('every …') are not read: write each time as its own event"}};
    if (!take(':')) return std::nullopt;
    start.end = i_ - 1;
    if (pending_) throw Bad{*pending_};
    return start;
  }

  std::optional<Endpoint> edtf_endpoint() {
    Endpoint out;
    if (now(out)) return out;
    const std::size_t at = i_;
    int year = 0;
    if (exactly(4, year)) {
      if (take_text("-W") || take_text("-w") || take('W') || take('w')) return week(year, at);
      int month = 0;
      int day = 0;
      const std::size_t month_at = i_ + 1;
      if (take('-')) {
        if (!exactly(2, month)) return std::nullopt;
        const std::size_t day_at = i_ + 1;
        if (take('-')) {
          if (!exactly(2, day)) return std::nullopt;
          check_date(year, month, day, at, month_at, day_at);
          if (auto t = trailing_time(false)) return timed(year, month, day, *t, at, i_);
          return dated(day_text(year, month, day), at, i_);
        }
        check_date(year, month, 0, at, month_at, 0);
        return dated(fmt::format("{:04}-{:02}", year, month), at, i_);
      }
      if (i_ < s_.size() && is_word(s_[i_])) return std::nullopt;
      return dated(fmt::format("{:04}", year), at, i_);
    }
    i_ = at;
    return relative();
  }

  std::optional<Endpoint> week(int year, std::size_t at) {
    int week_number = 0;
    if (!exactly(2, week_number)) return std::nullopt;
    int weekday = 0;
    const std::size_t dash = i_;
    take('-');
    if (!exactly(1, weekday)) i_ = dash;
    if (week_number < 1 || week_number > 53) {
      note(problem(at + 6, 2, "ISO week must be 01–53"));
      week_number = 1;
    }
    if (weekday > 7) {
      note(problem(i_ - 1, 1, "ISO weekday must be 1–7"));
      weekday = 1;
    }
    const CivilDay first = iso_week_day(year, week_number, weekday == 0 ? 1 : weekday);
    Endpoint out = dated(day_text(first.year, first.month, first.day), at, i_);
    if (weekday == 0) {
      const CivilDay last = iso_week_day(year, week_number, 7);
      out.last = day_text(last.year, last.month, last.day);
    }
    return out;
  }

  // `[after|before|by] [!id[.start|.end] | .start | .end] [plus|+] amount…`
  std::optional<Endpoint> relative() {
    Endpoint out;
    out.kind = Endpoint::Kind::relative;
    const std::size_t at = i_;
    out.offset = at;
    if (take_word("before") || take_word("by")) {
      out.before = true;
    } else {
      take_word("after");
    }
    spaces();
    bool anything = i_ > at;
    if (take('!')) {
      const std::size_t id_at = i_;
      while (i_ < s_.size() && is_word(s_[i_])) ++i_;
      if (i_ == id_at) return std::nullopt;
      out.reference = std::string(s_.substr(id_at, i_ - id_at));
      out.reference_offset = id_at;
      anything = true;
    }
    if (take_text(".start")) {
      out.part = "start";
      anything = true;
    } else if (take_text(".end")) {
      out.part = "end";
      anything = true;
    }
    spaces();
    if (take_word("plus") || take('+')) spaces();
    bool first = true;
    while (true) {
      const std::size_t amount_at = i_;
      const bool minus = take('-');
      int count = 0;
      if (digits(9, count) == 0) {
        i_ = amount_at;
        break;
      }
      while (i_ < s_.size() && !is_word(s_[i_]) && s_[i_] != ':' && s_[i_] != '/') ++i_;
      const std::optional<Unit> unit = take_unit(amount_at);
      if (!unit) {
        i_ = amount_at;
        break;
      }
      if (first && minus) out.negative = true;
      first = false;
      out.amounts.push_back({count, *unit});
      anything = true;
      spaces();
      if (take(',')) spaces();
    }
    if (!anything) return std::nullopt;
    out.length = i_ - at;
    while (out.length > 0 && (s_[at + out.length - 1] == ' ' || s_[at + out.length - 1] == '\t'))
      --out.length;
    return out;
  }

  std::optional<Unit> take_unit(std::size_t amount_at) {
    // Markwhen's unit words, longest first within each unit as its pattern lists them.
    struct Word {
      std::string_view text;
      Unit unit;
    };
    static constexpr std::array<Word, 24> words{{
        {"milliseconds", Unit::millisecond},
        {"ms", Unit::millisecond},
        {"seconds", Unit::second},
        {"second", Unit::second},
        {"secs", Unit::second},
        {"sec", Unit::second},
        {"s", Unit::second},
        {"minutes", Unit::minute},
        {"minute", Unit::minute},
        {"mins", Unit::minute},
        {"min", Unit::minute},
        {"hours", Unit::hour},
        {"hour", Unit::hour},
        {"h", Unit::hour},
        {"days", Unit::day},
        {"day", Unit::day},
        {"d", Unit::day},
        {"weeks", Unit::week},
        {"week", Unit::week},
        {"w", Unit::week},
        {"months", Unit::month},
        {"month", Unit::month},
        {"years", Unit::year},
        {"year", Unit::year},
    }};
    for (std::string_view business : {"week", "work", "business"}) {
      const std::size_t at = i_;
      if (take_word(business)) {
        spaces();
        if (take_word("days") || take_word("day")) {
          note(problem(amount_at, i_ - amount_at,
                       "working days are not counted: write the date, or calendar days"));
          return Unit::day;
        }
      }
      i_ = at;
    }
    for (const Word& word : words)
      if (take_word(word.text)) return word.unit;
    if (take_word("y")) return Unit::year;
    return std::nullopt;
  }

  std::optional<Endpoint> casual_endpoint() {
    Endpoint out;
    if (now(out)) return out;
    const std::size_t at = i_;
    if (auto iso = full_iso(at)) return iso;
    i_ = at;
    // Month names first: `3 February 2024` would otherwise read as the year 3.
    if (auto named = month_name_date(at)) return named;
    i_ = at;
    if (auto slash = slash_date(at)) return slash;
    i_ = at;
    return std::nullopt;
  }

  // `2024-05-01T10:00:00Z`, with any fraction of a second dropped.
  std::optional<Endpoint> full_iso(std::size_t at) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!exactly(4, year) || !take('-') || !exactly(2, month) || !take('-') || !exactly(2, day) ||
        !take('T') || !exactly(2, hour) || !take(':') || !exactly(2, minute) || !take(':') ||
        digits(2, second) != 2)
      return std::nullopt;
    while (i_ < s_.size() && is_digit(s_[i_])) ++i_;
    if (take('.'))
      while (i_ < s_.size() && is_digit(s_[i_])) ++i_;
    if (!take('Z')) return std::nullopt;
    check_date(year, month, day, at, at + 5, at + 8);
    if (hour > 23 || minute > 59 || second > 59)
      note(problem(at + 11, 8, "time must be 00:00:00–23:59:59"));
    Endpoint out = dated(
        fmt::format("{}T{:02}:{:02}:{:02}Z", day_text(year, month, day), hour, minute, second), at,
        i_);
    out.timed = true;
    return out;
  }

  // `2024` (1–5 digits), `1/2024` (month/year), `1/26/2024` (month/day/year), the last with an
  // optional time after a space or comma.
  std::optional<Endpoint> slash_date(std::size_t at) {
    std::array<int, 3> part{};
    std::array<std::size_t, 3> part_at{};
    std::size_t count = 0;
    while (count < 3) {
      part_at[count] = i_;
      if (digits(5, part[count]) == 0) return std::nullopt;
      if (i_ < s_.size() && is_digit(s_[i_])) return std::nullopt;
      ++count;
      if (count == 3 || !take('/')) break;
    }
    if (i_ < s_.size() && is_word(s_[i_])) return std::nullopt;
    if (count == 1) {
      check_date(part[0], 0, 0, at, 0, 0);
      return dated(fmt::format("{:04}", part[0]), at, i_);
    }
    if (count == 2) {
      check_date(part[1], part[0], 0, part_at[1], part_at[0], 0);
      return dated(fmt::format("{:04}-{:02}", part[1], part[0]), at, i_);
    }
    const std::size_t m = 0;
    const std::size_t d = 1;
    check_date(part[2], part[m], part[d], part_at[2], part_at[m], part_at[d]);
    if (auto t = trailing_time(true)) return timed(part[2], part[m], part[d], *t, at, i_);
    return dated(day_text(part[2], part[m], part[d]), at, i_);
  }

  int month_word() {
    const std::size_t at = i_;
    while (i_ < s_.size() && std::isalpha(static_cast<unsigned char>(s_[i_])) != 0) ++i_;
    std::string word;
    for (char c : s_.substr(at, i_ - at)) word += lower(c);
    for (std::size_t k = 0; k < month_names.size(); ++k)
      if (word == month_names[k] || (word.size() == 3 && month_names[k].starts_with(word)))
        return static_cast<int>(k) + 1;
    i_ = at;
    return 0;
  }

  // `January 2024`, `Jan 26 2024`, `January 26, 2024`, `26 Jan 2024`, with an optional time.
  std::optional<Endpoint> month_name_date(std::size_t at) {
    int day = 0;
    int month = 0;
    std::size_t day_at = i_;
    if (digits(2, day) > 0) {
      spaces();
      month = month_word();
      if (month == 0) return std::nullopt;
    } else {
      month = month_word();
      if (month == 0) return std::nullopt;
      const std::size_t before = i_;
      spaces();
      day_at = i_;
      if (digits(2, day) == 0 || (i_ < s_.size() && is_digit(s_[i_]))) {
        i_ = before;
        day = 0;
      }
    }
    const std::size_t before_year = i_;
    if (day != 0) take(',');
    spaces();
    int year = 0;
    const std::size_t year_at = i_;
    if (digits(4, year) == 0 || (i_ < s_.size() && is_word(s_[i_]))) {
      i_ = before_year;
      note(problem(at, i_ - at,
                   "a date without a year: Markwhen reads it in the current year, which changes "
                   "with the clock; write the year"));
      year = 2000;
    }
    check_date(year, month, day, year_at, at, day_at);
    if (day == 0) return dated(fmt::format("{:04}-{:02}", year, month), at, i_);
    take(',');
    if (auto t = trailing_time(false)) return timed(year, month, day, *t, at, i_);
    return dated(day_text(year, month, day), at, i_);
  }

  std::optional<std::pair<Endpoint, std::string>> era_year() {
    const std::size_t at = i_;
    int year = 0;
    if (digits(5, year) == 0 || (i_ < s_.size() && is_digit(s_[i_]))) return std::nullopt;
    const std::size_t end = i_;
    if (i_ < s_.size() && s_[i_] == ' ') ++i_;
    std::string era;
    for (std::string_view word : {"bce", "bc", "ad", "ce"})
      if (take_word(word)) {
        era = std::string(word);
        break;
      }
    if (era.empty()) i_ = end;
    if (year == 0) {
      note(problem(at, end - at, "there is no year 0 in years with an era"));
      year = 1;
    }
    if (year > max_supported_year) {
      note(problem(at, end - at, fmt::format("year {} is after 9999, the last year read", year)));
      year = max_supported_year;
    }
    Endpoint out = dated(std::to_string(year), at, i_);
    return std::pair(std::move(out), era);
  }

  static Endpoint with_era(Endpoint endpoint, std::string_view era) {
    const int year = std::stoi(endpoint.text);
    endpoint.text =
        era == "bce" || era == "bc" ? fmt::format("{} BCE", year) : fmt::format("{:04}", year);
    return endpoint;
  }
};

// Markwhen 1.x reads `2023-06 - 2024-01:` as text: an EDTF-like date ranges only with '/'.
std::optional<Problem> dash_range_of_iso_dates(std::string_view line) {
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos || line.size() < i + 7) return std::nullopt;
  const std::size_t at = i;
  auto digits = [&](std::size_t n) {
    for (std::size_t k = 0; k < n; ++k, ++i)
      if (i >= line.size() || !is_digit(line[i])) return false;
    return true;
  };
  if (!digits(4) || i >= line.size() || line[i] != '-' || (++i, !digits(2))) return std::nullopt;
  const std::size_t dash = line.find(" - ", i);
  const std::size_t colon = line.find(':', i);
  if (dash == std::string_view::npos || colon == std::string_view::npos || dash > colon)
    return std::nullopt;
  return Problem{at, colon - at,
                 "Markwhen reads this line as text of the event above, not as an event: a "
                 "range of ISO dates is written with '/' (2023-06/2024-01)"};
}

}  // namespace

CivilDay iso_week_day(int year, int week, int weekday) {
  // ISO week 1 holds January 4th; its Monday starts the week-numbering year.
  const std::int64_t jan4 = days_from_civil({year, 1, 4});
  const std::int64_t jan4_weekday = ((jan4 + 3) % 7 + 7) % 7;  // 0 = Monday; 1970-01-01 a Thursday
  const std::int64_t day = jan4 - jan4_weekday + (week - 1) * 7 + (weekday - 1);
  const CivilDate date = civil_from_days(day);
  return {date.year, date.month, date.day};
}

Scan scan_event_start(std::string_view line) {
  Scan scan;
  Scanner scanner(line);
  try {
    if ((scan.start = scanner.edtf())) return scan;
    if ((scan.start = scanner.casual())) return scan;
    if ((scan.start = scanner.era())) return scan;
  } catch (const Bad& bad) {
    scan.start.reset();
    scan.error = bad.problem;
    return scan;
  }
  scan.text_only = dash_range_of_iso_dates(line);
  return scan;
}

}  // namespace chronograph::detail::markwhen
