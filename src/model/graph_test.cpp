#include "chronograph/graph.hpp"

#include <gtest/gtest.h>

#include "chronograph/adapters/boost_graph.hpp"

namespace chronograph {
namespace {

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

TEST(EventGraph, RelationNamesRoundTrip) {
  for (int i = 0; i <= static_cast<int>(RelationType::affiliated_with); ++i) {
    const auto type = static_cast<RelationType>(i);
    EXPECT_EQ(relation_type_from_string(to_string(type)), type) << to_string(type);
  }
  EXPECT_FALSE(relation_type_from_string("befor").has_value());
}

TEST(Text, FallsBackAcrossLanguages) {
  Text only_ko{"", "하이닉스", ""};
  EXPECT_EQ(only_ko.in(Language::en), "하이닉스");
  Text both{"", "회의", "meeting"};
  EXPECT_EQ(both.in(Language::ko), "회의");
  EXPECT_EQ(both.in(Language::en), "meeting");
}

}  // namespace
}  // namespace chronograph
