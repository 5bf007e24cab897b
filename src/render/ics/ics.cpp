// iCalendar (RFC 5545) export, built with libical so its escaping, line folding and VTIMEZONEs are
// a calendar library's, not ours. One VEVENT per event that has a time; docs/formats.md.

#include <libical/ical.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "chronograph/render.hpp"
#include "chronograph/version.hpp"
#include "render/common/event_text.hpp"
#include "time/calendar.hpp"

namespace chronograph {

namespace {

using detail::CivilDate;

// DATE and DATE-TIME values have four-digit years, and a year 0 would be read as 1 BCE by no one.
constexpr int first_ical_year = 1;
constexpr int last_ical_year = 9999;

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

bool is_open(Seconds instant) {
  return instant <= unbounded_past || instant >= unbounded_future;
}

// Wall-clock fields of an instant in a zone (offset or IANA name).
struct Local {
  CivilDate date;
  int second_of_day = 0;
};

Local local_at(Seconds instant, std::string_view zone) {
  const Seconds local = instant + zone_offset(instant, zone);
  const Seconds days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  return {detail::civil_from_days(days), static_cast<int>(local - days * 86400)};
}

icaltimetype date_value(const CivilDate& date) {
  icaltimetype value = icaltime_null_date();
  value.year = date.year;
  value.month = date.month;
  value.day = date.day;
  return value;
}

// Floating fields; the caller adds the TZID parameter, or `utc` makes it a UTC ("Z") value.
icaltimetype date_time_value(const Local& local, bool utc) {
  icaltimetype value = icaltime_null_time();
  value.year = local.date.year;
  value.month = local.date.month;
  value.day = local.date.day;
  value.hour = local.second_of_day / 3600;
  value.minute = local.second_of_day / 60 % 60;
  value.second = local.second_of_day % 60;
  if (utc) value.zone = icaltimezone_get_utc_timezone();
  return value;
}

// The span a calendar shows for an event: from its earliest start to its latest end. A bound's
// latest is the first instant past what it dates ("2024-01-26" ends at 2024-01-27T00:00), so it
// is DTEND as it is. An event bounded on one side only is shown as an all-day event on the day of
// the bound it has; its description says "not after …".
struct Span {
  Seconds first = 0;
  Seconds last = 0;
  bool all_day = false;
};

std::optional<Span> calendar_span(const Event& event, std::string_view zone) {
  // A contradicted event has empty reasoned bounds; what its own fields say is still worth showing.
  const bool reasoned = !event.start.empty() && !event.end.empty();
  const Bounds start = reasoned ? event.start : event.stated_start;
  const Bounds end = reasoned ? event.end : event.stated_end;
  const Seconds first = start.earliest;
  const Seconds last = end.latest;
  if (is_open(first) && is_open(last)) return std::nullopt;
  if (is_open(first) || is_open(last)) {
    // The last second inside a latest bound, so "../2024-01-24" is on the 24th.
    const Seconds known = is_open(first) ? last - 1 : first;
    const Seconds midnight = known - local_at(known, zone).second_of_day;
    return Span{midnight, midnight + 86400, true};
  }
  if (last <= first) return Span{first, first, false};
  const bool all_day =
      local_at(first, zone).second_of_day == 0 && local_at(last, zone).second_of_day == 0;
  return Span{first, last, all_day};
}

bool in_ical_years(const Span& span, std::string_view zone) {
  for (Seconds instant : {span.first, std::max(span.first, span.last - 1)}) {
    const int year = local_at(instant, zone).date.year;
    if (year < first_ical_year || year > last_ical_year) return false;
  }
  return true;
}

icalproperty_status ical_status(EventStatus status) {
  switch (status) {
    case EventStatus::planned:
      return ICAL_STATUS_TENTATIVE;
    case EventStatus::cancelled:
    case EventStatus::superseded:  // the plan it stood for was replaced: it will not happen so
      return ICAL_STATUS_CANCELLED;
    default:
      return ICAL_STATUS_CONFIRMED;
  }
}

// The document part of every UID: the file's name without folders or extension, so the same file
// exported from any working directory gives the same UIDs, and a calendar app updates rather than
// duplicates its events when the file is exported again.
std::string document_key(const GraphInfo& info) {
  std::string stem = std::filesystem::path(info.path).stem().string();
  std::string key;
  for (char c : stem)
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') key += c;
  return key.empty() ? "document" : key;
}

// DTSTAMP says when the calendar object was made; a clock reading would make every export differ,
// so it is the document's publication time, else the Unix epoch.
icaltimetype stamp(const GraphInfo& info) {
  Seconds instant = 0;
  if (info.published && !is_open(info.published->start.earliest)) {
    const Seconds published = info.published->start.earliest;
    const int year = local_at(published, "UTC").date.year;
    if (year >= first_ical_year && year <= last_ical_year) instant = published;
  }
  return date_time_value(local_at(instant, "UTC"), true);
}

// VTIMEZONEs written so far, by IANA name, in the order of first use.
class Zones {
 public:
  // The zone's VTIMEZONE name, or "" when its times are written in UTC (offsets, "Z", "UTC").
  std::string use(const std::string& zone) {
    if (zone == "UTC" || zone == "Etc/UTC" || zone.find('/') == std::string::npos) return {};
    if (std::find(names_.begin(), names_.end(), zone) != names_.end()) return zone;
    icaltimezone* builtin = icaltimezone_get_builtin_timezone(zone.c_str());
    if (builtin == nullptr) return {};
    icalcomponent* source = icaltimezone_get_component(builtin);
    if (source == nullptr) return {};
    Component copy(icalcomponent_new_clone(source));
    // libical names its zones "/freeassociation.sourceforge.net/Asia/Seoul"; the IANA name is
    // what other programs match on.
    if (icalproperty* tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY))
      icalproperty_set_tzid(tzid, zone.c_str());
    names_.push_back(zone);
    components_.push_back(std::move(copy));
    return zone;
  }
  // Moves every VTIMEZONE into `calendar`, before its events.
  void add_to(icalcomponent* calendar) {
    for (Component& component : components_)
      icalcomponent_add_component(calendar, component.release());
    components_.clear();
  }

 private:
  std::vector<std::string> names_;
  std::vector<Component> components_;
};

icalproperty* time_property(bool start, const icaltimetype& value, const std::string& tzid) {
  icalproperty* property = start ? icalproperty_new_dtstart(value) : icalproperty_new_dtend(value);
  if (!tzid.empty()) icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.c_str()));
  return property;
}

// The tooltip's lines without its title (SUMMARY has that): status, start and end in words, the
// time as written, participants, place, source quote, tags, note.
std::string description(const EventGraph& graph, NodeId node, Language language) {
  const std::string tooltip = detail::event_tooltip(graph, node, language);
  const std::size_t title_lines =
      std::max<std::size_t>(1, detail::text_lines(graph.event(node).title, language).size());
  std::size_t cut = 0;
  for (std::size_t line = 0; line < title_lines; ++line) {
    cut = tooltip.find('\n', cut);
    if (cut == std::string::npos) return {};
    ++cut;
  }
  return tooltip.substr(cut);
}

icalcomponent* vevent(const EventGraph& graph, NodeId node, const Span& span,
                      const std::string& zone, const std::string& tzid,
                      const RenderOptions& options) {
  const Event& event = graph.event(node);
  icalcomponent* out = icalcomponent_new_vevent();
  const std::string uid = fmt::format("{}@{}.chronograph", event.id, document_key(graph.info));
  icalcomponent_add_property(out, icalproperty_new_uid(uid.c_str()));
  icalcomponent_add_property(out, icalproperty_new_dtstamp(stamp(graph.info)));
  if (span.all_day) {
    icalcomponent_add_property(
        out, time_property(true, date_value(local_at(span.first, zone).date), {}));
    icalcomponent_add_property(
        out, time_property(false, date_value(local_at(span.last, zone).date), {}));
  } else {
    const bool utc = tzid.empty();
    const std::string_view shown = utc ? std::string_view("UTC") : std::string_view(zone);
    icalcomponent_add_property(
        out, time_property(true, date_time_value(local_at(span.first, shown), utc), tzid));
    icalcomponent_add_property(
        out, time_property(false, date_time_value(local_at(span.last, shown), utc), tzid));
  }
  const std::string title = detail::node_title(graph, node, options.language);
  icalcomponent_add_property(out, icalproperty_new_summary(title.c_str()));
  const std::string text = description(graph, node, options.language);
  if (!text.empty()) icalcomponent_add_property(out, icalproperty_new_description(text.c_str()));
  if (event.place) {
    const std::string place = detail::node_title(graph, *event.place, options.language);
    icalcomponent_add_property(out, icalproperty_new_location(place.c_str()));
  }
  icalcomponent_add_property(out, icalproperty_new_status(ical_status(event.status)));
  // Our own status word, which STATUS has no value for (reported, superseded).
  icalproperty* status = icalproperty_new_x(std::string(to_string(event.status)).c_str());
  icalproperty_set_x_name(status, "X-CHRONOGRAPH-STATUS");
  icalcomponent_add_property(out, status);
  for (const std::string& tag : event.tags)
    icalcomponent_add_property(out, icalproperty_new_categories(tag.c_str()));
  return out;
}

}  // namespace

Result<std::string> render_ics(const EventGraph& graph, const ReasonReport& /*report*/,
                               const RenderOptions& options) {
  Result<std::string> result;
  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  const std::string prodid = fmt::format("-//chronograph//chronograph {}//EN", version);
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid(prodid.c_str()));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
  const std::string name = graph.info.title.in(options.language);
  if (!name.empty()) {
    icalproperty* calname = icalproperty_new_x(name.c_str());
    icalproperty_set_x_name(calname, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), calname);
  }

  Zones zones;
  std::vector<Component> events;
  for (NodeId node : graph.events()) {
    const Event& event = graph.event(node);
    const std::string zone = detail::event_display_zone(graph, event);
    const std::optional<Span> span = calendar_span(event, zone);
    if (!span) {
      result.diagnostics.push_back(make_warning(
          event.range, fmt::format("event '{}' has no time; left out of the calendar", event.id)));
      continue;
    }
    if (!in_ical_years(*span, zone)) {
      result.diagnostics.push_back(make_warning(
          event.range, fmt::format("event '{}' is dated outside the years 1 to 9999, which "
                                   "iCalendar cannot write; left out of the calendar",
                                   event.id)));
      continue;
    }
    const std::string tzid = span->all_day ? std::string() : zones.use(zone);
    events.emplace_back(vevent(graph, node, *span, zone, tzid, options));
  }
  // RFC 5545 wants at least one component; with no event to write, the document's zone is it.
  if (events.empty()) zones.use(graph.info.zone.empty() ? "UTC" : graph.info.zone);
  zones.add_to(calendar.get());
  for (Component& event : events) icalcomponent_add_component(calendar.get(), event.release());

  char* text = icalcomponent_as_ical_string_r(calendar.get());
  if (text == nullptr) {
    result.diagnostics.push_back(
        make_error({graph.info.path, {}, {}}, "libical could not write the calendar"));
    return result;
  }
  result.value = text;
  std::free(text);
  return result;
}

}  // namespace chronograph
