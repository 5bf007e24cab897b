#include "model/relation_records.hpp"

#include <gtest/gtest.h>

#include <string>

namespace chronograph::detail {
namespace {

SourceRange at(int line, int column, int length, const char* file = "r.json") {
  return {file, {line, column}, {line, column + length}};
}

RelationDecl relation(const std::string& from, const std::string& type, const std::string& to,
                      int line) {
  RelationDecl out;
  out.from = {from, at(line, 10, static_cast<int>(from.size()))};
  out.type = {type, at(line, 30, static_cast<int>(type.size()))};
  out.to = {to, at(line, 50, static_cast<int>(to.size()))};
  out.range = at(line, 3, 0);
  return out;
}

void expect_same(const RelationDecl& got, const RelationDecl& expected) {
  EXPECT_EQ(got.from.value, expected.from.value);
  EXPECT_EQ(got.from.range, expected.from.range);
  EXPECT_EQ(got.to.value, expected.to.value);
  EXPECT_EQ(got.to.range, expected.to.range);
  EXPECT_EQ(got.type.value, expected.type.value);
  EXPECT_EQ(got.type.range, expected.type.range);
  EXPECT_EQ(got.gap.has_value(), expected.gap.has_value());
  if (got.gap && expected.gap) {
    EXPECT_EQ(got.gap->value, expected.gap->value);
    EXPECT_EQ(got.gap->range, expected.gap->range);
  }
  EXPECT_EQ(got.label, expected.label);
  EXPECT_EQ(got.origin, expected.origin);
  EXPECT_EQ(got.range, expected.range);
}

// What goes in comes back, field for field, whether it was kept as a record or whole.
TEST(RelationRecords, GiveBackEachRelationAsItWasAdded) {
  std::vector<RelationDecl> added;
  added.push_back(relation("e1", "before", "e2", 4));
  added.push_back(relation("e2", "after", "ana", 5));
  RelationDecl gap = relation("e3", "before", "e4", 6);
  gap.gap = Located<std::string>{"~2 days", at(6, 70, 7)};
  added.push_back(gap);
  RelationDecl label = relation("e3", "label", "e4", 7);
  label.label = "met";
  label.origin = "l7";
  added.push_back(label);
  added.push_back(relation("e5", "part_of", "e6", 8));  // not spelt as the type's name
  added.push_back(relation(std::string(70000, 'x'), "causes", "e6", 9));
  RelationDecl elsewhere = relation("e5", "meets", "e6", 10);
  elsewhere.to.range = at(10, 50, 2, "other.json");
  added.push_back(elsewhere);
  added.push_back(relation("", "before", "e7", 11));
  added.push_back(relation("e8", "before", "e9", 12));
  RelationRecords records;
  records.reserve(added.size());
  for (RelationDecl decl : added) records.add(std::move(decl));
  ASSERT_EQ(records.size(), added.size());
  for (std::size_t k = 0; k < added.size(); ++k) {
    SCOPED_TRACE(k);
    expect_same(records[k], added[k]);
  }
}

}  // namespace
}  // namespace chronograph::detail
