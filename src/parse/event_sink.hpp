#pragma once
// Internal: where a streaming reader puts the events and relations it reads, one by one, instead
// of keeping them in its Document (model/model_stream.hpp models them as they come).

#include <cstddef>
#include <vector>

#include "chronograph/document.hpp"

namespace chronograph::detail {

class EventSink {
 public:
  virtual ~EventSink() = default;
  // Once, before the first event: the document's settings and entities (its events and
  // relations empty), and how many events may follow. `by_mention`: a table's way (CSV), whose
  // entities are the ids its rows name as participants or places: each such id not known yet is
  // an entity, in order of first mention (participants, then place, row by row), and their
  // declarations come after the last event (end_entities).
  virtual void begin(Document header, std::size_t events, bool by_mention) = 0;
  // Each event, in file order, as the reader leaves it (also one with an error of its own: the
  // reader's diagnostics then say that the file is not to be modelled).
  virtual void add(EventDecl&& event) = 0;
  // Each written relation, in file order, with a guess of how many follow first. Called from one
  // thread at a time, which need not be the events' (the relations are read in the background).
  virtual void reserve_relations(std::size_t count) = 0;
  virtual void add_relation(RelationDecl&& relation) = 0;
  // by_mention only: the entities the rows named, in order of first mention, after the last event.
  virtual void end_entities(std::vector<EntityDecl> entities) = 0;
};

}  // namespace chronograph::detail
