// TimelineJS3 JSON export (Knight Lab's TimelineJS reads it as its `timeline_config` data):
// one slide per event with a time, groups = lanes, eras = the timeline's scale segments.
// docs/formats.md.

#include <nlohmann/json.hpp>

#include <map>

#include <fmt/format.h>

#include "chronograph/render.hpp"
#include "render/common/event_text.hpp"
#include "time/calendar.hpp"
#include "timelinejs/timelinejs_fields.hpp"

namespace chronograph {

namespace {

using Json = nlohmann::ordered_json;
namespace tl = detail::timelinejs;

// The key as nlohmann's object keys are spelt.
std::string key(std::string_view name) {
  return std::string(name);
}

bool is_open(Seconds instant) {
  return instant <= unbounded_past || instant >= unbounded_future;
}

// TimelineJS puts headline and text into the page as HTML, so our plain text is escaped.
std::string html_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += "<br>";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A TimelineJS date: the wall-clock fields of `instant` in `zone` (TimelineJS has no zones; the
// display_date names ours), down to what `precision` says is known.
Json date_fields(Seconds instant, std::string_view zone, Precision precision) {
  const Seconds local = instant + zone_offset(instant, zone);
  const Seconds days = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
  const detail::CivilDate date = detail::civil_from_days(days);
  const Seconds second_of_day = local - days * 86400;
  // TimelineJS labels year -n as "n BCE" (no year 0), where our astronomical -508 is 509 BCE.
  Json out{{key(tl::year), date.year <= 0 ? date.year - 1 : date.year}};
  if (precision == Precision::year) return out;
  out[key(tl::month)] = date.month;
  if (precision == Precision::month) return out;
  out[key(tl::day)] = date.day;
  if (precision == Precision::day) return out;
  out[key(tl::hour)] = second_of_day / 3600;
  out[key(tl::minute)] = second_of_day / 60 % 60;
  return out;
}

// What is known of the time: a written precision, else (placed by reasoning) minutes.
Precision shown_precision(const Event& event) {
  switch (event.when.precision) {
    case Precision::year:
    case Precision::month:
    case Precision::day:
      return event.when.precision;
    default:
      return Precision::minute;
  }
}

// The slide's date line: the bounds in words, start then (when it differs) end.
std::string display_date(const Event& event, std::string_view zone, Language language) {
  const std::string start = detail::describe_bounds(event.start, zone, language, event.calendar);
  if (event.end == event.start) return start;
  const std::string end = detail::describe_bounds(event.end, zone, language, event.calendar);
  return language == Language::ko ? fmt::format("시작 {} · 끝 {}", start, end)
                                  : fmt::format("starts {}; ends {}", start, end);
}

std::optional<Json> slide(const EventGraph& graph, NodeId node, const std::string& group,
                          const RenderOptions& options) {
  const Event& event = graph.event(node);
  const bool reasoned = !event.start.empty() && !event.end.empty();
  const Bounds start = reasoned ? event.start : event.stated_start;
  const Bounds end = reasoned ? event.end : event.stated_end;
  // Bounded above only: the last instant inside that bound, so "../2024-01-26" is on the 26th.
  const Seconds first = is_open(start.earliest) ? start.latest - 1 : start.earliest;
  if (is_open(first)) return std::nullopt;
  const std::string zone = detail::event_display_zone(graph, event);
  const Precision precision = shown_precision(event);
  Json out;
  out[key(tl::unique_id)] = event.id;
  out[key(tl::start_date)] = date_fields(first, zone, precision);
  if (!is_open(end.latest) && end.latest > first) {
    // A latest bound is the first instant past the event; at a date precision the day before.
    const bool timed = precision == Precision::minute;
    Json last = date_fields(timed ? end.latest : end.latest - 1, zone, precision);
    if (last != out[key(tl::start_date)]) out[key(tl::end_date)] = std::move(last);
  }
  out[key(tl::display_date)] = display_date(event, zone, options.language);
  const std::string headline = detail::node_title(graph, node, options.language);
  // The tooltip's lines after its first: the headline is that title.
  const std::string tooltip = detail::event_tooltip(graph, node, options.language);
  const std::size_t cut = tooltip.find('\n');
  const std::string text = cut == std::string::npos ? std::string() : tooltip.substr(cut + 1);
  out[key(tl::text)] =
      Json{{key(tl::headline), html_text(headline)}, {key(tl::text), html_text(text)}};
  if (!group.empty()) out[key(tl::group)] = group;
  return out;
}

// One era per scale segment of the timeline (the stretches it draws to scale between breaks).
Json eras(const EventGraph& graph, const TimelineScene& scene, const RenderOptions& options) {
  Json out = Json::array();
  const std::string zone = graph.info.zone.empty() ? "UTC" : graph.info.zone;
  const auto& segments = scene.axis.segments;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const TimeSegment& segment = segments[i];
    if (segment.end <= segment.begin) continue;
    const std::string headline =
        options.language == Language::ko
            ? fmt::format("구간 {} (사건 {}개)", i + 1, segment.event_count)
            : fmt::format("Part {} ({} event{})", i + 1, segment.event_count,
                          segment.event_count == 1 ? "" : "s");
    out.push_back(Json{{key(tl::start_date), date_fields(segment.begin, zone, Precision::minute)},
                       {key(tl::end_date), date_fields(segment.end, zone, Precision::minute)},
                       {key(tl::text), Json{{key(tl::headline), html_text(headline)}}}});
  }
  return out;
}

}  // namespace

Result<std::string> render_timelinejs(const EventGraph& graph, const ReasonReport& report,
                                      const RenderOptions& options) {
  Result<std::string> result;
  Json out;
  const std::vector<std::string> title = detail::text_lines(graph.info.title, options.language);
  if (!title.empty())
    out[key(tl::title)] =
        Json{{key(tl::text), Json{{key(tl::headline), html_text(title.front())},
                                  {key(tl::text), html_text(graph.info.source_title)}}}};
  // The timeline's own lanes (options.lanes) are the groups, and its axis segments the eras.
  const Result<TimelineScene> scene = timeline_scene(graph, report, options);
  std::map<NodeId, std::string> groups;
  if (scene.value)
    for (const EventMark& mark : scene.value->marks)
      groups[mark.event] = scene.value->lanes.at(mark.lane).title;
  out[key(tl::events)] = Json::array();
  for (NodeId node : graph.events()) {
    std::optional<Json> one = slide(graph, node, groups[node], options);
    if (one) {
      out[key(tl::events)].push_back(std::move(*one));
      continue;
    }
    const Event& event = graph.event(node);
    result.diagnostics.push_back(make_warning(
        event.range, fmt::format("event '{}' has no time; left out of the timeline", event.id)));
  }
  out[key(tl::eras)] = scene.value ? eras(graph, *scene.value, options) : Json::array();
  result.value = out.dump(2) + "\n";
  return result;
}

}  // namespace chronograph
