// Model stage: resolves parsed declarations into an EventGraph — ids to nodes, texts to times.
// The events and entities here; the relations in model_relations.cpp, streaming in
// model_stream.cpp.

#include "model/model_builder.hpp"

#include <future>
#include <iterator>
#include <utility>

#include <fmt/format.h>

#include "base/background.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"

namespace chronograph::detail {

namespace {

Text to_text(const LocalizedText& text) {
  return Text{text.plain, text.ko, text.en};
}

// The texts of a declaration the builder owns move into its event rather than being copied.
void take_texts(EventDecl& decl, Event& event) {
  event.title =
      Text{std::move(decl.title.plain), std::move(decl.title.ko), std::move(decl.title.en)};
  event.tags = std::move(decl.tags);
  event.note = std::move(decl.note);
}

bool is_relative(const Located<std::string>& text) {
  return !text.value.empty() && looks_relative(text.value);
}

}  // namespace

Diagnostic model_stage_failed(const std::string& path, const std::exception& failure) {
  return make_error({path, {}, {}}, std::string("the model stage failed: ") + failure.what());
}

Result<EventGraph> ModelBuilder::build() {
  check_zone();
  ids_ = assign_ids(document_, diagnostics_);
  fill_info();
  const std::size_t capacity = document_.relations.size();
  const std::size_t events = document_.events.size();
  // The written relations need only the ids: checked into small records on a thread of their
  // own while the events are built, so that a big file's relation declarations are gone early.
  Diagnostics relation_diagnostics;
  std::future<void> relations = in_background([&] {
    IdTable::Suggestions suggestions;
    written_.resize(document_.relations.size());
    check_relations(document_.relations, 0, written_.size(), written_, relation_diagnostics,
                    suggestions);
    if (owned_) std::vector<RelationDecl>().swap(owned_->relations);
  });
  graph_.reserve(events, document_.entities.size(), capacity);
  build_events();
  add_entities();
  relations.get();
  return complete(std::move(relation_diagnostics));
}

void ModelBuilder::build_events() {
  if (!owned_) {
    for (std::size_t k = 0; k < document_.events.size(); ++k) {
      if (!ids_.owns(NodeKind::event, k)) continue;
      const EventDecl& decl = document_.events[k];
      Event event = make_event(decl, static_cast<NodeId>(graph_.node_count()));
      event.title = to_text(decl.title);
      event.tags = decl.tags;
      event.note = decl.note;
      graph_.add_event(std::move(event));
    }
    return;
  }
  for (std::size_t k = 0; k < owned_->events.size(); ++k) {
    if (!ids_.owns(NodeKind::event, k)) continue;
    EventDecl& decl = owned_->events[k];
    Event event = make_event(decl, static_cast<NodeId>(graph_.node_count()));
    take_texts(decl, event);
    graph_.add_event(std::move(event));
    // What the declaration holds on the heap goes back now, for the next events' strings and
    // participant lists to reuse (relative texts were copied by RelativeTimes::add).
    decl = EventDecl{};
  }
  std::vector<EventDecl>().swap(owned_->events);
}

void ModelBuilder::add_event(EventDecl&& decl) {
  if (by_mention_) declare_mentions(decl);
  const auto node = ids_.declare_event(decl.id, id_diagnostics_);
  if (!node) return;
  Event event = make_event(decl, *node);
  take_texts(decl, event);
  graph_.add_event(std::move(event));
}

void ModelBuilder::add_entities() {
  for (std::size_t k = 0; k < document_.entities.size(); ++k)
    if (ids_.owns(NodeKind::entity, k)) graph_.add_entity(make_entity(document_.entities[k]));
}

// Once every event, entity and written relation is in: the relative times placed, the relations
// added, and the messages in the order the stages were written in (duplicate ids, events,
// entities, relative times, then relations).
Result<EventGraph> ModelBuilder::complete(Diagnostics relation_diagnostics) {
  relatives_.resolve(graph_, ids_, zone_, diagnostics_);
  Result<EventGraph> result;
  result.diagnostics = std::move(id_diagnostics_);
  result.diagnostics.insert(result.diagnostics.end(), std::make_move_iterator(diagnostics_.begin()),
                            std::make_move_iterator(diagnostics_.end()));
  result.diagnostics.insert(result.diagnostics.end(),
                            std::make_move_iterator(relation_diagnostics.begin()),
                            std::make_move_iterator(relation_diagnostics.end()));
  add_relations();
  graph_.derive_implied_relations();
  result.value = std::move(graph_);
  return result;
}

void ModelBuilder::check_zone() {
  zone_ = document_.default_zone.value;
  if (!is_known_zone(zone_)) {
    diagnostics_.push_back(
        make_error(document_.default_zone.range, fmt::format("unknown time zone '{}'", zone_)));
    zone_ = "UTC";  // keep going so later errors are still found
  }
}

void ModelBuilder::fill_info() {
  graph_.info.title = to_text(document_.title);
  graph_.info.source_title = document_.source.title;
  graph_.info.source_url = document_.source.url;
  graph_.info.language = document_.source.language;
  graph_.info.zone = zone_;
  graph_.info.calendar =
      calendar_from_string(document_.calendar.value).value_or(Calendar::gregorian);
  graph_.info.path = document_.path;
  if (document_.source.published)
    graph_.info.published = time_at(*document_.source.published, graph_.info.calendar);
}

std::optional<TimeSpec> ModelBuilder::time_at(const Located<std::string>& text, Calendar calendar) {
  TimeParse<TimeSpec> parsed = parse_time(text.value, zone_, calendar);
  if (parsed.error) {
    diagnostics_.push_back(error_inside(text, *parsed.error));
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<DurationSpec> ModelBuilder::duration_at(const Located<std::string>& text) {
  TimeParse<DurationSpec> parsed = parse_duration(text.value);
  if (parsed.error) {
    diagnostics_.push_back(error_inside(text, *parsed.error));
    return std::nullopt;
  }
  return parsed.value;
}

// The texts (title, tags, note) are left to the caller: copied, or moved (take_texts). `node`:
// the event's, for its relative times.
Event ModelBuilder::make_event(const EventDecl& decl, NodeId node) {
  Event event;
  event.id = decl.id.value;
  event.range = decl.range;
  event.when_range = decl.when.range;
  if (decl.source) event.source = SourceNote{decl.source->quote, decl.source->where};
  if (const auto status = event_status_from_string(decl.status.value)) event.status = *status;

  // A misspelt name was reported by the parse stage and left unset: the document's applies.
  event.calendar = decl.calendar
                       ? calendar_from_string(decl.calendar->value).value_or(Calendar::gregorian)
                       : graph_.info.calendar;
  if (!decl.when.value.empty() && !is_relative(decl.when)) {
    if (auto when = time_at(decl.when, event.calendar)) event.when = std::move(*when);
  } else {
    // No time of its own, or one that waits for its anchor (RelativeTimes::resolve).
    if (is_relative(decl.when) && relative(node, decl.when, false))
      event.when.text = decl.when.value;
    event.when.zone = zone_;
    event.when.calendar = event.calendar;
  }
  if (decl.end && is_relative(*decl.end)) {
    if (relative(node, *decl.end, true))
      event.end_when = TimeSpec{.text = decl.end->value, .zone = zone_};
  } else if (decl.end) {
    event.end_when = time_at(*decl.end, event.calendar);
  }
  if (decl.duration) event.duration = duration_at(*decl.duration);
  set_stated_bounds(event);
  if (decl.duration && event.duration) check_end_in_range(event, *decl.duration);

  const auto ref = [this](const Located<std::string>& id, std::string_view what) {
    return streaming_ ? streamed_entity_ref(id, what) : entity_ref(id, what);
  };
  if (decl.place) event.place = ref(*decl.place, "place");
  for (const ParticipantDecl& participant : decl.participants)
    if (const auto entity = ref(participant.entity, "participant"))
      event.participants.push_back({*entity, participant.role});
  return event;
}

// Notes a relative `when` or `end`; false when it does not read (the error is reported).
bool ModelBuilder::relative(NodeId node, const Located<std::string>& text, bool in_end) {
  return relatives_.add(node, text, in_end, diagnostics_);
}

// A start near the edge of the supported years plus a long duration would leave the range every
// calendar type can show; the duration is the culprit, so the error points there.
void ModelBuilder::check_end_in_range(Event& event, const Located<std::string>& duration) {
  // Durations are never negative, so only the last year can be passed.
  const Bounds& end = event.stated_end;
  if (end.latest >= unbounded_future || end.latest <= limits::max_instant) return;
  diagnostics_.push_back(error_inside(
      duration, TimeError{0, duration.value.size(),
                          fmt::format("the event would end after year {}, the last supported "
                                      "(see docs/limits.md)",
                                      limits::max_year)}));
  event.duration.reset();
  set_stated_bounds(event);
}

Entity ModelBuilder::make_entity(const EntityDecl& decl) {
  Entity entity;
  entity.id = decl.id.value;
  entity.name = to_text(decl.name);
  entity.role = decl.role;
  entity.tags = decl.tags;
  entity.note = decl.note;
  entity.range = decl.range;
  if (const auto kind = entity_kind_from_string(decl.kind.value)) entity.kind = *kind;
  if (decl.affiliation) entity.affiliation = entity_ref(*decl.affiliation, "affiliation");
  return entity;
}

std::optional<NodeId> ModelBuilder::entity_ref(const Located<std::string>& id,
                                               std::string_view what) {
  const auto node = ids_.resolve(id, diagnostics_);
  if (!node) return std::nullopt;
  if (ids_.kind_of(*node) != NodeKind::entity) {
    diagnostics_.push_back(make_error(
        id.range, fmt::format("{} '{}' is an event; an entity id is expected", what, id.value)));
    return std::nullopt;
  }
  return node;
}

}  // namespace chronograph::detail
