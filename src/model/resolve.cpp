#include "model/resolve.hpp"

#include <fmt/format.h>

#include "base/did_you_mean.hpp"

namespace chronograph::detail {

bool IdTable::owns(const Located<std::string>& id, NodeKind kind) const {
  const auto it = owners_.find(id.value);
  return it != owners_.end() && it->second.kind == kind && it->second.range == id.range;
}

std::optional<NodeId> IdTable::resolve(const Located<std::string>& id,
                                       Diagnostics& diagnostics) const {
  if (const auto it = owners_.find(id.value); it != owners_.end()) return it->second.node;
  std::vector<std::string_view> known;
  known.reserve(owners_.size());
  for (const auto& [name, owner] : owners_) known.push_back(name);
  diagnostics.push_back(make_error(
      id.range, fmt::format("unknown id '{}'{}", id.value, did_you_mean(id.value, known))));
  return std::nullopt;
}

IdTable assign_ids(const Document& document, Diagnostics& diagnostics) {
  IdTable table;
  auto claim = [&](const Located<std::string>& id, NodeKind kind) {
    const auto [it, inserted] =
        table.owners_.try_emplace(id.value, IdTable::Owner{0, kind, id.range});
    if (inserted) return;
    Diagnostic error = make_error(id.range, fmt::format("duplicate id '{}'", id.value));
    error.notes.push_back(make_note(it->second.range, "first defined here"));
    diagnostics.push_back(std::move(error));
  };
  for (const EventDecl& event : document.events) claim(event.id, NodeKind::event);
  for (const EntityDecl& entity : document.entities) claim(entity.id, NodeKind::entity);
  // Number owners in file order: events first, then entities, matching EventGraph's insertion.
  NodeId next = 0;
  for (const NodeKind kind : {NodeKind::event, NodeKind::entity}) {
    auto number = [&](const Located<std::string>& id) {
      auto& owner = table.owners_.at(id.value);
      if (owner.kind != kind || owner.range != id.range) return;
      owner.node = next++;
      table.kinds_.push_back(kind);
    };
    if (kind == NodeKind::event)
      for (const EventDecl& event : document.events) number(event.id);
    else
      for (const EntityDecl& entity : document.entities) number(entity.id);
  }
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
