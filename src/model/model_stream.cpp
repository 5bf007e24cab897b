// Model stage, streaming: events built as the reader hands them over (model/model_stream.hpp).
// What build() settles first from the whole document is settled here at the end: the entities'
// node numbers (after the last event), and the messages of references that named no entity.

#include "model/model_stream.hpp"

#include <algorithm>
#include <exception>
#include <future>
#include <stdexcept>
#include <string>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "base/background.hpp"
#include "base/populate.hpp"
#include "chronograph/adapters/boost_graph.hpp"
#include "model/model_builder.hpp"

namespace chronograph::detail {

namespace {

Diagnostic not_an_entity(const Located<std::string>& id, std::string_view what) {
  return make_error(id.range,
                    fmt::format("{} '{}' is an event; an entity id is expected", what, id.value));
}

}  // namespace

void ModelBuilder::begin_stream(std::size_t events, bool by_mention) {
  streaming_ = true;
  by_mention_ = by_mention;
  // build() reports the zone first, then duplicate ids, then the rest.
  check_zone();
  id_diagnostics_ = std::move(diagnostics_);
  diagnostics_.clear();
  first_duplicate_ = id_diagnostics_.size();
  ids_ = IdTable::for_stream(document_.entities, events, id_diagnostics_);
  fill_info();
  graph_.reserve(events, document_.entities.size(), 0);
  GraphStorage& storage = graph_.storage();
  populating_ =
      populate_in_background({room_of(storage.events), room_of(storage.graph.m_vertices)});
}

// A table's row names its entities: participants first, then the place, as the reader numbers them.
void ModelBuilder::declare_mentions(const EventDecl& decl) {
  const auto declare = [this](const Located<std::string>& id) {
    const auto kind = ids_.kind_of_id(id.value);
    if (!kind) {
      ids_.declare_entity(id);
    } else if (*kind == NodeKind::event) {
      ids_.mark_inexact();
    }
  };
  for (const ParticipantDecl& participant : decl.participants) declare(participant.entity);
  if (decl.place) declare(*decl.place);
  // Its own id named as an entity, by this row or one above.
  if (ids_.kind_of_id(decl.id.value) == NodeKind::entity) ids_.mark_inexact();
}

// Until seal(), an entity's node is its rank among the entities (settled in
// settle_streamed_references); an id that is no entity yet is an error whose message waits.
std::optional<NodeId> ModelBuilder::streamed_entity_ref(const Located<std::string>& id,
                                                        std::string_view what) {
  if (const auto known = ids_.named(id.value)) {
    if (known->kind == NodeKind::entity) return known->node;
    diagnostics_.push_back(not_an_entity(id, what));
    return std::nullopt;
  }
  unresolved_.push_back({diagnostics_.size(), id, what});
  diagnostics_.emplace_back();
  return std::nullopt;
}

void ModelBuilder::settle_streamed_references(NodeId first_entity) {
  for (const NodeId node : graph_.events()) {
    Event& event = graph_.event(node);
    if (event.place) *event.place += first_entity;
    for (Participant& participant : event.participants) participant.entity += first_entity;
  }
  // Every entity was known when these came: each names an event further down, or nothing.
  bool emptied = false;
  for (const Unresolved& reference : unresolved_) {
    Diagnostics message;
    if (const auto node = ids_.resolve(reference.id, message);
        node && ids_.kind_of(*node) == NodeKind::event)
      message.push_back(not_an_entity(reference.id, reference.what));
    emptied = emptied || message.empty();
    if (!message.empty()) diagnostics_[reference.slot] = std::move(message.front());
  }
  if (emptied) std::erase_if(diagnostics_, [](const Diagnostic& d) { return d.message.empty(); });
  std::vector<Unresolved>().swap(unresolved_);
}

Result<EventGraph> ModelBuilder::finish_stream(RelationRecords relations) {
  if (populating_.valid()) populating_.get();
  const NodeId first_entity = ids_.seal();
  // Duplicates in file order, as assign_ids merges the two sections.
  std::stable_sort(id_diagnostics_.begin() + static_cast<std::ptrdiff_t>(first_duplicate_),
                   id_diagnostics_.end(), [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.range.begin.line, a.range.begin.column) <
                            std::tie(b.range.begin.line, b.range.begin.column);
                   });
  const std::size_t written = relations.size();
  Diagnostics relation_diagnostics = check_relations_in_halves(relations, [&] {
    settle_streamed_references(first_entity);
    graph_.reserve(0, document_.entities.size(), written);
    add_entities();
  });
  relations = {};
  return complete(std::move(relation_diagnostics));
}

ModelStream::ModelStream() = default;
ModelStream::~ModelStream() = default;

void ModelStream::begin(Document header, std::size_t events, bool by_mention) {
  header_ = std::move(header);
  by_mention_ = by_mention;
  builder_ = std::make_unique<ModelBuilder>(header_);
  builder_->begin_stream(events, by_mention);
  handoff_ = std::make_unique<Handoff<EventDecl>>(
      [this](EventDecl& event) { builder_->add_event(std::move(event)); });
}

void ModelStream::add(EventDecl&& event) {
  handoff_->push(std::move(event));
}

bool ModelStream::exact() {
  if (!builder_) return false;
  try {
    handoff_->finish();
  } catch (const std::exception& failure) {
    failure_ = failure.what();
  }
  // The builder's thread is done: the rows' entities can join the header it reads.
  if (by_mention_ && !mentioned_.empty()) header_.entities = std::move(mentioned_);
  return builder_->exact() && (!by_mention_ || builder_->mentioned(header_.entities));
}

Result<EventGraph> ModelStream::finish() {
  const bool settled = exact();
  try {
    if (!failure_.empty()) throw std::runtime_error(failure_);
    if (!settled) throw std::logic_error("the ids of the stream were not settled");
    return builder_->finish_stream(std::move(relations_));
  } catch (const std::exception& failure) {
    Result<EventGraph> result;
    result.diagnostics.push_back(model_stage_failed(header_.path, failure));
    return result;
  }
}

}  // namespace chronograph::detail
