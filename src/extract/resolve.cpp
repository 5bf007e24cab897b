#include "extract/resolve.hpp"

#include <charconv>
#include <cstdlib>
#include <tuple>

#include <date/date.h>
#include <date/iso_week.h>
#include <fmt/format.h>

#include "chronograph/time.hpp"
#include "parse/utf8.hpp"
#include "timeml/timex_values.hpp"

namespace chronograph::extract_stage {

namespace {

enum class Grain { none, century, decade, year, quarter, month, week, day };
enum class Tense { none, past, future };

std::optional<Grain> grain_from(std::string_view unit) {
  static constexpr std::pair<std::string_view, Grain> table[] = {
      {"century", Grain::century}, {"decade", Grain::decade}, {"year", Grain::year},
      {"quarter", Grain::quarter}, {"month", Grain::month},   {"week", Grain::week},
      {"day", Grain::day}};
  for (const auto& [name, grain] : table)
    if (name == unit) return grain;
  return std::nullopt;
}

// TIMEX3 parts of day for the canonical names of docs/time.md.
std::string_view timex_part(std::string_view canonical) {
  static constexpr std::pair<std::string_view, std::string_view> table[] = {
      {"early morning", "MO"}, {"morning", "MO"},   {"breakfast time", "MO"},
      {"daytime", "DT"},       {"afternoon", "AF"}, {"late afternoon", "AF"},
      {"evening", "EV"},       {"late", "EV"},      {"night", "NI"},
      {"late night", "NI"}};
  for (const auto& [name, code] : table)
    if (name == canonical) return code;
  return {};
}

date::year_month_day ymd(const CivilDate& d) {
  return date::year{d.year} / date::month{static_cast<unsigned>(d.month)} /
         date::day{static_cast<unsigned>(d.day)};
}

CivilDate civil(date::year_month_day d, bool year_known) {
  return {static_cast<int>(d.year()), static_cast<int>(static_cast<unsigned>(d.month())),
          static_cast<int>(static_cast<unsigned>(d.day())), year_known};
}

CivilDate add_days(const CivilDate& d, int days) {
  return civil(date::year_month_day{date::sys_days{ymd(d)} + date::days{days}}, d.year_known);
}

CivilDate add_months(const CivilDate& d, int months) {
  date::year_month ym = date::year{d.year} / date::month{static_cast<unsigned>(d.month)};
  ym += date::months{months};
  const unsigned last = static_cast<unsigned>((ym / date::last).day());
  return {static_cast<int>(ym.year()), static_cast<int>(static_cast<unsigned>(ym.month())),
          std::min(d.day, static_cast<int>(last)), d.year_known};
}

CivilDate shifted(CivilDate d, Grain grain, int by) {
  switch (grain) {
    case Grain::day:
      return add_days(d, by);
    case Grain::week:
      return add_days(d, 7 * by);
    case Grain::month:
      return add_months(d, by);
    case Grain::quarter:
      return add_months(d, 3 * by);
    case Grain::year:
      d.year += by;
      return d;
    case Grain::decade:
      d.year += 10 * by;
      return d;
    case Grain::century:
      d.year += 100 * by;
      return d;
    case Grain::none:
      return d;
  }
  return d;
}

// One expression being resolved: the rule's value fields read against the match.
class Resolution {
 public:
  Resolution(const PreparedText& text, const Found& found, const Anchors& anchors)
      : text_(text), found_(found), anchors_(anchors) {}

  Resolved run();

 private:
  [[nodiscard]] std::string field(std::string_view name) const;
  [[nodiscard]] bool has(std::string_view name) const { return !field(name).empty(); }
  [[nodiscard]] std::optional<int> number(std::string_view name) const;
  [[nodiscard]] Tense tense() const;
  [[nodiscard]] std::string zone_of_place() const;
  void resolve_date(Resolved& out);
  void resolve_duration(Resolved& out);
  void resolve_time_of_day();
  void write_when(Resolved& out, Grain grain, const CivilDate& date);

  const PreparedText& text_;
  const Found& found_;
  const Anchors& anchors_;
  std::string part_word_;  // the part of day as written, when the time parser reads it
  std::string part_;       // canonical
  std::string clock_;      // "T15:00"
};

std::string Resolution::field(std::string_view name) const {
  const auto found = found_.rule->value.find(std::string(name));
  if (found == found_.rule->value.end()) return {};
  std::string_view value = found->second;
  const bool negative = value.starts_with("-$");
  if (negative) value.remove_prefix(1);
  if (!value.starts_with('$')) return std::string(value);
  const std::string_view group = found_.group(text_.text, value.substr(1));
  if (group.empty()) return {};
  std::string text = negative ? "-" : "";  // built up: GCC 12 misreads "-" + string (-Wrestrict)
  text += group;
  return text;
}

// A number written in digits, or a word of the `numbers` table ("two", "a", "한").
std::optional<int> Resolution::number(std::string_view name) const {
  std::string value = field(name);
  if (value.empty()) return std::nullopt;
  const bool negative = value.front() == '-';
  if (negative) value.erase(0, 1);
  std::optional<int> n = to_int(value);
  if (!n) {
    for (const char* table : {"numbers", "offsets", "ordinals"}) {
      const std::string_view word = found_.rules->word(table, value);
      if (!word.empty() && !n) n = to_int(word);
    }
  }
  if (!n) return std::nullopt;
  return negative ? -*n : *n;
}

// Past or future from the words after the expression in its sentence (Korean is verb-final) or
// the whole sentence (English), by the rule file's `past` and `future` patterns.
Tense Resolution::tense() const {
  const Sentence& sentence = text_.sentences[found_.sentence];
  const Regex* future = found_.rules->pattern("future");
  const Regex* past = found_.rules->pattern("past");
  auto tense_of = [&](std::string_view scope) {
    if (future != nullptr && future->search(scope)) return Tense::future;
    if (past != nullptr && past->search(scope)) return Tense::past;
    return Tense::none;
  };
  if (found_.rules->language == "ko")
    return tense_of(text_.view({found_.span.end, sentence.span.end}));
  // English: the verb next to the expression first ("said on Tuesday that … will"), then the
  // whole sentence.
  std::size_t near =
      found_.span.begin - std::min<std::size_t>(found_.span.begin - sentence.span.begin, 24);
  // Never inside a character: a Korean word in an English sentence put the JIT'd matcher, which
  // trusts its UTF-8, on a continuation byte (found by the extract fuzz target: a crash).
  while (near < found_.span.begin && detail::utf8_sequence_length(text_.text, near) == 0) ++near;
  if (const Tense close = tense_of(text_.view({near, found_.span.begin})); close != Tense::none)
    return close;
  return tense_of(text_.view(sentence.span));
}

// "(현지시각)": the zone of the nearest place word after the expression in its sentence.
std::string Resolution::zone_of_place() const {
  const Sentence& sentence = text_.sentences[found_.sentence];
  const std::string_view after = text_.view({found_.span.end, sentence.span.end});
  std::size_t best = std::string_view::npos;
  std::string zone;
  const auto table = found_.rules->words.find("zones");
  if (table == found_.rules->words.end()) return zone;
  for (const auto& [place, name] : table->second) {
    const std::size_t at = after.find(place);
    if (at != std::string_view::npos && (at < best || (at == best && place.size() > 0))) {
      best = at;
      zone = name;
    }
  }
  return zone;
}

std::string iso_value(Grain grain, const CivilDate& d) {
  const std::string year = d.year_known ? fmt::format("{:04d}", d.year) : "XXXX";
  switch (grain) {
    case Grain::century:
      return d.year_known ? fmt::format("{:02d}", d.year / 100) : "XX";
    case Grain::decade:
      return d.year_known ? fmt::format("{:03d}", d.year / 10) : "XXX";
    case Grain::year:
      return year;
    case Grain::quarter:
      return fmt::format("{}-Q{}", year, (d.month - 1) / 3 + 1);
    case Grain::month:
      return fmt::format("{}-{:02d}", year, d.month);
    case Grain::week: {
      const iso_week::year_weeknum_weekday week{date::sys_days{ymd(d)}};
      return fmt::format("{:04d}-W{:02d}", static_cast<int>(week.year()),
                         static_cast<unsigned>(week.weeknum()));
    }
    case Grain::day:
    case Grain::none:
      return fmt::format("{}-{:02d}-{:02d}", year, d.month, d.day);
  }
  return year;
}

void Resolution::write_when(Resolved& out, Grain grain, const CivilDate& d) {
  if (!d.year_known) {
    out.timex.notes.push_back("the year is unknown: pass --published");
    return;
  }
  std::string zone;
  if (!field("local_zone").empty()) {
    zone = zone_of_place();
    if (zone.empty())
      out.timex.notes.push_back("local time of a place the text does not name; read in " +
                                anchors_.zone);
    else
      out.timex.notes.push_back("local time read as " + zone + " (a guess from the place named)");
  }
  std::string when;
  if (grain == Grain::day) {
    when = iso_date(d);
    if (!clock_.empty()) when += clock_;
    if (clock_.empty() && !part_.empty()) when += " " + (part_word_.empty() ? part_ : part_word_);
  } else {
    const detail::TimexAnchor anchor = detail::translate_timex_value(
        out.timex.value, out.timex.mod,
        anchors_.publication ? iso_date(*anchors_.publication) : std::string{});
    if (!anchor.expression) return;
    when = *anchor.expression;
  }
  if (!zone.empty()) when += " " + zone;
  // The one time parser has the last word: what it cannot read is left out of the draft.
  if (parse_time(when, anchors_.zone).value) out.timex.when = when;
}

void Resolution::resolve_time_of_day() {
  if (const std::string part = field("part"); !part.empty()) {
    part_ = std::string(found_.rules->word("parts", part));
    if (part_.empty()) part_ = part;
    if (parse_time("2000-01-01 " + part, "UTC").value) part_word_ = part;
  }
  std::optional<int> hour = number("hour");
  if (!hour) return;
  const int minute = number("minute").value_or(0);
  const std::string meridiem(found_.rules->word("meridiems", field("meridiem")));
  if (meridiem == "pm" && *hour < 12) *hour += 12;
  if (meridiem == "am" && *hour == 12) *hour = 0;
  if (*hour > 24 || minute > 59) return;
  clock_ = fmt::format("T{:02d}:{:02d}", *hour, minute);
}

void Resolution::resolve_date(Resolved& out) {
  const bool narrative = field("anchor") == "narrative";
  if (!anchors_.publication) {
    out.timex.notes.push_back("no publication time: pass --published");
    return;
  }
  CivilDate d = narrative ? anchors_.narrative : *anchors_.publication;
  const std::string unit = field("unit");
  const std::string_view unit_word = found_.rules->word("grains", unit);
  Grain grain =
      grain_from(unit_word.empty() ? std::string_view(unit) : unit_word).value_or(Grain::none);
  if (const auto shift = number("shift") ? number("shift") : number("shift_word")) {
    d = shifted(d, grain, *shift);
    // "Two weeks later" moves the story on, though it names no day.
    if (field("narrative") == "move") out.moves_narrative_to = d;
  }
  // A written direction ("오는 11일", "last Friday") outranks the tense of the verbs.
  const std::string_view way = found_.rules->word("directions", field("direction"));
  const Tense tense = way == "future" ? Tense::future
                      : way == "past" ? Tense::past
                      : has("tense")  ? this->tense()
                                      : Tense::none;
  // Placed by tense against the publication date: what happened lies before it.
  const CivilDate published = *anchors_.publication;
  auto before_publication = [&](const CivilDate& c) {
    return std::tie(c.year, c.month, c.day) <
           std::tie(published.year, published.month, published.day);
  };
  if (auto year = number("year")) {
    if (*year < 100) *year += *year < 50 ? 2000 : 1900;  // '90s, '13
    d.year = *year;
    d.year_known = true;
    grain = Grain::year;
  }
  if (auto decade = number("decade")) {
    // The group holds the decade's leading digits: "199" of "1990s", or "9" of "'90s".
    d.year = *decade >= 100 ? *decade * 10 : (*decade < 3 ? 2000 : 1900) + *decade * 10;
    grain = Grain::decade;
  }
  if (auto century = number("century")) {
    d.year = (*century - 1) * 100;
    grain = Grain::century;
  }
  if (auto quarter = number("quarter"); quarter && *quarter >= 1 && *quarter <= 4) {
    d.month = (*quarter - 1) * 3 + 1;
    grain = Grain::quarter;
  }
  std::optional<int> month = number("month");
  if (!month) {
    const std::string_view named = found_.rules->word("months", field("month_name"));
    if (!named.empty()) month = to_int(named);
  }
  if (month && *month >= 1 && *month <= 12) {
    const bool year_given = has("year") || has("shift");
    d.month = *month;
    d.day = std::min(d.day, 28);
    const bool later = std::tie(d.year, d.month) > std::tie(published.year, published.month);
    const bool earlier = std::tie(d.year, d.month) < std::tie(published.year, published.month);
    if (!year_given && tense == Tense::past && later) --d.year;
    if (!year_given && tense == Tense::future && earlier) ++d.year;
    grain = Grain::month;
  }
  if (auto day = number("day"); day && *day >= 1 && *day <= 31) {
    d.day = std::min(*day, 28);
    const CivilDate candidate{d.year, d.month, *day, d.year_known};
    const bool back =
        !month && tense == Tense::past && candidate != published && !before_publication(candidate);
    const bool ahead = !month && tense == Tense::future && before_publication(candidate);
    if (back || ahead) {
      // Both readings stay in view: the tense chose one month, the calendar the other.
      out.timex.notes.push_back(fmt::format("read as {} by its tense; {} is the other reading",
                                            back ? "last month" : "next month",
                                            iso_date(candidate)));
      d = add_months(d, back ? -1 : 1);
    }
    d.day = *day;
    if (!ymd(d).ok()) {
      out.timex.notes.push_back("no such day");
      return;
    }
    grain = Grain::day;
    out.sets_narrative = field("narrative") != "keep";
  }
  if (const std::string_view weekday = found_.rules->word("weekdays", field("weekday"));
      !weekday.empty()) {
    const int target = to_int(weekday).value_or(0);  // 0 = Sunday
    const date::weekday now{date::sys_days{ymd(d)}};
    int back = (static_cast<int>(now.c_encoding()) - target + 7) % 7;
    const Tense direction = tense;
    if (direction == Tense::future)
      d = add_days(d, back == 0 ? 0 : 7 - back);
    else
      d = add_days(d, -back);
    grain = Grain::day;
    out.sets_narrative = field("narrative") != "keep";
  }
  if (grain == Grain::none) grain = Grain::day;
  resolve_time_of_day();
  out.timex.value = iso_value(grain, d);
  if (const std::string_view season = found_.rules->word("seasons", field("season"));
      !season.empty() && grain == Grain::year)
    out.timex.value += fmt::format("-{}", season);
  if (grain == Grain::day) {
    out.day = d;
    if (!clock_.empty()) {
      out.timex.value += clock_;
    } else if (!part_.empty()) {
      const std::string_view code = timex_part(part_);
      out.timex.value += code.empty() ? std::string("T12:00") : fmt::format("T{}", code);
    }
  }
  write_when(out, grain, d);
}

void Resolution::resolve_duration(Resolved& out) {
  if (const std::string literal = field("literal"); !literal.empty()) {
    out.timex.value = literal;
    return;
  }
  std::string unit(found_.rules->word("units", field("unit")));
  if (unit.empty()) unit = field("unit");
  const std::optional<int> amount = number("amount");
  // "every week" is once a week; a length without a number is unspecified ("years": PXY).
  const bool set = found_.rule->type == TimexType::set;
  std::string count = amount ? std::to_string(*amount) : set ? "1" : "X";
  // Decades and centuries are years when counted ("two decades": P20Y), TimeML's DE and CE when
  // not ("decades": PXDE).
  if ((unit == "DE" || unit == "CE") && amount) {
    count = std::to_string(*amount * (unit == "DE" ? 10 : 100));
    unit.assign(1, 'Y');
  }
  const bool clock = unit == "H" || unit == "MIN" || unit == "S";
  out.timex.value = fmt::format("{}{}{}", clock ? "PT" : "P", count, unit == "MIN" ? "M" : unit);
  out.gap_to_previous = has("gap_to_previous");
}

}  // namespace

std::optional<int> to_int(std::string_view digits) {
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return value;
}

std::string iso_date(const CivilDate& d) {
  return d.year_known ? fmt::format("{:04d}-{:02d}-{:02d}", d.year, d.month, d.day)
                      : fmt::format("XXXX-{:02d}-{:02d}", d.month, d.day);
}

Resolved Resolution::run() {
  Resolved out;
  out.span = found_.span;
  out.sentence = found_.sentence;
  out.rules = found_.rules;
  out.narrative = anchors_.narrative;
  Timex& timex = out.timex;
  timex.begin = text_.original(found_.span.begin);
  timex.end = text_.original(found_.span.end);
  timex.text = std::string(text_.view(found_.span));
  timex.type = found_.rule->type;
  timex.rule = found_.rule->name;
  timex.language = found_.rules->language;
  // `mod` is a word of the `mods` table ("about" → APPROX) or a TIMEX3 mod written as is.
  const std::string mod = field("mod");
  timex.mod = std::string(found_.rules->word("mods", mod));
  if (timex.mod.empty() && !mod.empty() &&
      mod.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == std::string::npos)
    timex.mod = mod;
  if (const std::string note = field("note"); !note.empty()) timex.notes.push_back(note);
  if (const std::string ref = field("ref"); !ref.empty()) {
    timex.value = ref;
    write_when(out, Grain::year, anchors_.publication.value_or(CivilDate{}));
    return out;
  }
  if (timex.type == TimexType::duration || timex.type == TimexType::set) {
    resolve_duration(out);
    return out;
  }
  resolve_date(out);
  return out;
}

std::vector<Resolved> resolve_all(const PreparedText& text, const std::vector<Found>& found,
                                  Anchors anchors) {
  std::vector<Resolved> out;
  for (const Found& f : found) {
    if (f.rule->skip) continue;
    Resolved resolved = Resolution(text, f, anchors).run();
    if (resolved.sets_narrative && resolved.day) anchors.narrative = *resolved.day;
    if (resolved.moves_narrative_to) anchors.narrative = *resolved.moves_narrative_to;
    if (resolved.timex.value.empty()) continue;
    out.push_back(std::move(resolved));
  }
  return out;
}

}  // namespace chronograph::extract_stage
