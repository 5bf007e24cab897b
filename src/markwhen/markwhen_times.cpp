// Markwhen's reading of an event's dates, as @markwhen/parser 1.x counts them: a date spans its
// whole unit, a time of day is an instant, and a relative date counts from an event above in that
// event's UTC offset (Luxon's arithmetic on a parsed ISO string). The result is written as one of
// our time expressions, absolute: the lead's relative `when` had not landed when this was written.

#include "markwhen/markwhen_times.hpp"

#include <fmt/format.h>

#include "time/calendar.hpp"

namespace chronograph::detail::markwhen {

namespace {

struct Failed {
  Problem problem;
};

Problem at_endpoint(const Endpoint& endpoint, std::string message) {
  return {endpoint.offset, endpoint.length == 0 ? 1 : endpoint.length, std::move(message)};
}

// `text` in the event's zone, named when it is not the document's (our bracket form, since an
// IANA name holds a '/' that would read as an interval).
std::string zoned(const std::string& text, const std::string& zone,
                  const std::string& document_zone) {
  if (zone == document_zone || text.ends_with('Z')) return text;
  return text + "[" + zone + "]";
}

TimeSpec read(const Endpoint& endpoint, const std::string& text, const std::string& zone) {
  TimeParse<TimeSpec> parsed = parse_time(text, zone);
  if (!parsed.value)
    throw Failed{at_endpoint(endpoint, parsed.error ? parsed.error->message : "unreadable date")};
  return std::move(*parsed.value);
}

Seconds plus(Seconds instant, const Endpoint& endpoint, int sign, const std::string& zone) {
  const Seconds offset = zone_offset(instant, zone);
  for (const Amount& amount : endpoint.amounts) {
    const Seconds n = sign * amount.count;
    switch (amount.unit) {
      case Unit::millisecond:
        instant += n / 1000;
        break;
      case Unit::second:
        instant += n;
        break;
      case Unit::minute:
        instant += n * 60;
        break;
      case Unit::hour:
        instant += n * 3600;
        break;
      case Unit::day:
        instant += n * 86400;
        break;
      case Unit::week:
        instant += n * 7 * 86400;
        break;
      case Unit::month:
      case Unit::year: {
        // Calendar months on the wall clock of the offset; a day past the month's end is its
        // last day (Luxon: January 31 plus one month is February 29 in 2024).
        const Seconds local = instant + offset;
        const Seconds days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
        const CivilDate date = civil_from_days(days);
        const CivilDate first = add_months(
            date.year, date.month, static_cast<int>(amount.unit == Unit::year ? n * 12 : n));
        if (first.year < min_supported_year || first.year > max_supported_year)
          throw Failed{at_endpoint(endpoint, "this date falls outside the years -4799 to 9999")};
        const int day = std::min(date.day, days_in_month(first.year, first.month));
        instant = days_from_civil({first.year, first.month, day}) * 86400 + (local - days * 86400) -
                  offset;
        break;
      }
    }
  }
  return instant;
}

int sign_of(const Endpoint& endpoint, bool minus) {
  return endpoint.negative || minus ? -1 : 1;
}

// The instant a relative endpoint counts from.
Seconds reference_point(const Endpoint& endpoint, const Earlier& earlier, bool from_side,
                        const std::optional<Seconds>& own_start, std::string& zone) {
  const Span* span = nullptr;
  if (!endpoint.reference.empty()) {
    span = earlier.by_id(endpoint.reference);
    if (span == nullptr)
      throw Failed{{endpoint.reference_offset - 1, endpoint.reference.size() + 1,
                    fmt::format("no event '!{}' above this line: a relative date counts from an "
                                "event defined before it",
                                endpoint.reference)}};
  } else if (from_side || !endpoint.part.empty()) {
    span = earlier.previous;
    if (span == nullptr)
      throw Failed{at_endpoint(endpoint,
                               "no event above this one to count from (Markwhen would count from "
                               "now, which changes with the clock)")};
  } else {
    return *own_start;  // an end relative to nothing counts from the event's own start
  }
  zone = span->zone;
  // Markwhen's defaults: the start counts from the end of an event it follows and from the start
  // of one it precedes; the end counts from the start.
  const bool end =
      endpoint.part == "end" || (endpoint.part.empty() && from_side && !endpoint.before);
  if (!end) return span->from;
  if (!span->to)
    throw Failed{at_endpoint(endpoint,
                             "the event this counts from runs until 'now', which has no "
                             "fixed end to count from")};
  return *span->to;
}

std::string year_text(int year) {
  return year < 0 ? fmt::format("-{:04}", -year) : fmt::format("{:04}", year);
}

struct Wall {
  CivilDate date;
  Seconds second_of_day = 0;
};
Wall wall_clock(Seconds instant, const std::string& zone) {
  const Seconds local = instant + zone_offset(instant, zone);
  const Seconds days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  return {civil_from_days(days), local - days * 86400};
}
std::string date_text(const CivilDate& date) {
  return fmt::format("{}-{:02}-{:02}", year_text(date.year), date.month, date.day);
}
std::string minute_text(const Wall& wall) {
  const Seconds s = wall.second_of_day;
  std::string out = fmt::format("{}T{:02}:{:02}", date_text(wall.date), s / 3600, s / 60 % 60);
  if (s % 60 != 0) out += fmt::format(":{:02}", s % 60);
  return out;
}

// A computed start: the day when the event is whole days from midnight to midnight, else the
// minute (or second) it begins.
std::string start_text(Seconds instant, const std::string& zone, bool whole_days) {
  const Wall wall = wall_clock(instant, zone);
  return whole_days ? date_text(wall.date) : minute_text(wall);
}
// A computed end: the last whole day, else the minute holding the instant.
std::string end_text(Seconds instant, const std::string& zone, bool whole_days) {
  if (whole_days) return date_text(wall_clock(instant - 86400, zone).date);
  return minute_text(wall_clock(instant, zone));
}

bool at_midnight(Seconds instant, const std::string& zone) {
  return wall_clock(instant, zone).second_of_day == 0;
}

Resolved resolve_or_throw(const EventStart& start, const std::string& zone,
                          const std::string& document_zone, const Earlier& earlier) {
  const Endpoint& from = start.from;
  Resolved out;
  out.span.zone = zone;
  std::optional<Seconds> begin;
  std::optional<Seconds> end;
  bool open = false;
  std::string from_text;  // empty: written from the computed instant
  std::string to_text;

  if (from.kind == Endpoint::Kind::now)
    throw Failed{at_endpoint(from,
                             "an event starting 'now' changes with the clock; write its "
                             "date ('now' may end a range: 2020/now)")};
  if (from.kind == Endpoint::Kind::date) {
    const TimeSpec spec = read(from, zoned(from.text, zone, document_zone), zone);
    begin = spec.start.earliest;
    from_text = zoned(from.text, zone, document_zone);
    if (!start.to) {
      if (from.timed) {
        end = begin;
      } else if (!from.last.empty()) {
        end = read(from, zoned(from.last, zone, document_zone), zone).end.latest;
        to_text = zoned(from.last, zone, document_zone);
      } else {
        end = spec.end.latest;
        to_text = from_text;
      }
    }
  } else {
    std::string reference_zone = zone;
    const Seconds point = reference_point(from, earlier, true, std::nullopt, reference_zone);
    const int sign = sign_of(from, from.before);
    if (!start.to) {
      const Seconds moved = plus(point, from, sign, reference_zone);
      begin = from.before ? moved : point;
      end = from.before ? point : moved;
    } else if (from.before) {
      if (start.to->kind != Endpoint::Kind::relative)
        throw Failed{at_endpoint(from,
                                 "a range that starts 'before' an event needs a relative "
                                 "end too (Markwhen reads it as now)")};
      end = plus(point, from, -1, reference_zone);
      begin = plus(*end, *start.to, -1, reference_zone);
    } else {
      begin = plus(point, from, sign, reference_zone);
    }
  }

  if (start.to && !end) {
    const Endpoint& to = *start.to;
    if (to.kind == Endpoint::Kind::now) {
      open = true;
    } else if (to.kind == Endpoint::Kind::relative) {
      std::string reference_zone = zone;
      const Seconds point = reference_point(to, earlier, false, begin, reference_zone);
      end = plus(point, to, sign_of(to, false), reference_zone);
    } else {
      const std::string text = zoned(to.last.empty() ? to.text : to.last, zone, document_zone);
      const TimeSpec spec = read(to, text, zone);
      end = to.timed || to.at_start ? spec.start.earliest : spec.end.latest;
      if (!to.at_start) to_text = text;
    }
  }
  if (!open && *end < *begin)
    throw Failed{{start.begin, start.end - start.begin,
                  "this range ends before it starts (Markwhen: \"Illogical date range\")"}};

  out.span.from = *begin;
  if (!open) out.span.to = *end;
  const bool whole_days =
      !open && at_midnight(*begin, zone) && at_midnight(*end, zone) && *end - *begin >= 86400;
  if (from_text.empty())
    from_text = zoned(start_text(*begin, zone, whole_days), zone, document_zone);
  if (open) {
    out.when = from_text + "/..";
  } else if (*end == *begin) {
    out.when = from_text;
  } else {
    if (to_text.empty()) to_text = zoned(end_text(*end, zone, whole_days), zone, document_zone);
    out.when = to_text == from_text ? from_text : from_text + "/" + to_text;
  }
  return out;
}

}  // namespace

Resolution resolve(const EventStart& start, const std::string& zone,
                   const std::string& document_zone, const Earlier& earlier) {
  Resolution resolution;
  try {
    resolution.value = resolve_or_throw(start, zone, document_zone, earlier);
  } catch (const Failed& failed) {
    resolution.error = failed.problem;
  }
  return resolution;
}

}  // namespace chronograph::detail::markwhen
