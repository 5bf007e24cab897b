#include "model/resolve.hpp"

#include <gtest/gtest.h>

#include <string>

#include "chronograph/limits.hpp"

namespace chronograph::detail {
namespace {

Document people_and_one_event() {
  Document document;
  document.path = "f.yaml";
  EventDecl event;
  event.id = {"meeting", {"f.yaml", {3, 3}, {3, 10}}};
  document.events.push_back(event);
  for (int k = 0; k < 3; ++k) {
    EntityDecl person;
    person.id = {"actor" + std::to_string(k), {"f.yaml", {5 + k, 3}, {5 + k, 9}}};
    document.entities.push_back(person);
  }
  return document;
}

TEST(IdTable, NumbersEventsFirstThenEntitiesInFileOrder) {
  Diagnostics diagnostics;
  const IdTable ids = assign_ids(people_and_one_event(), diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(ids.find("meeting"), NodeId{0});
  EXPECT_EQ(ids.find("actor2"), NodeId{3});
  EXPECT_EQ(ids.kind_of(3), NodeKind::entity);
}

// Each suggestion compares the unknown id with every id of the file, so only the first ones get
// one: a file of n dangling references is checked in O(n), not O(n²).
TEST(IdTable, OnlyTheFirstUnknownIdsGetADidYouMean) {
  Diagnostics diagnostics;
  const IdTable ids = assign_ids(people_and_one_event(), diagnostics);
  const std::size_t count = limits::max_id_suggestions + 5;
  for (std::size_t k = 0; k < count; ++k)
    EXPECT_FALSE(ids.resolve({"actr1", {"f.yaml", {9, 3}, {9, 8}}}, diagnostics));
  ASSERT_EQ(diagnostics.size(), count);
  EXPECT_EQ(diagnostics.front().message, "unknown id 'actr1'; did you mean 'actor1'?");
  EXPECT_EQ(diagnostics[limits::max_id_suggestions - 1].message,
            "unknown id 'actr1'; did you mean 'actor1'?");
  EXPECT_EQ(diagnostics[limits::max_id_suggestions].message, "unknown id 'actr1'");
  EXPECT_EQ(diagnostics.back().message, "unknown id 'actr1'");
}

// The relations are checked on a thread of their own, with their own count: which unknown ids
// get a suggestion then does not depend on which thread came first.
TEST(IdTable, EachCountOfSuggestionsIsItsOwn) {
  Diagnostics diagnostics;
  const IdTable ids = assign_ids(people_and_one_event(), diagnostics);
  for (std::size_t k = 0; k < limits::max_id_suggestions; ++k)
    EXPECT_FALSE(ids.resolve({"actr1", {"f.yaml", {9, 3}, {9, 8}}}, diagnostics));
  IdTable::Suggestions own;
  EXPECT_FALSE(ids.resolve({"actr1", {"f.yaml", {9, 3}, {9, 8}}}, diagnostics, own));
  EXPECT_FALSE(ids.resolve({"actr1", {"f.yaml", {9, 3}, {9, 8}}}, diagnostics));
  EXPECT_EQ(own.looked_for, 1U);
  ASSERT_EQ(diagnostics.size(), limits::max_id_suggestions + 2);
  EXPECT_EQ(diagnostics[limits::max_id_suggestions].message,
            "unknown id 'actr1'; did you mean 'actor1'?");
  EXPECT_EQ(diagnostics.back().message, "unknown id 'actr1'");
}

}  // namespace
}  // namespace chronograph::detail
