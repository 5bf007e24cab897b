// Model stage: resolves a parsed Document into an EventGraph — ids to nodes, texts to times.

#include <algorithm>
#include <future>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <string>

#include <fmt/format.h>

#include "base/background.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/time.hpp"
#include "model/relative.hpp"
#include "model/resolve.hpp"

namespace chronograph {

namespace {

using detail::IdTable;

Text to_text(const LocalizedText& text) {
  return Text{text.plain, text.ko, text.en};
}

class ModelBuilder {
 public:
  // `owned`: the same document, which the builder may empty as it goes.
  explicit ModelBuilder(const Document& document, Document* owned = nullptr)
      : document_(document), owned_(owned) {}

  Result<EventGraph> build() {
    check_zone();
    ids_ = detail::assign_ids(document_, diagnostics_);
    fill_info();
    const std::size_t capacity = relation_capacity();
    const std::size_t events = document_.events.size();
    // The written relations need only the ids: checked into small records on a thread of their
    // own while the events are built, so that a big file's relation declarations are gone early.
    Diagnostics relation_diagnostics;
    std::future<void> relations =
        detail::in_background([&] { check_relations(relation_diagnostics); });
    graph_.reserve(events, document_.entities.size(), capacity);
    build_events();
    for (std::size_t k = 0; k < document_.entities.size(); ++k)
      if (ids_.owns(NodeKind::entity, k)) graph_.add_entity(make_entity(document_.entities[k]));
    relations.get();
    relatives_.resolve(graph_, ids_, zone_, diagnostics_);
    // Reported in the order the stages were written in: events, entities, relative times, then
    // relations.
    diagnostics_.insert(diagnostics_.end(), std::make_move_iterator(relation_diagnostics.begin()),
                        std::make_move_iterator(relation_diagnostics.end()));
    add_relations();
    add_implied_relations();
    Result<EventGraph> result;
    result.diagnostics = std::move(diagnostics_);
    result.value = std::move(graph_);
    return result;
  }

 private:
  void build_events() {
    if (!owned_) {
      for (std::size_t k = 0; k < document_.events.size(); ++k) {
        if (!ids_.owns(NodeKind::event, k)) continue;
        const EventDecl& decl = document_.events[k];
        Event event = make_event(decl);
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
      Event event = make_event(decl);
      take_texts(decl, event);
      graph_.add_event(std::move(event));
      // What the declaration holds on the heap goes back now, for the next events' strings and
      // participant lists to reuse (relative texts were copied by RelativeTimes::add).
      decl = EventDecl{};
    }
    std::vector<EventDecl>().swap(owned_->events);
  }

  // The texts of a declaration the builder owns move into its event rather than being copied.
  static void take_texts(EventDecl& decl, Event& event) {
    event.title =
        Text{std::move(decl.title.plain), std::move(decl.title.ko), std::move(decl.title.en)};
    event.tags = std::move(decl.tags);
    event.note = std::move(decl.note);
  }

  // Written relations plus the implied ones each event and entity field makes.
  std::size_t relation_capacity() const {
    std::size_t count = document_.relations.size();
    for (const EventDecl& decl : document_.events)
      count += decl.participants.size() + (decl.place ? 1 : 0);
    for (const EntityDecl& decl : document_.entities) count += decl.affiliation ? 1 : 0;
    return count;
  }

  void check_zone() {
    zone_ = document_.default_zone.value;
    if (!is_known_zone(zone_)) {
      diagnostics_.push_back(
          make_error(document_.default_zone.range, fmt::format("unknown time zone '{}'", zone_)));
      zone_ = "UTC";  // keep going so later errors are still found
    }
  }

  void fill_info() {
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

  std::optional<TimeSpec> time_at(const Located<std::string>& text, Calendar calendar) {
    TimeParse<TimeSpec> parsed = parse_time(text.value, zone_, calendar);
    if (parsed.error) {
      diagnostics_.push_back(detail::error_inside(text, *parsed.error));
      return std::nullopt;
    }
    return parsed.value;
  }

  std::optional<DurationSpec> duration_at(const Located<std::string>& text) {
    TimeParse<DurationSpec> parsed = parse_duration(text.value);
    if (parsed.error) {
      diagnostics_.push_back(detail::error_inside(text, *parsed.error));
      return std::nullopt;
    }
    return parsed.value;
  }

  // The texts (title, tags, note) are left to the caller: copied here, or moved (take_texts).
  Event make_event(const EventDecl& decl) {
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
      if (is_relative(decl.when) && relative(decl, decl.when, false))
        event.when.text = decl.when.value;
      event.when.zone = zone_;
      event.when.calendar = event.calendar;
    }
    if (decl.end && is_relative(*decl.end)) {
      if (relative(decl, *decl.end, true))
        event.end_when = TimeSpec{.text = decl.end->value, .zone = zone_};
    } else if (decl.end) {
      event.end_when = time_at(*decl.end, event.calendar);
    }
    if (decl.duration) event.duration = duration_at(*decl.duration);
    detail::set_stated_bounds(event);
    if (decl.duration && event.duration) check_end_in_range(event, *decl.duration);

    if (decl.place) event.place = entity_ref(*decl.place, "place");
    for (const ParticipantDecl& participant : decl.participants)
      if (const auto entity = entity_ref(participant.entity, "participant"))
        event.participants.push_back({*entity, participant.role});
    return event;
  }

  static bool is_relative(const Located<std::string>& text) {
    return !text.value.empty() && detail::looks_relative(text.value);
  }

  // Notes a relative `when` or `end`; false when it does not read (the error is reported).
  bool relative(const EventDecl& decl, const Located<std::string>& text, bool in_end) {
    return relatives_.add(*ids_.find(decl.id.value), text, in_end, diagnostics_);
  }

  // A start near the edge of the supported years plus a long duration would leave the range every
  // calendar type can show; the duration is the culprit, so the error points there.
  void check_end_in_range(Event& event, const Located<std::string>& duration) {
    // Durations are never negative, so only the last year can be passed.
    const Bounds& end = event.stated_end;
    if (end.latest >= unbounded_future || end.latest <= limits::max_instant) return;
    diagnostics_.push_back(detail::error_inside(
        duration, TimeError{0, duration.value.size(),
                            fmt::format("the event would end after year {}, the last supported "
                                        "(see docs/limits.md)",
                                        limits::max_year)}));
    event.duration.reset();
    detail::set_stated_bounds(event);
  }

  Entity make_entity(const EntityDecl& decl) {
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

  std::optional<NodeId> entity_ref(const Located<std::string>& id, std::string_view what) {
    const auto node = ids_.resolve(id, diagnostics_);
    if (!node) return std::nullopt;
    if (ids_.kind_of(*node) != NodeKind::entity) {
      diagnostics_.push_back(make_error(
          id.range, fmt::format("{} '{}' is an event; an entity id is expected", what, id.value)));
      return std::nullopt;
    }
    return node;
  }

  // A written relation's resolved ends; `usable` once every check passed.
  struct Ends {
    NodeId from = 0;
    NodeId to = 0;
    RelationType type = RelationType::label;
    bool usable = false;
  };

  // Every check and message of a written relation, in file order, before any is added: the
  // graph then knows each node's number of relations and stores them without regrowing.
  // `gap`: the written gap, read once here, when it reads.
  Ends check_relation(const RelationDecl& decl, Diagnostics& diagnostics,
                      IdTable::Suggestions& suggestions, std::optional<DurationSpec>& gap) const {
    const auto type = relation_type_from_string(decl.type.value);
    if (!type) return {};  // the parse stage already reported it
    const auto from = ids_.resolve(decl.from, diagnostics, suggestions);
    const auto to = ids_.resolve(decl.to, diagnostics, suggestions);
    if (!from || !to) return {};
    if (is_temporal(*type) || *type == RelationType::part_of) {
      for (const auto* end : {&decl.from, &decl.to}) {
        const NodeId node = end == &decl.from ? *from : *to;
        if (ids_.kind_of(node) != NodeKind::event) {
          diagnostics.push_back(make_error(
              end->range,
              fmt::format("'{}' relates events; '{}' is an entity", decl.type.value, end->value)));
          return {};
        }
      }
    }
    if (decl.gap) {
      TimeParse<DurationSpec> parsed = parse_duration(decl.gap->value);
      if (parsed.error) diagnostics.push_back(detail::error_inside(*decl.gap, *parsed.error));
      gap = std::move(parsed.value);
    }
    return {*from, *to, *type, true};
  }

  // A written relation as it waits for the graph's nodes.
  struct Written {
    Ends ends;
    SourceRange range;
    std::shared_ptr<const RelationText> text;
  };

  void check_relations(Diagnostics& diagnostics) {
    IdTable::Suggestions suggestions;
    auto check = [&](const RelationDecl& decl) {
      std::optional<DurationSpec> gap;
      Written relation{check_relation(decl, diagnostics, suggestions, gap), decl.range, nullptr};
      if (relation.ends.usable && (!decl.label.empty() || !decl.origin.empty() || decl.gap)) {
        RelationText text{decl.label, std::nullopt, decl.origin};
        text.gap = std::move(gap);
        relation.text = std::make_shared<const RelationText>(std::move(text));
      }
      written_.push_back(std::move(relation));
    };
    written_.reserve(document_.relations.size());
    for (const RelationDecl& decl : document_.relations) check(decl);
    // A big file's relation declarations are returned before its events are built.
    if (owned_) std::vector<RelationDecl>().swap(owned_->relations);
  }

  void add_relations() {
    reserve_relations();
    for (Written& written : written_) {
      if (!written.ends.usable) continue;
      Relation relation{written.ends.from, written.ends.to, written.ends.type};
      relation.range = written.range;
      relation.text = std::move(written.text);
      graph_.add_relation(std::move(relation));
    }
    std::vector<Written>().swap(written_);
  }

  // Each node's relations out and in: the written ones and those its fields imply.
  void reserve_relations() {
    std::vector<std::uint32_t> out(graph_.node_count(), 0);
    std::vector<std::uint32_t> in(graph_.node_count(), 0);
    for (const Written& written : written_) {
      if (!written.ends.usable) continue;
      ++out[written.ends.from];
      ++in[written.ends.to];
    }
    for (const NodeId node : graph_.events()) {
      const Event& event = graph_.event(node);
      out[node] += static_cast<std::uint32_t>(event.participants.size()) + (event.place ? 1 : 0);
      for (const Participant& participant : event.participants) ++in[participant.entity];
      if (event.place) ++in[*event.place];
    }
    for (const NodeId node : graph_.entities()) {
      if (const auto& affiliation = graph_.entity(node).affiliation) {
        ++out[node];
        ++in[*affiliation];
      }
    }
    for (NodeId node = 0; node < out.size(); ++node)
      graph_.reserve_relations(node, out[node], in[node]);
  }

  // A role as an implied edge's text: a big file has millions of participations and a few roles,
  // so each distinct role is stored once.
  std::shared_ptr<const RelationText> role_text(const std::string& role) {
    if (role.empty()) return nullptr;
    auto [at, added] = roles_.try_emplace(role);
    if (added) at->second = std::make_shared<const RelationText>(RelationText{role, {}, {}});
    return at->second;
  }

  void add_implied_relations() {
    for (const NodeId node : graph_.events()) {
      const Event& event = graph_.event(node);
      for (const Participant& participant : event.participants) {
        Relation relation{node, participant.entity, RelationType::participant};
        relation.text = role_text(participant.role);
        relation.implied = true;
        graph_.add_relation(std::move(relation));
      }
      if (event.place) {
        Relation relation{node, *event.place, RelationType::located_at};
        relation.implied = true;
        graph_.add_relation(std::move(relation));
      }
    }
    for (const NodeId node : graph_.entities()) {
      const Entity& entity = graph_.entity(node);
      if (!entity.affiliation) continue;
      Relation relation{node, *entity.affiliation, RelationType::affiliated_with};
      relation.text = role_text(entity.role);
      relation.implied = true;
      graph_.add_relation(std::move(relation));
    }
  }

  const Document& document_;
  Document* owned_;
  Diagnostics diagnostics_;
  IdTable ids_;
  std::vector<Written> written_;
  detail::StringMap<std::shared_ptr<const RelationText>> roles_;
  detail::RelativeTimes relatives_;
  EventGraph graph_;
  std::string zone_;
};

Result<EventGraph> build(const Document& document, Document* owned) {
  try {
    return ModelBuilder(document, owned).build();
  } catch (const std::exception& failure) {
    // Out of memory and the like (Boost.Graph and the containers allocate): reported, not thrown.
    Result<EventGraph> result;
    result.diagnostics.push_back(make_error(
        {document.path, {}, {}}, std::string("the model stage failed: ") + failure.what()));
    return result;
  }
}

}  // namespace

Result<EventGraph> build_model(const Document& document) {
  return build(document, nullptr);
}

Result<EventGraph> build_model(Document&& document) {
  return build(document, &document);
}

}  // namespace chronograph
