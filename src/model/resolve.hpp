#pragma once
// Internal to the model stage: the id table shared by events and entities, and positioning of
// errors found inside a scalar (a time expression) back into the file.

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/flat_string_map.hpp"
#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/time.hpp"

namespace chronograph::detail {

// Events and entities share one id space, since relations may join either. Node ids are handed out
// in file order, events first, so output stays stable when a file is edited below an item.
class IdTable {
 public:
  // True when the `declaration`th event or entity of the document is the one that owns its id
  // (the first of duplicates): settled once by assign_ids, not looked up again.
  [[nodiscard]] bool owns(NodeKind kind, std::size_t declaration) const {
    const std::vector<char>& owned = kind == NodeKind::event ? owned_events_ : owned_entities_;
    return declaration < owned.size() && owned[declaration] != 0;
  }
  [[nodiscard]] NodeKind kind_of(NodeId node) const { return kinds_.at(node); }
  // How many "did you mean" suggestions one run of lookups has looked for (at most
  // limits::max_id_suggestions). A thread of the model stage has its own, so that which unknown
  // ids get a suggestion does not depend on timing.
  struct Suggestions {
    std::size_t looked_for = 0;
    // When set: each unknown id that got no suggestion, as the index of its message in the
    // diagnostics and the id, for a later suggestion (suggest()) when the lookups of another
    // thread that come first in the file left some of the count.
    std::vector<std::pair<std::size_t, std::string>>* unsuggested = nullptr;
  };
  // Rewrites an "unknown id" message of resolve() with its suggestion.
  void suggest(Diagnostic& unknown, std::string_view id) const;
  // The node named by `id`, or an "unknown id" error (with a suggestion) added to `diagnostics`;
  // suggestions counted in the table's own count, or in `suggestions`.
  std::optional<NodeId> resolve(const Located<std::string>& id, Diagnostics& diagnostics) const;
  std::optional<NodeId> resolve(const Located<std::string>& id, Diagnostics& diagnostics,
                                Suggestions& suggestions) const;
  // The node named by `id`, if any, without a message.
  [[nodiscard]] std::optional<NodeId> find(std::string_view id) const;
  [[nodiscard]] std::optional<NodeKind> kind_of_id(std::string_view id) const;
  // Both at once, for the hot path of a stream's references.
  struct Named {
    NodeId node;
    NodeKind kind;
  };
  [[nodiscard]] std::optional<Named> named(std::string_view id) const;

  // Streaming (a data file modelled as it is read, model/model_stream.hpp): the entities are
  // declared first, each event as it comes in file order, and seal() then numbers the entities
  // after the last event, as assign_ids would. Until then an entity's node is its rank among the
  // entities. Duplicates are reported as assign_ids reports them.
  // `events`: how many may follow, for room.
  static IdTable for_stream(const std::vector<EntityDecl>& entities, std::size_t events,
                            Diagnostics& diagnostics);
  // The event's node, or nullopt when an earlier declaration owns the id (reported).
  std::optional<NodeId> declare_event(const Located<std::string>& id, Diagnostics& diagnostics);
  // A table's entity (EventSink::begin, by_mention), in order of first mention: its rank. An id
  // an event holds already makes the table inexact (the whole-document way then says what).
  void declare_entity(const Located<std::string>& id);
  // An event took an id a mention made an entity's: inexact, as above.
  void mark_inexact() { exact_ = false; }
  // by_mention: whether `entities` are the entities declared, in their order.
  [[nodiscard]] bool declared_as(const std::vector<EntityDecl>& entities) const;
  // The first entity's node (the number of events); the table is then as assign_ids leaves it.
  NodeId seal();
  // False when an event took its id from an entity written after it: what was resolved to that
  // entity before is then wrong, and the caller models the file the whole-document way.
  [[nodiscard]] bool exact() const { return exact_; }

 private:
  friend IdTable assign_ids(const Document&, Diagnostics&);
  // "; did you mean 'x'?" or nothing, over every id of the table.
  [[nodiscard]] std::string suggestion_for(std::string_view id) const;
  struct Owner {
    NodeId node;
    NodeKind kind;
    SourceRange range;
  };
  using Owners = FlatStringMap<Owner>;
  Owners owners_;
  std::vector<NodeKind> kinds_;
  std::vector<char> owned_events_;  // by declaration
  std::vector<char> owned_entities_;
  // For "did you mean": every id, sorted (so the suggestion does not follow the hash order), built
  // at the first unknown id of any thread; and the table's own count of suggestions.
  mutable std::vector<std::string_view> known_;
  mutable std::unique_ptr<std::mutex> known_mutex_ = std::make_unique<std::mutex>();
  mutable Suggestions suggested_;
  // Streaming only: the entities' records, by declaration (Owners::none for a duplicate), and the
  // next event's node.
  std::vector<std::uint32_t> stream_entities_;
  NodeId next_event_ = 0;
  bool exact_ = true;
};

// `when` bounds the start; it bounds the end too unless `end` or `duration` says otherwise.
void set_stated_bounds(Event& event);

// Reports ids defined twice (across both sections) and numbers the rest.
IdTable assign_ids(const Document& document, Diagnostics& diagnostics);

// An error at the exact column inside `text` where the time parser stopped. Assumes the scalar
// sits on one line, which holds for every time expression the format allows.
Diagnostic error_inside(const Located<std::string>& text, const TimeError& error);

}  // namespace chronograph::detail
