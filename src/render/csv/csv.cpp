// CSV export: one row per event in csv_columns() order, quoted per RFC 4180; docs/formats.md.

#include <fmt/format.h>

#include "chronograph/csv.hpp"
#include "chronograph/render.hpp"
#include "render/common/event_text.hpp"

namespace chronograph {

namespace {

// Quoted when it holds a comma, a quote, a line break or edge spaces (which readers may trim);
// quotes doubled. Nothing else is changed, so `when` reads back as it was written.
void append_field(std::string& out, std::string_view text) {
  const bool quote = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string participants(const EventGraph& graph, const Event& event) {
  std::string out;
  for (const Participant& participant : event.participants) {
    if (!out.empty()) out += ';';
    out += graph.id(participant.entity);
    if (!participant.role.empty()) out += fmt::format(" ({})", participant.role);
  }
  return out;
}

std::string joined_tags(const Event& event) {
  std::string out;
  for (const std::string& tag : event.tags) out += (out.empty() ? "" : ";") + tag;
  return out;
}

// The values of one event's row, in csv_columns() order.
std::vector<std::string> row(const EventGraph& graph, NodeId node, const RenderOptions& options) {
  const Event& event = graph.event(node);
  // The lane the timeline draws it in by default: its first participant's.
  const std::string lane =
      event.participants.empty()
          ? std::string()
          : detail::node_title(graph, event.participants.front().entity, options.language);
  return {event.id, event.title.plain, event.title.ko(), event.title.en(), event.when.text,
          event.end_when ? event.end_when->text : std::string(),
          event.duration ? event.duration->text : std::string(),
          // The zone `start` and `end` are read in when they name none: the document's.
          graph.info.zone.empty() ? std::string("UTC") : graph.info.zone,
          // Empty for the default, so an imported table does not repeat it on every event.
          event.calendar == Calendar::gregorian ? std::string()
                                                : std::string(to_string(event.calendar)),
          std::string(to_string(event.status)), lane, participants(graph, event),
          event.place ? graph.id(*event.place) : std::string(),
          event.source ? event.source->quote : std::string(),
          event.source ? event.source->where : std::string(), joined_tags(event), event.note};
}

void append_row(std::string& out, const std::vector<std::string>& values) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ',';
    append_field(out, values[i]);
  }
  out += "\r\n";  // RFC 4180 records end in CRLF
}

}  // namespace

std::string render_csv(const EventGraph& graph, const RenderOptions& options) {
  std::string out;
  const auto names = csv_columns();
  append_row(out, std::vector<std::string>(names.begin(), names.end()));
  for (NodeId node : graph.events()) append_row(out, row(graph, node, options));
  return out;
}

}  // namespace chronograph
