#include <string>

#include <gtest/gtest.h>

#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "parse/parse_test_support.hpp"

namespace chronograph {
namespace {

Result<Document> parse_relations(std::string_view relations) {
  return parse_document("chronograph: 1\nrelations:\n" + std::string(relations), "r.yaml");
}

TEST(Relations, AcceptsEveryWritableTypeInBothForms) {
  for (int i = 0; i <= static_cast<int>(RelationType::label); ++i) {
    const std::string type(to_string(static_cast<RelationType>(i)));
    const std::string label = type == "label" ? ", label: x" : "";
    const Result<Document> map_form =
        parse_relations("  - {from: a, type: " + type + ", to: b" + label + "}\n");
    EXPECT_TRUE(map_form.ok()) << type << "\n" << format_diagnostics(map_form.diagnostics, "");
    if (type == "label") continue;  // the shorthand has no room for the caption
    const Result<Document> shorthand = parse_relations("  - a " + type + " b\n");
    ASSERT_TRUE(shorthand.ok()) << type;
    EXPECT_EQ(shorthand.value->relations.front().type.value, type);
  }
}

TEST(Relations, RejectsImpliedTypes) {
  for (const std::string_view type : {"participant", "located-at", "affiliated-with"}) {
    const Result<Document> result =
        parse_relations("  - {from: a, type: " + std::string(type) + ", to: b}\n");
    ASSERT_EQ(result.diagnostics.size(), 1U) << type;
    EXPECT_EQ(result.diagnostics[0].message,
              "relation type '" + std::string(type) +
                  "' is implied by event and entity fields and cannot be written");
  }
}

TEST(Relations, ShorthandWordsHaveExactRanges) {
  const Result<Document> result = parse_relations("  - \"arrival  meets tour\"\n");
  ASSERT_TRUE(result.ok());
  const RelationDecl& r = result.value->relations.front();
  EXPECT_EQ(r.from.range, (SourceRange{"r.yaml", {3, 6}, {3, 13}}));
  EXPECT_EQ(r.type.range, (SourceRange{"r.yaml", {3, 15}, {3, 20}}));
  EXPECT_EQ(r.to.range, (SourceRange{"r.yaml", {3, 21}, {3, 25}}));
  EXPECT_EQ(r.range, (SourceRange{"r.yaml", {3, 6}, {3, 25}}));
  EXPECT_FALSE(r.gap.has_value());
}

TEST(Relations, ShorthandNeedsThreeWords) {
  const Result<Document> result = parse_relations("  - arrival before\n");
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_EQ(
      format_diagnostics(result.diagnostics, "chronograph: 1\nrelations:\n  - arrival before\n"),
      "r.yaml:3:5: error: a relation must be a map {from: id, type: type, to: id} or a "
      "string 'FROM TYPE TO'\n  - arrival before\n    ^~~~~~~~~~~~~~\n");
}

TEST(Relations, GapOnlyOnTemporalRelations) {
  const Result<Document> temporal =
      parse_relations("  - {from: a, type: before, to: b, gap: \"~7 months\"}\n");
  ASSERT_TRUE(temporal.ok());
  ASSERT_TRUE(temporal.value->relations.front().gap.has_value());
  EXPECT_EQ(temporal.value->relations.front().gap->value, "~7 months");
  EXPECT_EQ(temporal.value->relations.front().gap->range,
            (SourceRange{"r.yaml", {3, 42}, {3, 51}}));

  const Result<Document> causal =
      parse_relations("  - {from: a, type: causes, to: b, gap: 1 day}\n");
  ASSERT_EQ(causal.diagnostics.size(), 1U);
  EXPECT_EQ(causal.diagnostics[0].message,
            "'gap' is only allowed on temporal relations, not on 'causes'");
}

TEST(Relations, LabelTypeNeedsALabelAndOtherTypesMayHaveOne) {
  const Result<Document> missing = parse_relations("  - {from: a, type: label, to: b}\n");
  ASSERT_EQ(missing.diagnostics.size(), 1U);
  EXPECT_EQ(missing.diagnostics[0].message, "a 'label' relation needs a 'label:' text");
  const Result<Document> shorthand = parse_relations("  - a label b\n");
  ASSERT_EQ(shorthand.diagnostics.size(), 1U);

  const Result<Document> caption =
      parse_relations("  - {from: a, type: causes, to: b, label: 투자 논의}\n");
  ASSERT_TRUE(caption.ok());
  EXPECT_EQ(caption.value->relations.front().label, "투자 논의");
}

TEST(Relations, KeepFileOrderAndRanges) {
  const Result<Document> result = parse_relations(
      "  - {from: a, type: before, to: b}\n"
      "  - b after c\n"
      "  - from: c\n"
      "    type: during\n"
      "    to: d\n");
  ASSERT_TRUE(result.ok());
  const auto& relations = result.value->relations;
  ASSERT_EQ(relations.size(), 3U);
  EXPECT_EQ(relations[0].range.begin, (SourcePosition{3, 5}));
  EXPECT_EQ(relations[1].type.value, "after");  // kept as written; the model normalises
  EXPECT_EQ(relations[2].range.begin, (SourcePosition{5, 5}));
  EXPECT_EQ(relations[2].to.value, "d");
}

TEST(Relations, SectionMustBeAList) {
  const Result<Document> result = parse_document("chronograph: 1\nrelations: a before b\n", "r");
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_EQ(result.diagnostics[0].message, "relations must be a list");
}

}  // namespace
}  // namespace chronograph
