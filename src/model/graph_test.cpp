#include "chronograph/graph.hpp"

#include <gtest/gtest.h>

#include "chronograph/adapters/boost_graph.hpp"

namespace chronograph {
namespace {

std::string fmt_relation(const EventGraph& graph, const Relation& relation) {
  return std::to_string(relation.sequence) + " " + graph.id(relation.from) + " " +
         std::string(to_string(relation.type)) + " " + graph.id(relation.to) + " " +
         relation.label();
}

TEST(EventGraph, KeepsNodesAndRelationsInInsertionOrder) {
  EventGraph graph;
  Event a;
  a.id = "a";
  Event b;
  b.id = "b";
  Entity altman;
  altman.id = "altman";
  altman.kind = EntityKind::person;
  const NodeId na = graph.add_event(a);
  const NodeId nb = graph.add_event(b);
  const NodeId ne = graph.add_entity(altman);
  graph.add_relation({nb, na, RelationType::after});
  graph.add_relation({na, ne, RelationType::participant});
  graph.add_relation({na, nb, RelationType::before});

  EXPECT_EQ(graph.node_count(), 3u);
  EXPECT_EQ(graph.kind(ne), NodeKind::entity);
  EXPECT_EQ(graph.find("b"), nb);
  EXPECT_FALSE(graph.find("zzz").has_value());
  const auto relations = graph.relations();
  ASSERT_EQ(relations.size(), 3u);
  EXPECT_EQ(relations[0].type, RelationType::after);
  EXPECT_EQ(relations[1].type, RelationType::participant);
  EXPECT_EQ(relations[2].type, RelationType::before);
  for (std::size_t k = 0; k < relations.size(); ++k) EXPECT_EQ(relations[k].sequence, k);
  EXPECT_THROW((void)graph.entity(na), std::logic_error);
  EXPECT_EQ(boost::num_edges(boost_graph(graph)), 3u);
}

// The id index is built at the first find(): nodes added after it, copies of the graph and two
// nodes with one id (the first is found) behave as if every node were indexed when added.
TEST(EventGraph, FindsIdsAddedBeforeAndAfterTheFirstLookUp) {
  EventGraph graph;
  Event a;
  a.id = "a";
  const NodeId first = graph.add_event(a);
  graph.add_event(a);
  EXPECT_EQ(graph.find("a"), first);
  Entity later;
  later.id = "later";
  const NodeId added = graph.add_entity(later);
  EXPECT_EQ(graph.find("later"), added);
  const EventGraph copy = graph;
  EXPECT_EQ(copy.find("later"), added);
  EXPECT_EQ(copy.find("a"), first);
  EXPECT_EQ(copy.id(added), "later");
}

// A relation's rare texts are shared by its copies and copied when one of them changes.
TEST(Relation, TextsAreSharedAndCopiedOnWrite) {
  Relation plain{0, 1, RelationType::before};
  EXPECT_EQ(plain.text, nullptr);
  EXPECT_EQ(plain.label(), "");
  EXPECT_FALSE(plain.gap().has_value());
  plain.set_label("");  // nothing to keep: still no text
  EXPECT_EQ(plain.text, nullptr);
  Relation one = plain;
  one.set_label("then");
  one.set_origin("l1");
  Relation two = one;
  two.set_gap(DurationSpec{"2 days", 2 * 86400, 2 * 86400, false});
  EXPECT_EQ(one.label(), "then");
  EXPECT_FALSE(one.gap().has_value());
  EXPECT_EQ(two.label(), "then");
  EXPECT_EQ(two.origin(), "l1");
  ASSERT_TRUE(two.gap().has_value());
  EXPECT_EQ(two.gap()->text, "2 days");
  EXPECT_EQ(sizeof(Relation), 56u);  // what a big file's millions of edges cost, each
}

TEST(EventGraph, RelationNamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(RelationType::affiliated_with); ++i) {
    const auto type = static_cast<RelationType>(i);
    EXPECT_EQ(relation_type_from_string(to_string(type)), type) << to_string(type);
  }
  EXPECT_FALSE(relation_type_from_string("befor").has_value());
}

// An event's rare fields sit on the heap: a copy is deep, and they read and assign as optionals.
TEST(Rare, CopiesDeeplyAndAssignsAsAnOptional) {
  Event event;
  EXPECT_FALSE(event.duration);
  event.duration = std::optional<DurationSpec>(DurationSpec{"2h", 7200, 7200, false});
  Event copy = event;
  copy.duration->text = "3h";
  EXPECT_EQ(event.duration->text, "2h");
  event.duration = std::nullopt;
  EXPECT_FALSE(event.duration.has_value());
  EXPECT_TRUE(copy.duration.optional().has_value());
  event.source.emplace(SourceNote{"quote", "p. 2"});
  EXPECT_EQ(event.source->where, "p. 2");
  // What a million events cost (docs/performance.md, "Memory per event"): 536 bytes until the
  // titles' translations and the time's day part stopped taking room in events that have none,
  // and its zone became one shared name (chronograph/interned.hpp).
  if constexpr (sizeof(void*) == 8) {
    EXPECT_LE(sizeof(Event), 424U);
  }
}

TEST(Text, FallsBackAcrossLanguages) {
  Text only_ko{"", "하이닉스", ""};
  EXPECT_EQ(only_ko.in(Language::en), "하이닉스");
  Text both{"", "회의", "meeting"};
  EXPECT_EQ(both.in(Language::ko), "회의");
  EXPECT_EQ(both.in(Language::en), "meeting");
}

TEST(Text, HoldsItsVersionsOnlyWhenOneIsGiven) {
  Text plain{"Strike"};
  EXPECT_EQ(plain.ko(), "");
  EXPECT_EQ(plain.in(Language::ko), "Strike");
  plain.set(Language::en, "");  // an empty version is no version
  EXPECT_EQ(plain, Text{"Strike"});
  plain.set(Language::ko, "파업");
  EXPECT_EQ(plain.ko(), "파업");
  EXPECT_EQ(plain.en(), "");
  EXPECT_EQ(plain.in(Language::ko), "파업");
  EXPECT_EQ(plain.in(Language::en), "Strike");
  EXPECT_NE(plain, Text{"Strike"});
  EXPECT_EQ(plain, (Text{"Strike", "파업"}));
  plain.set(Language::ko, "");  // emptied again: a plain Text again
  EXPECT_EQ(plain, Text{"Strike"});
  if constexpr (sizeof(void*) == 8) {
    EXPECT_LE(sizeof(Text), 40U);
  }
}

// Participations, places and affiliations are relations derived from the nodes' fields, after the
// stored ones; the Boost graph holds only what was stored, and a copy with them is one call away.
TEST(EventGraph, DerivesTheRelationsFieldsImplyAfterTheStoredOnes) {
  EventGraph graph;
  const auto event = [&](std::string id) {
    Event added;
    added.id = std::move(id);
    return graph.add_event(std::move(added));
  };
  const auto entity = [&](std::string id) {
    Entity added;
    added.id = std::move(id);
    return graph.add_entity(std::move(added));
  };
  const NodeId nv = event("visit");
  const NodeId nt = event("talk");
  const NodeId ns = entity("seoul");
  const NodeId no = entity("openai");
  Entity altman;
  altman.id = "altman";
  altman.affiliation = no;
  altman.role = "CEO";
  const NodeId na = graph.add_entity(altman);
  graph.event(nv).participants = {{na, "guest"}, {no, ""}};
  graph.event(nv).place = ns;
  graph.add_relation({nv, nt, RelationType::before});
  EXPECT_EQ(graph.relation_count(), 1u);  // not derived until asked: a hand-built graph's own
  graph.derive_implied_relations();

  ASSERT_EQ(graph.relation_count(), 5u);
  EXPECT_EQ(graph.stored_relation_count(), 1u);
  EXPECT_EQ(graph.stored_relations().size(), 1u);
  std::vector<std::string> seen;
  for (const Relation& relation : graph.relations()) seen.push_back(fmt_relation(graph, relation));
  EXPECT_EQ(seen,
            (std::vector<std::string>{"0 visit before talk ", "1 visit participant altman guest",
                                      "2 visit participant openai ", "3 visit located-at seoul ",
                                      "4 altman affiliated-with openai CEO"}));
  EXPECT_TRUE(graph.relation(2).implied);
  EXPECT_FALSE(graph.relation(0).implied);
  EXPECT_EQ(graph.out_relations(nv).size(), 4u);
  EXPECT_EQ(graph.out_relations(na).size(), 1u);
  EXPECT_EQ(graph.out_relations(nt).size(), 0u);
  EXPECT_EQ(boost::num_edges(boost_graph(graph)), 1u);
  EXPECT_EQ(boost::num_edges(boost_graph_with_implied(graph)), 5u);

  // A node added afterwards implies its own; a copy keeps them.
  Event later;
  later.id = "later";
  later.participants = {{na, "guest"}};
  graph.add_event(later);
  const EventGraph copy = graph;
  ASSERT_EQ(copy.relation_count(), 6u);
  EXPECT_EQ(fmt_relation(copy, copy.relation(4)), "4 later participant altman guest");
  EXPECT_EQ(fmt_relation(copy, copy.relation(5)), "5 altman affiliated-with openai CEO");
}

}  // namespace
}  // namespace chronograph
