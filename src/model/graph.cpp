#include "chronograph/graph.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

// GCC's sanitizer builds (-O1 and up with -fsanitize=address) see the empty boost::optional that
// named_graph.hpp's vertex_by_property returns for an unnamed graph as "used uninitialized"; a
// false positive in Boost 1.74 (the optional's storage is never read when it is empty). Silenced
// for that one header here, where add_vertex instantiates it, not by dropping -Werror.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include "chronograph/adapters/boost_graph.hpp"
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

namespace chronograph {

Text::Text(std::string plain, std::string ko, std::string en) : plain(std::move(plain)) {
  if (!ko.empty() || !en.empty()) versions_.emplace(Versions{std::move(ko), std::move(en)});
}

const std::string& Text::ko() const {
  return versions_ ? versions_->ko : plain_only();
}

const std::string& Text::en() const {
  return versions_ ? versions_->en : plain_only();
}

const std::string& Text::plain_only() {
  static const std::string none;
  return none;
}

void Text::set(Language language, std::string value) {
  if (!versions_) {
    if (value.empty()) return;
    versions_.emplace();
  }
  (language == Language::ko ? versions_->ko : versions_->en) = std::move(value);
  // Emptied again, it is a plain Text again (and equal to one).
  if (versions_->ko.empty() && versions_->en.empty()) versions_.reset();
}

const std::string& Text::in(Language language) const {
  const std::string& wanted = language == Language::ko ? ko() : en();
  const std::string& other = language == Language::ko ? en() : ko();
  if (!wanted.empty()) return wanted;
  if (!plain.empty()) return plain;
  return other;
}

namespace {

const RelationText& no_text() {
  static const RelationText empty;
  return empty;
}

// Copy on write: the text may be shared with other copies of the relation.
RelationText& own_text(std::shared_ptr<const RelationText>& text) {
  auto owned = std::make_shared<RelationText>(text ? *text : RelationText{});
  RelationText& result = *owned;
  text = std::move(owned);
  return result;
}

}  // namespace

const std::string& Relation::label() const {
  return (text ? *text : no_text()).label;
}
const std::optional<DurationSpec>& Relation::gap() const {
  return (text ? *text : no_text()).gap;
}
const std::string& Relation::origin() const {
  return (text ? *text : no_text()).origin;
}
void Relation::set_label(std::string label) {
  if (label.empty() && !text) return;
  own_text(text).label = std::move(label);
}
void Relation::set_gap(std::optional<DurationSpec> gap) {
  if (!gap && !text) return;
  own_text(text).gap = std::move(gap);
}
void Relation::set_origin(std::string origin) {
  if (origin.empty() && !text) return;
  own_text(text).origin = std::move(origin);
}

namespace {

struct RelationName {
  RelationType type;
  std::string_view name;
};

constexpr std::array relation_names{
    RelationName{RelationType::before, "before"},
    RelationName{RelationType::after, "after"},
    RelationName{RelationType::meets, "meets"},
    RelationName{RelationType::met_by, "met-by"},
    RelationName{RelationType::overlaps, "overlaps"},
    RelationName{RelationType::overlapped_by, "overlapped-by"},
    RelationName{RelationType::during, "during"},
    RelationName{RelationType::contains, "contains"},
    RelationName{RelationType::starts, "starts"},
    RelationName{RelationType::started_by, "started-by"},
    RelationName{RelationType::finishes, "finishes"},
    RelationName{RelationType::finished_by, "finished-by"},
    RelationName{RelationType::equals, "equals"},
    RelationName{RelationType::includes, "includes"},
    RelationName{RelationType::is_included, "is-included"},
    RelationName{RelationType::part_of, "part-of"},
    RelationName{RelationType::causes, "causes"},
    RelationName{RelationType::motivates, "motivates"},
    RelationName{RelationType::supersedes, "supersedes"},
    RelationName{RelationType::reported_by, "reported-by"},
    RelationName{RelationType::works_for, "works-for"},
    RelationName{RelationType::owns, "owns"},
    RelationName{RelationType::supplies, "supplies"},
    RelationName{RelationType::competes_with, "competes-with"},
    RelationName{RelationType::label, "label"},
    RelationName{RelationType::participant, "participant"},
    RelationName{RelationType::located_at, "located-at"},
    RelationName{RelationType::affiliated_with, "affiliated-with"},
};

}  // namespace

std::string_view to_string(RelationType type) {
  for (const RelationName& entry : relation_names)
    if (entry.type == type) return entry.name;
  return "label";
}

std::optional<RelationType> relation_type_from_string(std::string_view text) {
  for (const RelationName& entry : relation_names)
    if (entry.name == text) return entry.type;
  return std::nullopt;
}

bool is_temporal(RelationType type) {
  return static_cast<int>(type) <= static_cast<int>(RelationType::is_included);
}

namespace {

constexpr std::array<std::string_view, 5> entity_kinds{"person", "organization", "place", "product",
                                                       "other"};
constexpr std::array<std::string_view, 5> event_statuses{"happened", "planned", "reported",
                                                         "cancelled", "superseded"};

}  // namespace

std::span<const std::string_view> entity_kind_names() {
  return entity_kinds;
}

std::span<const std::string_view> event_status_names() {
  return event_statuses;
}

std::string_view to_string(EntityKind kind) {
  return entity_kinds.at(static_cast<std::size_t>(kind));
}

std::string_view to_string(EventStatus status) {
  return event_statuses.at(static_cast<std::size_t>(status));
}

std::optional<EntityKind> entity_kind_from_string(std::string_view name) {
  const auto it = std::find(entity_kinds.begin(), entity_kinds.end(), name);
  if (it == entity_kinds.end()) return std::nullopt;
  return static_cast<EntityKind>(it - entity_kinds.begin());
}

std::optional<EventStatus> event_status_from_string(std::string_view name) {
  const auto it = std::find(event_statuses.begin(), event_statuses.end(), name);
  if (it == event_statuses.end()) return std::nullopt;
  return static_cast<EventStatus>(it - event_statuses.begin());
}

EventGraph::EventGraph() : storage_(std::make_unique<detail::GraphStorage>()) {}
EventGraph::~EventGraph() = default;
EventGraph::EventGraph(EventGraph&&) noexcept = default;
EventGraph& EventGraph::operator=(EventGraph&&) noexcept = default;
EventGraph::EventGraph(const EventGraph& other)
    : info(other.info), storage_(std::make_unique<detail::GraphStorage>(*other.storage_)) {}
EventGraph& EventGraph::operator=(const EventGraph& other) {
  if (this != &other) {
    info = other.info;
    storage_ = std::make_unique<detail::GraphStorage>(*other.storage_);
  }
  return *this;
}

void EventGraph::reserve(std::size_t events, std::size_t entities, std::size_t relations) {
  auto& s = *storage_;
  s.events.reserve(events);
  s.event_nodes.reserve(events);
  s.entities.reserve(entities);
  s.entity_nodes.reserve(entities);
  // Boost's adjacency_list has no reserve; its vertex and edge vectors are public members.
  s.graph.m_vertices.reserve(events + entities);
  s.graph.m_edges.reserve(relations);
}

void EventGraph::reserve_relations(NodeId node, std::size_t out, std::size_t in) {
  auto& vertex = storage_->graph.m_vertices.at(node);
  vertex.m_out_edges.reserve(out);
  vertex.m_in_edges.reserve(in);
}

NodeId EventGraph::add_event(Event event) {
  auto& s = *storage_;
  const auto index = static_cast<std::uint32_t>(s.events.size());
  const auto node =
      static_cast<NodeId>(boost::add_vertex(VertexProperties{NodeKind::event, index}, s.graph));
  s.events.push_back(std::move(event));
  add_to_index(node);
  s.event_nodes.push_back(node);
  if (s.derives) imply_from(node);
  return node;
}

NodeId EventGraph::add_entity(Entity entity) {
  auto& s = *storage_;
  const auto index = static_cast<std::uint32_t>(s.entities.size());
  const auto node =
      static_cast<NodeId>(boost::add_vertex(VertexProperties{NodeKind::entity, index}, s.graph));
  s.entities.push_back(std::move(entity));
  add_to_index(node);
  s.entity_nodes.push_back(node);
  if (s.derives) imply_from(node);
  return node;
}

void EventGraph::add_relation(Relation relation) {
  relation.sequence = static_cast<std::uint32_t>(boost::num_edges(storage_->graph));
  const NodeId from = relation.from;
  const NodeId to = relation.to;
  boost::add_edge(from, to, std::move(relation), storage_->graph);
}

void EventGraph::derive_implied_relations() {
  auto& s = *storage_;
  s.derives = true;
  s.implied_first.assign(1, 0);
  s.implied_first.reserve(s.events.size() + 1);
  s.affiliated.clear();
  s.roles.clear();
  for (const NodeId node : s.event_nodes) imply_from(node);
  for (const NodeId node : s.entity_nodes) imply_from(node);
}

namespace {

void keep_role(detail::GraphStorage& s, const std::string& role) {
  if (role.empty() || s.roles.contains(role)) return;
  s.roles.emplace(role, std::make_shared<const RelationText>(RelationText{role, {}, {}}));
}

}  // namespace

void EventGraph::imply_from(NodeId node) {
  auto& s = *storage_;
  const VertexProperties& vertex = s.graph[node];
  if (vertex.kind == NodeKind::event) {
    const Event& event = s.events[vertex.index];
    for (const Participant& participant : event.participants) keep_role(s, participant.role);
    const std::size_t count = event.participants.size() + (event.place ? 1 : 0);
    s.implied_first.push_back(s.implied_first.back() + static_cast<std::uint32_t>(count));
    return;
  }
  const Entity& entity = s.entities[vertex.index];
  if (!entity.affiliation) return;
  keep_role(s, entity.role);
  s.affiliated.push_back(node);
}

std::size_t EventGraph::node_count() const {
  return boost::num_vertices(storage_->graph);
}
std::size_t EventGraph::relation_count() const {
  const auto& s = *storage_;
  if (!s.derives) return stored_relation_count();
  return stored_relation_count() + s.implied_first.back() + s.affiliated.size();
}
std::size_t EventGraph::stored_relation_count() const {
  return boost::num_edges(storage_->graph);
}
NodeKind EventGraph::kind(NodeId node) const {
  return storage_->graph[node].kind;
}
const std::string& EventGraph::id(NodeId node) const {
  return storage_->id(node);
}

void EventGraph::add_to_index(NodeId node) {
  const std::lock_guard lock(storage_->index_mutex);
  if (storage_->indexed) storage_->by_id.insert(node);
}

std::optional<NodeId> EventGraph::find(std::string_view id) const {
  auto& s = *storage_;
  const std::lock_guard lock(s.index_mutex);
  if (!s.indexed) {
    s.by_id.reserve(node_count());
    // In node order, so the first of two nodes with one id is found, as when each was added.
    for (NodeId node = 0; node < node_count(); ++node) s.by_id.insert(node);
    s.indexed = true;
  }
  const auto it = s.by_id.find(id);
  if (it == s.by_id.end()) return std::nullopt;
  return *it;
}

const Event& EventGraph::event(NodeId node) const {
  const VertexProperties& v = storage_->graph[node];
  if (v.kind != NodeKind::event)
    throw std::logic_error("node is not an event: " + storage_->id(node));
  return storage_->events[v.index];
}
Event& EventGraph::event(NodeId node) {
  const VertexProperties& v = storage_->graph[node];
  if (v.kind != NodeKind::event)
    throw std::logic_error("node is not an event: " + storage_->id(node));
  return storage_->events[v.index];
}
const Entity& EventGraph::entity(NodeId node) const {
  const VertexProperties& v = storage_->graph[node];
  if (v.kind != NodeKind::entity)
    throw std::logic_error("node is not an entity: " + storage_->id(node));
  return storage_->entities[v.index];
}

std::span<const NodeId> EventGraph::events() const {
  return storage_->event_nodes;
}
std::span<const NodeId> EventGraph::entities() const {
  return storage_->entity_nodes;
}

const Relation& EventGraph::stored_relation(std::size_t sequence) const {
  // Edges are stored in a vector in insertion order and never removed: the k-th is sequence k.
  return storage_->graph.m_edges.at(sequence).get_property();
}

namespace {

std::shared_ptr<const RelationText> role_text(const detail::GraphStorage& s,
                                              const std::string& role) {
  if (role.empty()) return nullptr;
  const auto it = s.roles.find(role);
  // A role changed since derive_implied_relations() is not kept: made for this read.
  if (it == s.roles.end()) return std::make_shared<const RelationText>(RelationText{role, {}, {}});
  return it->second;
}

Relation implied(NodeId from, NodeId to, RelationType type, std::size_t sequence) {
  Relation relation{from, to, type};
  relation.implied = true;
  relation.sequence = static_cast<std::uint32_t>(sequence);
  return relation;
}

// The `offset`-th relation an event implies: a participant, or past them its place.
Relation implied_by_event(const detail::GraphStorage& s, std::size_t index, std::size_t offset,
                          std::size_t sequence) {
  const NodeId node = s.event_nodes[index];
  const Event& event = s.events[index];
  if (offset < event.participants.size()) {
    const Participant& participant = event.participants[offset];
    Relation relation = implied(node, participant.entity, RelationType::participant, sequence);
    relation.text = role_text(s, participant.role);
    return relation;
  }
  if (!event.place) throw std::logic_error("implied relations out of date: " + event.id);
  return implied(node, *event.place, RelationType::located_at, sequence);
}

Relation implied_by_entity(const detail::GraphStorage& s, NodeId node, std::size_t sequence) {
  const Entity& entity = s.entities[s.graph[node].index];
  if (!entity.affiliation) throw std::logic_error("implied relations out of date: " + entity.id);
  Relation relation = implied(node, *entity.affiliation, RelationType::affiliated_with, sequence);
  relation.text = role_text(s, entity.role);
  return relation;
}

}  // namespace

Relation EventGraph::relation(std::size_t sequence) const {
  const auto& s = *storage_;
  const std::size_t stored = stored_relation_count();
  if (sequence < stored || !s.derives) return stored_relation(sequence);
  const std::size_t rank = sequence - stored;
  const std::uint32_t by_events = s.implied_first.back();
  if (rank >= by_events) return implied_by_entity(s, s.affiliated.at(rank - by_events), sequence);
  // The last event whose first implied relation is at or before `rank`.
  const auto after = std::upper_bound(s.implied_first.begin(), s.implied_first.end(), rank);
  const auto index = static_cast<std::size_t>(after - s.implied_first.begin()) - 1;
  return implied_by_event(s, index, rank - s.implied_first[index], sequence);
}

EventGraph::RelationList EventGraph::relations() const {
  return {*this, relation_count()};
}
EventGraph::RelationList EventGraph::stored_relations() const {
  return {*this, stored_relation_count()};
}

std::vector<Relation> EventGraph::out_relations(NodeId node) const {
  const auto& s = *storage_;
  std::vector<Relation> out;
  for (auto [it, end] = boost::out_edges(node, s.graph); it != end; ++it)
    out.push_back(s.graph[*it]);
  if (!s.derives) return out;
  const VertexProperties& vertex = s.graph[node];
  const std::size_t stored = stored_relation_count();
  if (vertex.kind == NodeKind::event) {
    const std::uint32_t first = s.implied_first.at(vertex.index);
    const std::uint32_t count = s.implied_first.at(vertex.index + 1) - first;
    for (std::uint32_t k = 0; k < count; ++k)
      out.push_back(implied_by_event(s, vertex.index, k, stored + first + k));
    return out;
  }
  const auto at = std::lower_bound(s.affiliated.begin(), s.affiliated.end(), node);
  if (at != s.affiliated.end() && *at == node) {
    const std::size_t rank =
        s.implied_first.back() + static_cast<std::size_t>(at - s.affiliated.begin());
    out.push_back(implied_by_entity(s, node, stored + rank));
  }
  return out;
}

}  // namespace chronograph
