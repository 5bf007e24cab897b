#include "model/resolve.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>
#include <vector>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"
#include "chronograph/limits.hpp"

namespace chronograph::detail {

namespace {

bool earlier(const SourceRange& a, const SourceRange& b) {
  return std::tie(a.begin.line, a.begin.column) < std::tie(b.begin.line, b.begin.column);
}

std::string unknown_id(std::string_view id, std::string_view suggestion) {
  return fmt::format("unknown id '{}'{}", id, suggestion);
}

Diagnostic duplicate(const Located<std::string>& id, const SourceRange& first) {
  Diagnostic error = make_error(id.range, fmt::format("duplicate id '{}'", id.value));
  error.notes.push_back(make_note(first, "first defined here"));
  return error;
}

}  // namespace

std::optional<NodeId> IdTable::resolve(const Located<std::string>& id,
                                       Diagnostics& diagnostics) const {
  return resolve(id, diagnostics, suggested_);
}

std::optional<NodeId> IdTable::resolve(const Located<std::string>& id, Diagnostics& diagnostics,
                                       Suggestions& suggestions) const {
  if (const auto it = owners_.find(id.value); it != owners_.end()) return it->second.node;
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
      for (const auto& [name, owner] : owners_) known_.push_back(name);
      std::sort(known_.begin(), known_.end());
    }
  }
  return did_you_mean(id, known_);
}

std::optional<NodeId> IdTable::find(std::string_view id) const {
  if (const auto it = owners_.find(id); it != owners_.end()) return it->second.node;
  return std::nullopt;
}

std::optional<NodeKind> IdTable::kind_of_id(std::string_view id) const {
  if (const auto it = owners_.find(id); it != owners_.end()) return it->second.kind;
  return std::nullopt;
}

std::optional<IdTable::Named> IdTable::named(std::string_view id) const {
  if (const auto it = owners_.find(id); it != owners_.end())
    return Named{it->second.node, it->second.kind};
  return std::nullopt;
}

IdTable IdTable::for_stream(const std::vector<EntityDecl>& entities, std::size_t events,
                            Diagnostics& diagnostics) {
  IdTable table;
  table.owners_.reserve(entities.size() + events);
  table.kinds_.reserve(entities.size() + events);
  table.owned_events_.reserve(events);
  table.stream_entities_.assign(entities.size(), nullptr);
  table.owned_entities_.assign(entities.size(), 0);
  NodeId rank = 0;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    const Located<std::string>& id = entities[k].id;
    const auto [it, inserted] =
        table.owners_.try_emplace(id.value, Owner{rank, NodeKind::entity, id.range});
    if (!inserted) {
      diagnostics.push_back(duplicate(id, it->second.range));
      continue;
    }
    table.stream_entities_[k] = &it->second;
    table.owned_entities_[k] = 1;
    ++rank;
  }
  return table;
}

std::optional<NodeId> IdTable::declare_event(const Located<std::string>& id,
                                             Diagnostics& diagnostics) {
  const auto [it, inserted] =
      owners_.try_emplace(id.value, Owner{next_event_, NodeKind::event, id.range});
  Owner& owner = it->second;
  if (!inserted && owner.kind == NodeKind::entity && earlier(id.range, owner.range)) {
    // An entity written below this event loses the id to it (assign_ids: the first in the file).
    diagnostics.push_back(duplicate({id.value, owner.range}, id.range));
    const auto lost = std::find(stream_entities_.begin(), stream_entities_.end(), &owner);
    owned_entities_[static_cast<std::size_t>(lost - stream_entities_.begin())] = 0;
    *lost = nullptr;
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
  const auto [it, inserted] =
      owners_.try_emplace(id.value, Owner{rank, NodeKind::entity, id.range});
  if (!inserted) {
    exact_ = false;
    return;
  }
  stream_entities_.push_back(&it->second);
  owned_entities_.push_back(1);
}

bool IdTable::declared_as(const std::vector<EntityDecl>& entities) const {
  if (entities.size() != stream_entities_.size()) return false;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    const auto it = owners_.find(entities[k].id.value);
    if (it == owners_.end() || &it->second != stream_entities_[k]) return false;
  }
  return true;
}

NodeId IdTable::seal() {
  const NodeId first_entity = next_event_;
  NodeId next = first_entity;
  for (Owner* owner : stream_entities_) {
    if (!owner) continue;
    owner->node = next++;
    kinds_.push_back(NodeKind::entity);
  }
  std::vector<Owner*>().swap(stream_entities_);
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
  std::vector<IdTable::Owner*> event_owners(document.events.size(), nullptr);
  std::vector<IdTable::Owner*> entity_owners(document.entities.size(), nullptr);
  for (const Declared& item : declared) {
    const Located<std::string>& id = *item.id;
    const auto [it, inserted] =
        table.owners_.try_emplace(id.value, IdTable::Owner{0, item.kind, id.range});
    if (inserted) {
      (item.kind == NodeKind::event ? event_owners : entity_owners)[item.index] = &it->second;
      continue;
    }
    diagnostics.push_back(duplicate(id, it->second.range));
  }
  // Number owners in file order: events first, then entities, matching EventGraph's insertion.
  NodeId next = 0;
  table.kinds_.reserve(document.events.size() + document.entities.size());
  const auto number = [&](const std::vector<IdTable::Owner*>& owners, std::vector<char>& owned,
                          NodeKind kind) {
    owned.assign(owners.size(), 0);
    for (std::size_t k = 0; k < owners.size(); ++k) {
      if (!owners[k]) continue;
      owners[k]->node = next++;
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
