#pragma once
// Internal to the model stage: the builder behind build_model (a whole Document) and behind
// ModelStream (a data file's events handed over one by one as they are read, so that their
// declarations are never all in memory; model/model_stream.hpp).

#include <cstddef>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_map.hpp"
#include "chronograph/graph.hpp"
#include "model/relation_records.hpp"
#include "model/relative.hpp"
#include "model/resolve.hpp"

namespace chronograph::detail {

// What an exception out of the model stage (out of memory and the like) is reported as.
Diagnostic model_stage_failed(const std::string& path, const std::exception& failure);

class ModelBuilder {
 public:
  // `header`: the document, whole (build), or without its events and relations (streaming). It
  // outlives the builder. `owned`: the same document, which the builder may empty as it goes.
  explicit ModelBuilder(const Document& header, Document* owned = nullptr)
      : document_(header), owned_(owned) {}

  // The whole document at once: every id numbered first (assign_ids).
  Result<EventGraph> build();

  // Streaming: begin, then each event in file order, then finish with the written relations.
  // `by_mention`: EventSink::begin's.
  void begin_stream(std::size_t events, bool by_mention);
  void add_event(EventDecl&& decl);
  Result<EventGraph> finish_stream(RelationRecords relations);
  // False when the ids could not be settled as they came (IdTable::exact): the result is then
  // not what build() would give, and the caller builds from the whole document instead.
  [[nodiscard]] bool exact() const { return ids_.exact(); }
  // by_mention: the entities, declared as the rows named them, now declared in full; false when
  // they are not the ones the rows named (the caller then builds the whole document).
  [[nodiscard]] bool mentioned(const std::vector<EntityDecl>& entities) const {
    return ids_.declared_as(entities);
  }

 private:
  // A written relation's resolved ends; `usable` once every check passed.
  struct Ends {
    NodeId from = 0;
    NodeId to = 0;
    RelationType type = RelationType::label;
    bool usable = false;
  };
  // A written relation as it waits for the graph's nodes.
  struct Written {
    Ends ends;
    SourceRange range;
    std::shared_ptr<const RelationText> text;
  };
  // Streaming: an event's place or participant whose id was not an entity when the event came.
  // It is an error either way (an event further down, or no such id); its message is written in
  // the slot kept for it once every id is known, so that messages stay in file order.
  struct Unresolved {
    std::size_t slot = 0;  // in diagnostics_
    Located<std::string> id;
    std::string_view what;
  };

  void build_events();
  void check_zone();
  void fill_info();
  std::optional<TimeSpec> time_at(const Located<std::string>& text, Calendar calendar);
  std::optional<DurationSpec> duration_at(const Located<std::string>& text);
  Event make_event(const EventDecl& decl, NodeId node);
  bool relative(NodeId node, const Located<std::string>& text, bool in_end);
  void check_end_in_range(Event& event, const Located<std::string>& duration);
  Entity make_entity(const EntityDecl& decl);
  std::optional<NodeId> entity_ref(const Located<std::string>& id, std::string_view what);
  std::optional<NodeId> streamed_entity_ref(const Located<std::string>& id, std::string_view what);
  void settle_streamed_references(NodeId first_entity);
  void declare_mentions(const EventDecl& decl);
  void add_entities();
  Result<EventGraph> complete(Diagnostics relation_diagnostics);

  Ends check_relation(const RelationDecl& decl, Diagnostics& diagnostics,
                      IdTable::Suggestions& suggestions, std::optional<DurationSpec>& gap) const;
  // Checks relations [begin, end) of `relations` (a vector of RelationDecl, or RelationRecords)
  // into `written`, one record each.
  template <class Relations>
  void check_relations(const Relations& relations, std::size_t begin, std::size_t end,
                       std::span<Written> written, Diagnostics& diagnostics,
                       IdTable::Suggestions& suggestions) const;
  // Checks `relations` into written_, each half on a thread of its own, while `meanwhile` runs;
  // the messages as one thread going through them all would give them.
  Diagnostics check_relations_in_halves(const RelationRecords& relations,
                                        const std::function<void()>& meanwhile);
  void add_relations();
  void reserve_relations();

  const Document& document_;
  Document* owned_;
  bool streaming_ = false;
  bool by_mention_ = false;
  Diagnostics diagnostics_;
  Diagnostics id_diagnostics_;  // streaming: the zone's, then duplicate ids (from
                                // first_duplicate_), put first as build() puts them
  std::size_t first_duplicate_ = 0;
  std::vector<Unresolved> unresolved_;
  IdTable ids_;
  std::vector<Written> written_;
  RelativeTimes relatives_;
  EventGraph graph_;
  std::string zone_;
  // Streaming: the graph's reserved records being faulted in on another thread; after graph_, so
  // that it is waited for before the room it fills is freed.
  std::future<void> populating_;
};

}  // namespace chronograph::detail
