#pragma once
// Internal to the model stage: a data file modelled as it is read. The reader hands each event
// over as it reads it (detail::EventSink), so that the declarations of a million events are
// never in memory at once; the written relations are kept as small records
// (model/relation_records.hpp) and checked once every id is known.

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "base/handoff.hpp"
#include "chronograph/graph.hpp"
#include "model/relation_records.hpp"
#include "parse/event_sink.hpp"

namespace chronograph::detail {

class ModelBuilder;

class ModelStream final : public EventSink {
 public:
  ModelStream();
  ~ModelStream() override;
  ModelStream(const ModelStream&) = delete;
  ModelStream& operator=(const ModelStream&) = delete;

  void begin(Document header, std::size_t events, bool by_mention) override;
  void add(EventDecl&& event) override;
  void reserve_relations(std::size_t count) override { relations_.reserve(count); }
  void add_relation(RelationDecl&& relation) override { relations_.add(std::move(relation)); }
  void end_entities(std::vector<EntityDecl> entities) override { mentioned_ = std::move(entities); }

  // Waits for the events handed over to be built (on a thread of their own, while the reader
  // reads on). False when nothing began, or when the ids could not be settled as the events came
  // (an event taking the id of an entity written after it).
  [[nodiscard]] bool exact();
  // The graph and the model stage's messages, as build_model gives them for the whole document.
  // Only when exact(): otherwise the caller builds the whole document instead.
  [[nodiscard]] Result<EventGraph> finish();

 private:
  Document header_;
  RelationRecords relations_;
  bool by_mention_ = false;
  std::vector<EntityDecl> mentioned_;  // end_entities', until the builder's thread is done
  std::unique_ptr<ModelBuilder> builder_;
  std::unique_ptr<Handoff<EventDecl>> handoff_;  // after builder_, which its thread uses
  std::string failure_;                          // what stopped that thread
};

}  // namespace chronograph::detail
