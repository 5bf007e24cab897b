#pragma once
// Internal to the model stage: the id table shared by events and entities, and positioning of
// errors found inside a scalar (a time expression) back into the file.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_map.hpp"
#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/time.hpp"

namespace chronograph::detail {

// Events and entities share one id space, since relations may join either. Node ids are handed out
// in file order, events first, so output stays stable when a file is edited below an item.
class IdTable {
 public:
  // True when this declaration is the one that owns its id (the first of duplicates).
  [[nodiscard]] bool owns(const Located<std::string>& id, NodeKind kind) const;
  [[nodiscard]] NodeKind kind_of(NodeId node) const { return kinds_.at(node); }
  // The node named by `id`, or an "unknown id" error (with a suggestion) added to `diagnostics`.
  std::optional<NodeId> resolve(const Located<std::string>& id, Diagnostics& diagnostics) const;
  // The node named by `id`, if any, without a message.
  [[nodiscard]] std::optional<NodeId> find(std::string_view id) const;

 private:
  friend IdTable assign_ids(const Document&, Diagnostics&);
  struct Owner {
    NodeId node;
    NodeKind kind;
    SourceRange range;
  };
  StringMap<Owner> owners_;
  std::vector<NodeKind> kinds_;
  // For "did you mean": every id, sorted (so the suggestion does not follow the hash order), built
  // at the first unknown id; and how many suggestions were looked for (limits::max_id_suggestions).
  mutable std::vector<std::string_view> known_;
  mutable std::size_t suggested_ = 0;
};

// `when` bounds the start; it bounds the end too unless `end` or `duration` says otherwise.
void set_stated_bounds(Event& event);

// Reports ids defined twice (across both sections) and numbers the rest.
IdTable assign_ids(const Document& document, Diagnostics& diagnostics);

// An error at the exact column inside `text` where the time parser stopped. Assumes the scalar
// sits on one line, which holds for every time expression the format allows.
Diagnostic error_inside(const Located<std::string>& text, const TimeError& error);

}  // namespace chronograph::detail
