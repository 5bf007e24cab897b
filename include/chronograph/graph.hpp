#pragma once
// The model: one graph of events and entities with typed edges, behind a small domain API.
// The Boost adjacency_list that holds it is reachable only through
// chronograph/adapters/boost_graph.hpp.

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"
#include "chronograph/rare.hpp"
#include "chronograph/time.hpp"

namespace chronograph {

enum class Language { ko, en };

// A name or title: the plain string, and a Korean and an English version. Data files write only
// the plain string, so the two versions are held apart, and only when one is given: a Text is 40
// bytes in each of a million events, not 96.
class Text {
 public:
  Text() = default;
  Text(std::string plain, std::string ko = {}, std::string en = {});  // NOLINT: as a string

  std::string plain;

  [[nodiscard]] const std::string& ko() const;
  [[nodiscard]] const std::string& en() const;
  void set(Language language, std::string value);
  // The text in `language`, else the plain string, else the other language.
  [[nodiscard]] const std::string& in(Language language) const;

  friend bool operator==(const Text&, const Text&) = default;

 private:
  struct Versions {
    std::string ko;
    std::string en;
    friend bool operator==(const Versions&, const Versions&) = default;
  };
  // The empty version a Text without versions reads as.
  static const std::string& plain_only();
  Rare<Versions> versions_;
};

enum class EntityKind { person, organization, place, product, other };
enum class EventStatus : std::uint8_t { happened, planned, reported, cancelled, superseded };

enum class RelationType : std::uint8_t {
  // temporal (Allen), between events
  before,
  after,
  meets,
  met_by,
  overlaps,
  overlapped_by,
  during,
  contains,
  starts,
  started_by,
  finishes,
  finished_by,
  equals,
  // non-strict containment (TimeML INCLUDES/IS_INCLUDED, DURING_INV/DURING): ≤ at both ends
  includes,
  is_included,
  // structural and causal, between events
  part_of,
  causes,
  motivates,
  supersedes,
  reported_by,  // event → entity (the outlet) or event → event (the report)
  // entity ↔ entity
  works_for,
  owns,
  supplies,
  competes_with,
  label,  // free-form, caption in Relation::label
  // implied by event fields, not written as relations
  participant,      // event → entity
  located_at,       // event → place entity
  affiliated_with,  // entity → organisation, from the entity's `affiliation`
};

[[nodiscard]] std::string_view to_string(RelationType type);
[[nodiscard]] std::optional<RelationType> relation_type_from_string(std::string_view text);
[[nodiscard]] bool is_temporal(RelationType type);
[[nodiscard]] std::string_view to_string(EntityKind kind);
[[nodiscard]] std::string_view to_string(EventStatus status);
// The names files and programs use, in enum order: the one place each kind and status is named.
[[nodiscard]] std::span<const std::string_view> entity_kind_names();
[[nodiscard]] std::span<const std::string_view> event_status_names();
[[nodiscard]] std::optional<EntityKind> entity_kind_from_string(std::string_view name);
[[nodiscard]] std::optional<EventStatus> event_status_from_string(std::string_view name);

// Vertex handle: index into the graph's vertex sequence. Stable for the graph's life; assigned in
// file order (events first, then entities), so output is deterministic.
using NodeId = std::uint32_t;

enum class NodeKind { event, entity };

struct Participant {
  NodeId entity = 0;
  std::string role;
};

struct SourceNote {
  std::string quote;
  std::string where;
};

// One inequality that a `when` or `end` written relative to another event (docs/format.md,
// "Relative times") puts between a point of its event and a point of that other event, the
// anchor: point − anchor ≥ seconds (`lower`) or point − anchor ≤ seconds, strict when `strict`
// ("after x" is start − x.end > 0). The reasoner adds each to the network, so the event moves
// with its anchor and a contradiction names the expression.
struct RelativeLink {
  bool at_end = false;  // the event's end, else its start
  NodeId anchor = 0;
  bool anchor_end = false;  // the anchor's end, else its start
  bool lower = true;
  bool strict = false;
  bool in_end = false;  // written in `end:` (Event::end_when), else in `when:`
  Seconds seconds = 0;
  SourceRange range;  // the expression
};

struct Event {
  std::string id;
  Text title;
  TimeSpec when;
  Rare<TimeSpec> end_when;  // the `end:` expression, when given
  Rare<DurationSpec> duration;
  std::vector<RelativeLink> relative;  // from a relative `when` or `end`
  // The calendar its dates are written in and shown in: its own `calendar:`, else the document's.
  Calendar calendar = Calendar::gregorian;
  EventStatus status = EventStatus::happened;
  Bounds stated_start;  // what the event's own fields say
  Bounds stated_end;
  Bounds start;  // after reasoning: the tightest bounds that follow from everything
  Bounds end;
  std::optional<NodeId> place;
  std::vector<Participant> participants;
  Rare<SourceNote> source;
  std::vector<std::string> tags;
  std::string note;
  SourceRange range;
  SourceRange when_range;
};

struct Entity {
  std::string id;
  Text name;
  EntityKind kind = EntityKind::other;
  std::string role;
  std::optional<NodeId> affiliation;
  std::vector<std::string> tags;
  std::string note;
  SourceRange range;
};

// What few relations have: a caption, a gap, an id in a foreign source. Kept apart from Relation
// and shared by its copies, so that the millions of edges of a big file (most of them implied,
// with none of these) are small records.
struct RelationText {
  std::string label;
  std::optional<DurationSpec> gap;
  std::string origin;
};

struct Relation {
  NodeId from = 0;
  NodeId to = 0;
  RelationType type = RelationType::label;
  bool implied = false;                      // participant / located_at / affiliated_with edges
  std::uint32_t sequence = 0;                // insertion order, set by EventGraph::add_relation
  SourceRange range;                         // where it was written; empty for implied edges
  std::shared_ptr<const RelationText> text;  // null when it has no label, gap or origin

  // Free text of `label` relations and edge captions; for implied edges the role.
  [[nodiscard]] const std::string& label() const;
  [[nodiscard]] const std::optional<DurationSpec>& gap() const;
  // The id in a foreign source, e.g. the TimeML TLINK lid.
  [[nodiscard]] const std::string& origin() const;
  void set_label(std::string label);
  void set_gap(std::optional<DurationSpec> gap);
  void set_origin(std::string origin);
};

struct GraphInfo {
  Text title;
  std::string source_title;
  std::string source_url;
  std::optional<TimeSpec> published;
  std::string language;
  std::string zone;                         // the document's default zone, for display
  Calendar calendar = Calendar::gregorian;  // the document's: events' default, and the axis's
  std::string path;
};

namespace detail {
struct GraphStorage;
}

class EventGraph {
 public:
  EventGraph();
  ~EventGraph();
  EventGraph(EventGraph&&) noexcept;
  EventGraph& operator=(EventGraph&&) noexcept;
  EventGraph(const EventGraph&);
  EventGraph& operator=(const EventGraph&);

  // Room for this many of each, so that building a big graph never moves what it already holds.
  void reserve(std::size_t events, std::size_t entities, std::size_t relations);
  // Room for this many relations out of and into `node` (an entity of a big file has thousands).
  void reserve_relations(NodeId node, std::size_t out, std::size_t in);

  NodeId add_event(Event event);
  NodeId add_entity(Entity entity);
  // Stored as a Boost.Graph edge, after the relations stored before it.
  void add_relation(Relation relation);
  // From now on the graph also has the relations its nodes' fields imply: one `participant` per
  // Event::participants entry (the role as its label), one `located-at` per Event::place, one
  // `affiliated-with` per Entity::affiliation (Entity::role as its label). They are derived from
  // those fields when read, not stored: a big file's millions of participations cost no edge. Nodes
  // added later imply theirs too; after changing those fields of a node already added, call it
  // again. The model stage calls it; a graph built by hand has only what add_relation gave it.
  void derive_implied_relations();

  [[nodiscard]] std::size_t node_count() const;
  // Stored relations and, once derive_implied_relations() was called, the implied ones.
  [[nodiscard]] std::size_t relation_count() const;
  [[nodiscard]] std::size_t stored_relation_count() const;
  [[nodiscard]] NodeKind kind(NodeId node) const;
  [[nodiscard]] const std::string& id(NodeId node) const;
  [[nodiscard]] std::optional<NodeId> find(std::string_view id) const;

  // Only valid for a node of that kind.
  [[nodiscard]] const Event& event(NodeId node) const;
  [[nodiscard]] Event& event(NodeId node);
  [[nodiscard]] const Entity& entity(NodeId node) const;

  // Node ids of each kind in insertion order.
  [[nodiscard]] std::span<const NodeId> events() const;
  [[nodiscard]] std::span<const NodeId> entities() const;
  // The relation with this `sequence` (0 ≤ sequence < relation_count()): the stored ones first,
  // in the order added, then the implied ones (events' in event order, then entities').
  [[nodiscard]] Relation relation(std::size_t sequence) const;
  // A stored relation (sequence < stored_relation_count()), in place.
  [[nodiscard]] const Relation& stored_relation(std::size_t sequence) const;
  // All relations in sequence, or only the stored ones: a big file's millions are not copied to
  // be read, and a view that wants only written relations skips the implied ones unread.
  class RelationList;
  [[nodiscard]] RelationList relations() const;
  [[nodiscard]] RelationList stored_relations() const;
  // The relations out of `node`, stored then implied.
  [[nodiscard]] std::vector<Relation> out_relations(NodeId node) const;

  GraphInfo info;

  // For the adapters header only.
  [[nodiscard]] const detail::GraphStorage& storage() const { return *storage_; }
  [[nodiscard]] detail::GraphStorage& storage() { return *storage_; }

 private:
  void add_to_index(NodeId node);  // once find() has built the id index
  void imply_from(NodeId node);    // once derive_implied_relations() was called

  std::unique_ptr<detail::GraphStorage> storage_;
};

// A view of a graph's relations, each read as a value (an implied one is made when read): valid
// while the graph lives and gains no relation or node.
class EventGraph::RelationList {
 public:
  class iterator {
   public:
    // Reads values, so a legacy input iterator; a forward one for C++20 algorithms and ranges.
    using iterator_category = std::input_iterator_tag;
    using iterator_concept = std::forward_iterator_tag;
    using value_type = Relation;
    using difference_type = std::ptrdiff_t;
    using reference = Relation;
    struct pointer {
      Relation relation;
      const Relation* operator->() const { return &relation; }
    };
    iterator() = default;
    iterator(const EventGraph* graph, std::size_t index) : graph_(graph), index_(index) {}
    reference operator*() const { return graph_->relation(index_); }
    pointer operator->() const { return {graph_->relation(index_)}; }
    iterator& operator++() {
      ++index_;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++index_;
      return before;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.index_ == b.index_; }

   private:
    const EventGraph* graph_ = nullptr;
    std::size_t index_ = 0;
  };

  RelationList(const EventGraph& graph, std::size_t size) : graph_(&graph), size_(size) {}
  [[nodiscard]] iterator begin() const { return {graph_, 0}; }
  [[nodiscard]] iterator end() const { return {graph_, size_}; }
  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  Relation operator[](std::size_t sequence) const { return graph_->relation(sequence); }

 private:
  const EventGraph* graph_;
  std::size_t size_;
};

// Model stage entry: resolves ids, entity kinds, statuses and times of a parsed Document.
// Errors: duplicate ids, unknown references, bad time expressions (positioned inside the text).
[[nodiscard]] Result<EventGraph> build_model(const Document& document);
// The same, for a caller that is done with the Document: its event declarations are released as
// soon as the events are built, so a big file's declarations and graph are not held at once.
[[nodiscard]] Result<EventGraph> build_model(Document&& document);

}  // namespace chronograph
