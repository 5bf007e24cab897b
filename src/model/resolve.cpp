#include "model/resolve.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"
#include "chronograph/limits.hpp"
#include "parse/checks.hpp"

namespace chronograph::detail {

namespace {

bool earlier(const SourceRange& a, const SourceRange& b) {
  return std::tie(a.begin.line, a.begin.column) < std::tie(b.begin.line, b.begin.column);
}

std::string unknown_id(std::string_view id, std::string_view suggestion) {
  return fmt::format("unknown id '{}'{}", id, suggestion);
}

// An id an event and an entity (or two of one section, in a caller's own document) both take.
Diagnostic duplicate(const Located<std::string>& id, const SourceRange& first) {
  return duplicate_id_error(id, "", first);
}

}  // namespace

std::optional<NodeId> IdTable::resolve(const Located<std::string>& id,
                                       Diagnostics& diagnostics) const {
  return resolve(id, diagnostics, suggested_);
}

std::optional<NodeId> IdTable::resolve(const Located<std::string>& id, Diagnostics& diagnostics,
                                       Suggestions& suggestions) const {
  if (const Owner* owner = owners_.find(id.value)) return owner->node;
  std::string suggestion;
  if (suggestions.looked_for++ < limits::max_id_suggestions) {
    suggestion = suggestion_for(id.value);
  } else if (suggestions.unsuggested) {
    suggestions.unsuggested->emplace_back(diagnostics.size(), id.value);
  }
  diagnostics.push_back(make_error(id.range, unknown_id(id.value, suggestion)));
  return std::nullopt;
}

void IdTable::suggest(Diagnostic& unknown, std::string_view id) const {
  unknown.message = unknown_id(id, suggestion_for(id));
}

std::string IdTable::suggestion_for(std::string_view id) const {
  {
    const std::lock_guard lock(*known_mutex_);
    if (known_.empty()) {
      known_.reserve(owners_.size());
      for (const auto& entry : owners_) known_.push_back(entry.key);
      std::sort(known_.begin(), known_.end());
    }
  }
  return did_you_mean(id, known_);
}

std::optional<NodeId> IdTable::find(std::string_view id) const {
  if (const Owner* owner = owners_.find(id)) return owner->node;
  return std::nullopt;
}

std::optional<NodeKind> IdTable::kind_of_id(std::string_view id) const {
  if (const Owner* owner = owners_.find(id)) return owner->kind;
  return std::nullopt;
}

std::optional<IdTable::Named> IdTable::named(std::string_view id) const {
  if (const Owner* owner = owners_.find(id)) return Named{owner->node, owner->kind};
  return std::nullopt;
}

IdTable IdTable::for_stream(const std::vector<EntityDecl>& entities, std::size_t events,
                            Diagnostics& diagnostics) {
  IdTable table;
  table.owners_.reserve(entities.size() + events);
  table.kinds_.reserve(entities.size() + events);
  table.owned_events_.reserve(events);
  table.stream_entities_.assign(entities.size(), Owners::none);
  table.owned_entities_.assign(entities.size(), 0);
  NodeId rank = 0;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    const Located<std::string>& id = entities[k].id;
    const auto [number, inserted] =
        table.owners_.try_emplace(id.value, Owner{rank, NodeKind::entity, id.range});
    if (!inserted) {
      diagnostics.push_back(duplicate(id, table.owners_[number].value.range));
      continue;
    }
    table.stream_entities_[k] = number;
    table.owned_entities_[k] = 1;
    ++rank;
  }
  return table;
}

std::optional<NodeId> IdTable::declare_event(const Located<std::string>& id,
                                             Diagnostics& diagnostics) {
  const auto [number, inserted] =
      owners_.try_emplace(id.value, Owner{next_event_, NodeKind::event, id.range});
  Owner& owner = owners_[number].value;
  if (!inserted && owner.kind == NodeKind::entity && earlier(id.range, owner.range)) {
    // An entity written below this event loses the id to it (assign_ids: the first in the file).
    diagnostics.push_back(duplicate({id.value, owner.range}, id.range));
    const auto lost = std::find(stream_entities_.begin(), stream_entities_.end(), number);
    owned_entities_[static_cast<std::size_t>(lost - stream_entities_.begin())] = 0;
    *lost = Owners::none;
    owner = Owner{next_event_, NodeKind::event, id.range};
    exact_ = false;
  } else if (!inserted) {
    diagnostics.push_back(duplicate(id, owner.range));
    owned_events_.push_back(0);
    return std::nullopt;
  }
  owned_events_.push_back(1);
  kinds_.push_back(NodeKind::event);
  return next_event_++;
}

void IdTable::declare_entity(const Located<std::string>& id) {
  const auto rank = static_cast<NodeId>(stream_entities_.size());
  const auto [number, inserted] =
      owners_.try_emplace(id.value, Owner{rank, NodeKind::entity, id.range});
  if (!inserted) {
    exact_ = false;
    return;
  }
  stream_entities_.push_back(number);
  owned_entities_.push_back(1);
}

bool IdTable::declared_as(const std::vector<EntityDecl>& entities) const {
  if (entities.size() != stream_entities_.size()) return false;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    const std::uint32_t number = owners_.number_of(entities[k].id.value);
    if (number == Owners::none || number != stream_entities_[k]) return false;
  }
  return true;
}

NodeId IdTable::seal() {
  const NodeId first_entity = next_event_;
  NodeId next = first_entity;
  for (const std::uint32_t number : stream_entities_) {
    if (number == Owners::none) continue;
    owners_[number].value.node = next++;
    kinds_.push_back(NodeKind::entity);
  }
  std::vector<std::uint32_t>().swap(stream_entities_);
  return first_entity;
}

void set_stated_bounds(Event& event) {
  event.stated_start = event.when.start;
  event.stated_end = event.when.end;
  if (event.end_when) {
    event.stated_end = event.end_when->end;
  } else if (event.duration) {
    const Bounds& start = event.stated_start;
    event.stated_end = {
        start.earliest <= unbounded_past ? unbounded_past : start.earliest + event.duration->min,
        start.latest >= unbounded_future ? unbounded_future : start.latest + event.duration->max};
  }
  event.start = event.stated_start;
  event.end = event.stated_end;
}

IdTable assign_ids(const Document& document, Diagnostics& diagnostics) {
  IdTable table;
  table.owners_.reserve(document.events.size() + document.entities.size());
  struct Declared {
    const Located<std::string>* id;
    NodeKind kind;
    std::size_t index;  // in its section
  };
  const auto by_position = [](const Declared& a, const Declared& b) {
    return earlier(a.id->range, b.id->range);
  };
  std::vector<Declared> events;
  std::vector<Declared> entities;
  events.reserve(document.events.size());
  entities.reserve(document.entities.size());
  for (std::size_t k = 0; k < document.events.size(); ++k)
    events.push_back({&document.events[k].id, NodeKind::event, k});
  for (std::size_t k = 0; k < document.entities.size(); ++k)
    entities.push_back({&document.entities[k].id, NodeKind::entity, k});
  // The first definition in the file wins, whichever section it is in. Each section is in file
  // order as every reader writes it, so the two are merged in linear time; sorted if not.
  for (auto* section : {&events, &entities})
    if (!std::is_sorted(section->begin(), section->end(), by_position))
      std::stable_sort(section->begin(), section->end(), by_position);
  std::vector<Declared> declared;
  declared.reserve(events.size() + entities.size());
  std::merge(events.begin(), events.end(), entities.begin(), entities.end(),
             std::back_inserter(declared), by_position);
  // Each owner's record, by declaration, for the numbering below (no second lookup of its id).
  constexpr std::uint32_t none = IdTable::Owners::none;
  std::vector<std::uint32_t> event_owners(document.events.size(), none);
  std::vector<std::uint32_t> entity_owners(document.entities.size(), none);
  for (const Declared& item : declared) {
    const Located<std::string>& id = *item.id;
    const auto [number, inserted] =
        table.owners_.try_emplace(id.value, IdTable::Owner{0, item.kind, id.range});
    if (inserted) {
      (item.kind == NodeKind::event ? event_owners : entity_owners)[item.index] = number;
      continue;
    }
    diagnostics.push_back(duplicate(id, table.owners_[number].value.range));
  }
  // Number owners in file order: events first, then entities, matching EventGraph's insertion.
  NodeId next = 0;
  table.kinds_.reserve(document.events.size() + document.entities.size());
  const auto number = [&](const std::vector<std::uint32_t>& owners, std::vector<char>& owned,
                          NodeKind kind) {
    owned.assign(owners.size(), 0);
    for (std::size_t k = 0; k < owners.size(); ++k) {
      if (owners[k] == none) continue;
      table.owners_[owners[k]].value.node = next++;
      owned[k] = 1;
      table.kinds_.push_back(kind);
    }
  };
  number(event_owners, table.owned_events_, NodeKind::event);
  number(entity_owners, table.owned_entities_, NodeKind::entity);
  return table;
}

Diagnostic error_inside(const Located<std::string>& text, const TimeError& error) {
  SourceRange range = text.range;
  if (range.begin.line > 0 && range.begin.column > 0) {
    range.begin.column += static_cast<int>(error.offset);
    range.end = {range.begin.line, range.begin.column + static_cast<int>(error.length)};
  }
  return make_error(std::move(range), error.message);
}

}  // namespace chronograph::detail
