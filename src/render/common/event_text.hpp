#pragma once
// Internal: the words every view shows about an event (timeline SVG/DOT tooltips, graph view
// tooltips, JSON display zone). One implementation, so the views never disagree.

#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"

namespace chronograph::detail {

// The text in `language`, then the other language on a second line when it says something else.
[[nodiscard]] std::vector<std::string> text_lines(const Text& text, Language language);

// The zone an event's own times are shown in: its own, else the document's, else UTC.
[[nodiscard]] std::string event_display_zone(const EventGraph& graph, const Event& event);

// "2024-01-26T09:00:00+09:00", "between … and …", "not before …", "not after …", "unknown"
// (in Korean: "… ~ … 사이", "… 이후", "… 이전", "알 수 없음"); instants as display_instant shows
// them ("Mar 15, 44 BCE 00:00:00+00:49:56"), a Julian description marked once at its end
// ("between … and … (Julian)") or, in Korean, its start ("율리우스력 … ~ … 사이").
[[nodiscard]] std::string describe_bounds(const Bounds& bounds, std::string_view zone,
                                          Language language = Language::en,
                                          Calendar calendar = Calendar::gregorian);

// The first line of a node's name or title in `language`; its id when it has none.
[[nodiscard]] std::string node_title(const EventGraph& graph, NodeId node, Language language);

// Everything a reader may want on hover, one item per line: title (both languages, status when
// not "happened"), status, start and end in the document's zone (and in the event's own zone
// when it differs), the time as written, participants with roles, place, source quote, tags and
// note. Field names in `language`.
// The lines joined by `separator`.
[[nodiscard]] std::string joined(const std::vector<std::string>& lines, std::string_view separator);

// A participation marker's hover text: who takes part in what, and in which lane the event is
// drawn ("Kwak Noh-jung takes part in: Meeting with SK Hynix\n(drawn in the lane of Sam Altman)").
[[nodiscard]] std::string participation_tooltip(const EventGraph& graph, NodeId event,
                                                NodeId participant, std::string_view event_lane,
                                                Language language);

// `second_zone` (--tz2) adds the bounds in that zone too, when it is not one of those already.
[[nodiscard]] std::string event_tooltip(const EventGraph& graph, NodeId event, Language language,
                                        std::string_view second_zone = {});

}  // namespace chronograph::detail
