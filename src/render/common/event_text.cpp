#include "render/common/event_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "chronograph/layout.hpp"
#include "layout/calendar.hpp"

namespace chronograph::detail {

namespace {

bool is_open(Seconds instant) {
  return instant <= unbounded_past || instant >= unbounded_future;
}

// The bounds in words, each instant without the calendar marker: the caller marks them once.
std::string describe_unmarked(const Bounds& bounds, std::string_view zone, Language language,
                              Calendar calendar) {
  const bool ko = language == Language::ko;
  const bool open_early = is_open(bounds.earliest);
  const bool open_late = is_open(bounds.latest);
  const auto shown = [&](Seconds instant) {
    return display_instant(instant, zone, language, calendar, false);
  };
  if (open_early && open_late) return ko ? "알 수 없음" : "unknown";
  if (open_early) {
    const std::string latest = shown(bounds.latest);
    return ko ? fmt::format("{} 이전", latest) : fmt::format("not after {}", latest);
  }
  if (open_late) {
    const std::string earliest = shown(bounds.earliest);
    return ko ? fmt::format("{} 이후", earliest) : fmt::format("not before {}", earliest);
  }
  if (bounds.earliest == bounds.latest) return shown(bounds.earliest);
  const std::string earliest = shown(bounds.earliest);
  const std::string latest = shown(bounds.latest);
  return ko ? fmt::format("{} ~ {} 사이", earliest, latest)
            : fmt::format("between {} and {}", earliest, latest);
}

}  // namespace

std::string joined(const std::vector<std::string>& lines, std::string_view separator) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += separator;
    out += line;
  }
  return out;
}

std::vector<std::string> text_lines(const Text& text, Language language) {
  const std::string& primary = text.in(language);
  const std::string& other = language == Language::ko ? text.en() : text.ko();
  std::vector<std::string> lines;
  if (!primary.empty()) lines.push_back(primary);
  if (!other.empty() && other != primary) lines.push_back(other);
  return lines;
}

std::string event_display_zone(const EventGraph& graph, const Event& event) {
  if (!event.when.zone.empty()) return event.when.zone;
  if (!graph.info.zone.empty()) return graph.info.zone;
  return "UTC";
}

std::string describe_bounds(const Bounds& bounds, std::string_view zone, Language language,
                            Calendar calendar) {
  if (is_open(bounds.earliest) && is_open(bounds.latest))
    return describe_unmarked(bounds, zone, language, calendar);
  return calendar_marker(describe_unmarked(bounds, zone, language, calendar), calendar, language);
}

std::string node_title(const EventGraph& graph, NodeId node, Language language) {
  const Text& text =
      graph.kind(node) == NodeKind::event ? graph.event(node).title : graph.entity(node).name;
  const std::vector<std::string> lines = text_lines(text, language);
  return lines.empty() ? graph.id(node) : lines.front();
}

std::string participation_tooltip(const EventGraph& graph, NodeId event, NodeId participant,
                                  std::string_view event_lane, Language language) {
  const std::string who = node_title(graph, participant, language);
  const std::string what = node_title(graph, event, language);
  return language == Language::ko
             ? fmt::format("{} 참여: {}\n({} 줄에 그림)", who, what, event_lane)
             : fmt::format("{} takes part in: {}\n(drawn in the lane of {})", who, what,
                           event_lane);
}

std::string event_tooltip(const EventGraph& graph, NodeId node, Language language,
                          std::string_view second_zone) {
  const Event& event = graph.event(node);
  const bool ko = language == Language::ko;
  std::vector<std::string> title = text_lines(event.title, language);
  if (title.empty()) title.push_back(event.id);
  if (event.status != EventStatus::happened) {
    title.front() += fmt::format(" ({})", status_text(event.status, language));
  }
  std::string out = joined(title, "\n");
  // fmt rather than string operator+: GCC 12 reports a false -Wrestrict on chained additions.
  const auto line = [&](std::string_view name_ko, std::string_view name_en,
                        std::string_view value) {
    if (value.empty()) return;
    out += fmt::format("\n{}: {}", ko ? name_ko : name_en, value);
  };
  line("상태", "status", status_text(event.status, language));
  std::vector<std::string> zones{graph.info.zone.empty() ? "UTC" : graph.info.zone};
  if (const std::string own = event_display_zone(graph, event); own != zones.front()) {
    zones.push_back(own);
  }
  if (!second_zone.empty() && std::find(zones.begin(), zones.end(), second_zone) == zones.end())
    zones.emplace_back(second_zone);
  for (const std::string& zone : zones) {
    const std::string suffix = zones.size() > 1 ? fmt::format(" ({})", zone) : std::string();
    line("시작", "start", describe_bounds(event.start, zone, language, event.calendar) + suffix);
    line("끝", "end", describe_bounds(event.end, zone, language, event.calendar) + suffix);
  }
  line("원문", "as written", event.when.text);
  std::vector<std::string> people;
  for (const Participant& participant : event.participants) {
    std::string name = node_title(graph, participant.entity, language);
    if (!participant.role.empty()) name += fmt::format(" ({})", participant.role);
    people.push_back(std::move(name));
  }
  line("참여", "participants", joined(people, ", "));
  if (event.place) line("장소", "place", node_title(graph, *event.place, language));
  if (event.source && !event.source->quote.empty()) {
    std::string quote = fmt::format("\u201c{}\u201d", event.source->quote);
    if (!event.source->where.empty()) quote += fmt::format(" ({})", event.source->where);
    line("출처", "source", quote);
  }
  line("태그", "tags", joined(event.tags, ", "));
  if (!event.note.empty()) out += fmt::format("\n{}", event.note);
  return out;
}

}  // namespace chronograph::detail
