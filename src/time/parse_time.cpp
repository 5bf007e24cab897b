// parse_time: intervals, zones and the public entry point. The grammar is in docs/time.md.

#include <string>

#include <fmt/format.h>

#include "chronograph/time.hpp"
#include "time/endpoint.hpp"
#include "time/text.hpp"
#include "time/zone.hpp"

namespace chronograph {

namespace {

using detail::Endpoint;
using detail::fail;
using detail::Scanner;
using detail::Zone;

// One entry per thread: nearly every call in a document uses the same default zone, and this
// spares the tz database lookup without any locking.
std::optional<Zone> find_zone(std::string_view name) {
  thread_local std::string cached_name;
  thread_local std::optional<Zone> cached_zone;
  if (cached_zone && name == cached_name) return cached_zone;
  std::optional<Zone> zone = Zone::find(name);
  if (zone) {
    cached_name.assign(name);
    cached_zone = zone;
  }
  return zone;
}

Zone resolve_written_zone(const Scanner& s, std::string_view name) {
  if (auto zone = find_zone(name)) return *zone;
  const auto suggestion = detail::closest_zone_name(name);
  fail(s.offset_of(name), name.size(),
       suggestion ? fmt::format("unknown time zone '{}'; did you mean '{}'?", name, *suggestion)
                  : fmt::format("unknown time zone '{}'", name));
}

// The zone that fixes an endpoint's instants: its attached offset, else its zone name.
std::string_view instant_zone(const Endpoint& e) {
  return e.offset.empty() ? e.zone : e.offset;
}
// The zone to show: the name when one is written, else the offset.
std::string_view display_zone(const Endpoint& e) {
  return e.zone.empty() ? e.offset : e.zone;
}

// Looked up only when needed, so a written zone makes a bad default irrelevant.
Zone resolve_default_zone(std::string_view name) {
  if (auto zone = find_zone(name)) return *zone;
  fail(0, 0, fmt::format("unknown default time zone '{}'", name));
}

Bounds to_utc(const Scanner& s, const Endpoint& e, std::string_view fallback_zone,
              std::string_view default_zone) {
  const std::string_view written = instant_zone(e).empty() ? fallback_zone : instant_zone(e);
  const Zone zone =
      written.empty() ? resolve_default_zone(default_zone) : resolve_written_zone(s, written);
  // A skipped wall time maps to the end of the gap and a repeated one to its earlier (for the
  // lower bound) or later (for the upper bound) instant, so DST never shrinks the bounds.
  return {zone.to_utc(e.local_earliest, false), zone.to_utc(e.local_latest, true)};
}

Precision coarser(Precision a, Precision b) {
  if (a == Precision::unknown) return b;
  if (b == Precision::unknown) return a;
  return a < b ? a : b;
}

TimeSpec parse(std::string_view text, std::string_view default_zone_name, Calendar calendar) {
  Scanner s(text);
  s.skip_spaces();
  if (s.done()) fail(0, text.size(), "empty time expression");
  const std::string_view default_name = default_zone_name.empty() ? "UTC" : default_zone_name;

  const Endpoint first = detail::read_endpoint(s, calendar);
  s.skip_spaces();
  const bool interval = s.eat('/');
  Endpoint second;
  if (interval) {
    s.skip_spaces();
    second = detail::read_endpoint(s, calendar);
    s.skip_spaces();
  }
  if (!s.done())
    fail(s.pos(), text.size() - s.pos(), fmt::format("unexpected '{}'", text.substr(s.pos())));

  TimeSpec spec;
  spec.text = std::string(text);
  spec.interval = interval;
  spec.calendar = calendar;
  if (!interval) {
    if (first.kind != Endpoint::Kind::date)
      fail(first.begin, first.end - first.begin, "'..' marks an open end of an interval (../2024)");
    spec.start = spec.end = to_utc(s, first, {}, default_name);
    spec.precision = first.precision;
    spec.day_part = first.day_part;
  } else {
    if (first.kind != Endpoint::Kind::date && second.kind != Endpoint::Kind::date)
      fail(0, text.size(), "an interval needs at least one date");
    // An end without a zone of its own reads in the other end's zone: "09:00/17:00 Asia/Seoul".
    if (first.kind == Endpoint::Kind::date)
      spec.start = to_utc(s, first, instant_zone(second), default_name);
    if (second.kind == Endpoint::Kind::date)
      spec.end = to_utc(s, second, instant_zone(first), default_name);
    // An open or unknown end is only known to lie beyond the other end.
    if (first.kind != Endpoint::Kind::date) spec.start = {unbounded_past, spec.end.latest};
    if (second.kind != Endpoint::Kind::date) spec.end = {spec.start.earliest, unbounded_future};
    if (spec.start.earliest > spec.end.latest)
      fail(second.begin, second.end - second.begin, "the interval ends before it starts");
    spec.precision = coarser(first.precision, second.precision);
    spec.day_part = first.day_part.empty() ? second.day_part : first.day_part;
  }
  spec.uncertain = first.uncertain || second.uncertain;
  spec.approximate = first.approximate || second.approximate;
  std::string_view zone = display_zone(first);
  if (zone.empty()) zone = display_zone(second);
  spec.zone = std::string(zone.empty() ? default_name : zone);
  return spec;
}

}  // namespace

TimeParse<TimeSpec> parse_time(std::string_view text, std::string_view default_zone,
                               Calendar calendar) {
  try {
    return {parse(text, default_zone, calendar), std::nullopt};
  } catch (const detail::TimeFailure& failure) {
    return {std::nullopt, failure.error};
  }
}

}  // namespace chronograph
