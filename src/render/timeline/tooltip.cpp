#include "render/timeline/tooltip.hpp"

#include <array>

#include <fmt/format.h>

namespace chronograph::detail {

namespace {

std::string instant_text(Seconds instant, const std::string& zone, Language language) {
  const std::string text = format_instant(instant, zone);
  if (!text.empty()) return text;
  return language == Language::ko ? "(열림)" : "(open)";
}

std::string bounds_text(const Bounds& bounds, const std::string& zone, Language language) {
  if (bounds.earliest == bounds.latest) return instant_text(bounds.earliest, zone, language);
  return fmt::format("{} … {}", instant_text(bounds.earliest, zone, language),
                     instant_text(bounds.latest, zone, language));
}

}  // namespace

std::string event_tooltip(const EventGraph& graph, NodeId node, Language language) {
  const Event& event = graph.event(node);
  const bool ko = language == Language::ko;
  std::string text = event.title.in(language).empty() ? event.id : event.title.in(language);
  // fmt rather than string operator+: GCC 12 reports a false -Wrestrict on chained additions.
  const auto line = [&](std::string_view name_ko, std::string_view name_en,
                        std::string_view value) {
    text += fmt::format("\n{}: {}", ko ? name_ko : name_en, value);
  };
  line("상태", "status", status_text(event.status, language));
  std::vector<std::string> zones{graph.info.zone.empty() ? "UTC" : graph.info.zone};
  if (!event.when.zone.empty() && event.when.zone != zones.front())
    zones.push_back(event.when.zone);
  for (const std::string& zone : zones) {
    const std::string suffix = zones.size() > 1 ? fmt::format(" ({})", zone) : std::string();
    line("시작", "start", bounds_text(event.start, zone, language) + suffix);
    line("끝", "end", bounds_text(event.end, zone, language) + suffix);
  }
  if (!event.when.text.empty()) line("원문", "as written", event.when.text);
  if (!event.participants.empty()) {
    std::string names;
    for (const Participant& participant : event.participants) {
      if (!names.empty()) names += ", ";
      names += graph.kind(participant.entity) == NodeKind::entity
                   ? graph.entity(participant.entity).name.in(language)
                   : graph.id(participant.entity);
    }
    line("참여", "participants", names);
  }
  if (event.source) {
    std::string quote = fmt::format("“{}”", event.source->quote);
    if (!event.source->where.empty()) quote += fmt::format(" ({})", event.source->where);
    line("출처", "source", quote);
  }
  return text;
}

std::string lane_colour(const LaneLayout& lane, std::size_t lane_index) {
  // Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
  static constexpr std::array<const char*, 7> palette{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                      "#E69F00", "#56B4E9", "#8C6D1F"};
  if (!lane.entity) return "#6E6E6E";
  return palette[lane_index % palette.size()];
}

}  // namespace chronograph::detail
