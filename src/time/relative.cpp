// Relative times: the grammar (docs/time.md, "Relative times") and the calendar arithmetic on the
// anchor's bounds. Ids are only read here; the model stage resolves them.

#include "time/relative.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "time/calendar.hpp"
#include "time/julian.hpp"
#include "time/text.hpp"
#include "time/zone.hpp"

namespace chronograph::detail {

namespace {

constexpr Seconds day_seconds = 86400;
constexpr Seconds hour_seconds = 3600;

struct Token {
  std::string_view text;
  std::size_t offset = 0;
  [[nodiscard]] std::size_t end() const { return offset + text.size(); }
};

std::vector<Token> split(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    const std::size_t begin = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > begin) tokens.push_back({text.substr(begin, i - begin), begin});
  }
  return tokens;
}

// The words of the grammar, each named once.
constexpr std::string_view word_after = "after";
constexpr std::string_view word_before = "before";
constexpr std::string_view word_between = "between";
constexpr std::string_view word_and = "and";
constexpr std::string_view ko_after = "후";
constexpr std::string_view ko_before = "전";
constexpr std::string_view ko_day_before = "전날";
constexpr std::string_view ko_day_after = "다음날";
constexpr std::string_view ko_next = "다음";
constexpr std::string_view ko_day = "날";
constexpr std::string_view ko_between = "사이";
constexpr std::array<std::string_view, 2> ko_and{"와", "과"};  // "a와 b 사이"

bool is(const Token& token, std::string_view word) {
  return ascii_lower(token.text) == word;
}

bool is_shift_sign(std::string_view token) {
  return token.size() >= 2 && (token[0] == '+' || token[0] == '-') &&
         (token[1] == 'P' || token[1] == 'p');
}

bool is_id_char(char c) {
  return is_ascii_letter(c) || is_digit(c) || c == '_' || c == '.' || c == '-';
}

// The Korean "and" a `between` anchor carries ("a와"), if any.
std::string_view korean_and(std::string_view token) {
  for (const std::string_view word : ko_and)
    if (token.size() > word.size() && token.ends_with(word)) return word;
  return {};
}

class RelativeParser {
 public:
  explicit RelativeParser(std::string_view text) : text_(text), tokens_(split(text)) {}

  RelativeSyntax parse() {
    if (tokens_.empty()) fail(0, text_.size(), "empty time expression");
    const Token& first = tokens_[0];
    if (is(first, word_after) || is(first, word_before)) {
      syntax_.direction =
          is(first, word_after) ? RelativeDirection::after : RelativeDirection::before;
      syntax_.anchors[0] = anchor(1, first.text);
      read_part(2);
    } else if (is(first, word_between)) {
      read_between(1);
    } else if (tokens_.size() >= 4 && is(first, "the") && is(tokens_[1], "day") &&
               (is(tokens_[2], word_before) || is(tokens_[2], word_after))) {
      shift_by_a_day(is(tokens_[2], word_before), 3);
    } else if (const auto word = english_direction()) {
      syntax_.direction =
          is(tokens_[*word], word_before) ? RelativeDirection::before : RelativeDirection::after;
      syntax_.amount = amount(0, *word);
      syntax_.anchors[0] = anchor(*word + 1, tokens_[*word].text);
      read_part(*word + 2);
    } else {
      read_anchor_first();
    }
    return syntax_;
  }

 private:
  // "7 months after x": the first "before" or "after" after the amount.
  std::optional<std::size_t> english_direction() const {
    for (std::size_t i = 1; i < tokens_.size(); ++i)
      if (is(tokens_[i], word_before) || is(tokens_[i], word_after)) return i;
    return std::nullopt;
  }

  // Forms that open with the event: "x +P1D late", "x 전날 늦게", "x 7개월 후", "x 전 늦은 오후",
  // "a와 b 사이".
  void read_anchor_first() {
    const Token& first = tokens_[0];
    if (!korean_and(first.text).empty()) return read_between(0);
    if (tokens_.size() >= 2 && (tokens_[1].text == ko_and[0] || tokens_[1].text == ko_and[1]))
      return read_between(0);
    syntax_.anchors[0] = anchor(0, {});
    if (tokens_.size() < 2)
      fail(first.offset, first.text.size(),
           fmt::format("expected 'before', 'after' or a shift such as '+P1D' after '{}'",
                       first.text));
    const Token& second = tokens_[1];
    if (is_shift_sign(second.text)) {
      syntax_.direction =
          second.text[0] == '-' ? RelativeDirection::before : RelativeDirection::after;
      syntax_.amount = amount_text(second.offset + 1, second.end());
      return read_part(2);
    }
    if (second.text == ko_day_before || second.text == ko_day_after)
      return shift_by_a_day(second.text == ko_day_before, 0, 2);
    if (second.text == ko_next && tokens_.size() >= 3 && tokens_[2].text == ko_day)
      return shift_by_a_day(false, 0, 3);
    if (second.text == ko_before || second.text == ko_after) {
      syntax_.direction =
          second.text == ko_before ? RelativeDirection::before : RelativeDirection::after;
      return read_part(2);
    }
    for (std::size_t j = 2; j < tokens_.size(); ++j) {
      if (tokens_[j].text != ko_before && tokens_[j].text != ko_after) continue;
      syntax_.direction =
          tokens_[j].text == ko_before ? RelativeDirection::before : RelativeDirection::after;
      syntax_.amount = amount(1, j);
      return read_part(j + 1);
    }
    fail(second.offset, text_.size() - second.offset,
         fmt::format("expected 'before', 'after' or a shift such as '+P1D' after '{}', not '{}'",
                     first.text, text_.substr(second.offset)));
  }

  // "between a and b" from `at` (the token after "between"), or "a와 b 사이" from `at` = 0.
  void read_between(std::size_t at) {
    syntax_.direction = RelativeDirection::between;
    if (at == 0) {
      const std::string_view joined = korean_and(tokens_[0].text);
      Token a = tokens_[0];
      a.text.remove_suffix(joined.size());
      syntax_.anchors[0] = check_id(a);
      std::size_t next = joined.empty() ? 2 : 1;  // "a와" or "a 와"
      syntax_.anchors[1] = anchor(next, ko_and[0]);
      if (next + 1 >= tokens_.size() || tokens_[next + 1].text != ko_between)
        expected_after(next + 1, ko_between, tokens_[next].text);
      if (next + 2 < tokens_.size()) unexpected(next + 2);
      return;
    }
    syntax_.anchors[0] = anchor(at, word_between);
    if (at + 1 >= tokens_.size() || !is(tokens_[at + 1], word_and))
      expected_after(at + 1, word_and, tokens_[at].text);
    syntax_.anchors[1] = anchor(at + 2, word_and);
    if (at + 3 < tokens_.size()) unexpected(at + 3);
  }

  // "the day before x", "x 전날", "x 다음 날": a shift of one day.
  void shift_by_a_day(bool before, std::size_t anchor_at, std::size_t part_at = 0) {
    syntax_.direction = before ? RelativeDirection::before : RelativeDirection::after;
    const TimeParse<OffsetAmount> one_day = parse_offset_amount("1 day");
    syntax_.amount = one_day.value;
    if (anchor_at == 0) {
      read_part(part_at);
    } else {
      syntax_.anchors[0] = anchor(anchor_at, tokens_[anchor_at - 1].text);
      read_part(anchor_at + 1);
    }
  }

  [[noreturn]] void expected_after(std::size_t at, std::string_view word, std::string_view after) {
    if (at < tokens_.size())
      fail(tokens_[at].offset, tokens_[at].text.size(),
           fmt::format("expected '{}' after '{}', not '{}'", word, after, tokens_[at].text));
    fail(text_.size(), 0, fmt::format("expected '{}' after '{}'", word, after));
  }

  [[noreturn]] void unexpected(std::size_t at) {
    fail(tokens_[at].offset, text_.size() - tokens_[at].offset,
         fmt::format("unexpected '{}' after 'between': a time between two events takes no "
                     "shift or part of day",
                     text_.substr(tokens_[at].offset)));
  }

  AnchorText anchor(std::size_t at, std::string_view after) {
    if (at >= tokens_.size())
      fail(text_.size(), 0, fmt::format("expected an event id after '{}'", after));
    Token token = tokens_[at];
    // "x, late": the comma only separates the part of day.
    if (token.text.ends_with(',') && at + 1 < tokens_.size()) token.text.remove_suffix(1);
    return check_id(token);
  }

  static AnchorText check_id(const Token& token) {
    const std::string_view id = token.text;
    const bool valid = !id.empty() && (is_ascii_letter(id[0]) || is_digit(id[0])) &&
                       std::all_of(id.begin(), id.end(), is_id_char);
    if (!valid)
      fail(token.offset, id.size(),
           fmt::format("expected an event id (letters, digits, '_', '.', '-'), not '{}'", id));
    return {id, token.offset};
  }

  // The duration written between tokens [from, to).
  OffsetAmount amount(std::size_t from, std::size_t to) const {
    return amount_text(tokens_[from].offset, tokens_[to - 1].end());
  }

  OffsetAmount amount_text(std::size_t begin, std::size_t end) const {
    const std::string_view written = text_.substr(begin, end - begin);
    TimeParse<OffsetAmount> parsed = parse_offset_amount(written);
    if (parsed.error)
      fail(begin + parsed.error->offset, parsed.error->length, parsed.error->message);
    return *parsed.value;
  }

  // An optional part of day from token `at` on ("late", ", 늦은 오후").
  void read_part(std::size_t at) {
    if (at < tokens_.size() && tokens_[at].text == ",") ++at;
    if (at >= tokens_.size()) return;
    std::string phrase;
    for (std::size_t i = at; i < tokens_.size(); ++i)
      phrase.append(i == at ? "" : " ").append(tokens_[i].text);
    const std::size_t begin = tokens_[at].offset;
    const std::size_t length = tokens_.back().end() - begin;
    syntax_.part = find_day_part(phrase);
    if (!syntax_.part) fail(begin, length, unknown_day_part(phrase));
    if (syntax_.amount && !syntax_.amount->whole_days)
      fail(begin, length,
           "a part of day needs a shift in whole days, weeks, months or years "
           "('1 day before x, late')");
    syntax_.part_offset = begin;
    syntax_.part_length = length;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  RelativeSyntax syntax_;
};

Seconds floor_div(Seconds a, Seconds b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// Local wall-clock seconds moved `sign` times `shift` along the calendar.
std::optional<Seconds> shift_local(Seconds local, const CalendarShift& shift, int sign,
                                   Calendar calendar) {
  const Seconds days = floor_div(local, day_seconds);
  const Seconds time_of_day = local - days * day_seconds;
  const CivilDate date = civil_from_days(days, calendar);
  const Seconds months = sign * (shift.years * 12 + shift.months);
  if (std::abs(months / 12) > max_supported_year - min_supported_year) return std::nullopt;
  const CivilDate first = add_months(date.year, date.month, static_cast<int>(months));
  if (first.year < min_supported_year || first.year > max_supported_year) return std::nullopt;
  const int day = std::min(date.day, days_in_month(first.year, first.month, calendar));
  const Seconds moved =
      days_from_civil({first.year, first.month, day}, calendar) + sign * shift.days;
  return moved * day_seconds + time_of_day + sign * shift.seconds;
}

bool in_range(Seconds instant) {
  return instant >= limits::min_instant && instant <= limits::max_instant;
}

}  // namespace

bool looks_relative(std::string_view text) {
  const std::vector<Token> tokens = split(text);
  for (const Token& token : tokens) {
    const std::string word = ascii_lower(token.text);
    if (word == word_after || word == word_before || word == word_between || word == ko_after ||
        word == ko_before || word == ko_day_before || word == ko_day_after || word == ko_next ||
        word == ko_between || is_shift_sign(word))
      return true;
  }
  return false;
}

TimeParse<RelativeSyntax> parse_relative(std::string_view text) {
  try {
    return {RelativeParser(text).parse(), std::nullopt};
  } catch (const TimeFailure& failure) {
    return {std::nullopt, failure.error};
  }
}

TimeParse<Bounds> place_relative(const Bounds& anchor, const RelativeSyntax& syntax,
                                 std::string_view zone_name, Calendar calendar) {
  std::optional<Zone> zone = Zone::find(zone_name);
  if (!zone) zone = Zone::find("UTC");
  const bool before = syntax.direction == RelativeDirection::before;
  const int sign = before ? -1 : 1;
  const OffsetAmount none{};
  const OffsetAmount& amount = syntax.amount ? *syntax.amount : none;
  // The earliest bound moves by the shortest shift forward (the longest back), the latest by
  // the longest forward (the shortest back).
  const CalendarShift& early = before ? amount.high : amount.low;
  const CalendarShift& late = before ? amount.low : amount.high;
  const auto outside = [] {
    return TimeParse<Bounds>{
        std::nullopt,
        TimeError{0, 0,
                  fmt::format("this relative time falls outside the supported years {}..{} "
                              "(see docs/limits.md)",
                              min_supported_year, max_supported_year)}};
  };
  const auto local = [&](Seconds utc) { return utc + zone->offset_at(utc); };
  Bounds placed;
  if (syntax.part) {
    const auto day_of = [&](Seconds utc, bool latest) {
      const Seconds wall = local(utc);
      Seconds day = floor_div(wall, day_seconds);
      // The midnight that closes a day's bounds is that day's 24:00.
      if (latest && wall == day * day_seconds && anchor.latest > anchor.earliest) --day;
      return day * day_seconds;
    };
    const Seconds from = syntax.part->from_hour * hour_seconds;
    const Seconds to = syntax.part->to_hour * hour_seconds;
    if (anchor.earliest > unbounded_past) {
      const auto day = shift_local(day_of(anchor.earliest, false), early, sign, calendar);
      if (!day || !in_range(*day)) return outside();
      placed.earliest = zone->to_utc(*day + from, false);
    }
    if (anchor.latest < unbounded_future) {
      const auto day = shift_local(day_of(anchor.latest, true), late, sign, calendar);
      if (!day || !in_range(*day)) return outside();
      placed.latest = zone->to_utc(*day + to, true);
    }
  } else if (!amount.calendar) {
    // Hours, minutes and seconds are elapsed time: no calendar, no zone.
    const DurationSpec& elapsed = amount.elapsed;
    if (anchor.earliest > unbounded_past)
      placed.earliest = anchor.earliest + (before ? -elapsed.max : elapsed.min);
    if (anchor.latest < unbounded_future)
      placed.latest = anchor.latest + (before ? -elapsed.min : elapsed.max);
    if ((anchor.earliest > unbounded_past && !in_range(placed.earliest)) ||
        (anchor.latest < unbounded_future && !in_range(placed.latest)))
      return outside();
  } else {
    if (anchor.earliest > unbounded_past) {
      const auto wall = shift_local(local(anchor.earliest), early, sign, calendar);
      if (!wall || !in_range(*wall)) return outside();
      placed.earliest = zone->to_utc(*wall, false);
    }
    if (anchor.latest < unbounded_future) {
      const auto wall = shift_local(local(anchor.latest), late, sign, calendar);
      if (!wall || !in_range(*wall)) return outside();
      placed.latest = zone->to_utc(*wall, true);
    }
  }
  return {placed, std::nullopt};
}

Bounds relative_window(const RelativeSyntax& syntax, std::string_view zone, const Bounds& span) {
  const bool before = syntax.direction == RelativeDirection::before;
  Seconds low = 0;
  Seconds high = 0;
  bool calendar = syntax.part.has_value();
  if (syntax.amount) {
    const DurationSpec& elapsed = syntax.amount->elapsed;
    low = before ? -elapsed.max : elapsed.min;
    high = before ? -elapsed.min : elapsed.max;
    calendar = calendar || syntax.amount->calendar;
  }
  if (syntax.part) {
    // The anchor's instant lies somewhere in its day, the event in its part of the shifted day.
    low += syntax.part->from_hour * hour_seconds - day_seconds;
    high += syntax.part->to_hour * hour_seconds;
  }
  if (!calendar) return {low, high};
  // Local days are 23 or 25 hours across a daylight-saving change: wall clocks at the anchor and
  // at the event may run that far apart.
  Seconds slack = 0;
  if (const std::optional<Zone> found = Zone::find(zone)) {
    const bool open = span.earliest <= unbounded_past || span.latest >= unbounded_future;
    slack = open ? (parse_offset(zone) ? 0 : hour_seconds)
                 : found->offset_spread(span.earliest, span.latest);
  }
  return {low - slack, high + slack};
}

}  // namespace chronograph::detail
