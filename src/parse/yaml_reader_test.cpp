#include "parse/yaml_reader.hpp"

#include <array>

#include <gtest/gtest.h>

#include "parse/parse_test_support.hpp"

namespace chronograph::detail {
namespace {

// A reader over one YAML text, for exercising single helpers.
struct Fixture {
  explicit Fixture(std::string_view text)
      : source(text), reader(source, "t.yaml", diagnostics), root(YAML::Load(std::string(text))) {}
  Field field(std::string_view key) {
    for (const auto& pair : root)
      if (pair.first.Scalar() == key)
        return {pair.first.Scalar(), pair.first, pair.second, reader.text_range(pair.first)};
    return {};
  }
  SourceText source;
  Diagnostics diagnostics;
  Reader reader;
  YAML::Node root;
};

TEST(YamlReader, ReadsLocalizedText) {
  Fixture f("a: plain\nb: {ko: 가, en: A}\nc: {en: only}\n");
  EXPECT_EQ(f.reader.text(f.field("a"))->plain, "plain");
  const auto both = f.reader.text(f.field("b"));
  ASSERT_TRUE(both.has_value());
  EXPECT_EQ(both->ko, "가");
  EXPECT_EQ(both->en, "A");
  EXPECT_EQ(f.reader.text(f.field("c"))->ko, "");
  EXPECT_TRUE(f.diagnostics.empty());
}

// The real limits (a million entries) are too big for a unit test; the check is the same.
TEST(YamlReader, SectionsLongerThanTheirLimitAreReportedUnread) {
  Fixture f("events: {a: {}, b: {}, c: {}}\nrelations: [a, b, c]\n");
  EXPECT_EQ(f.reader.id_map(f.field("events"), "event", 3).size(), 3U);
  EXPECT_TRUE(f.diagnostics.empty());
  EXPECT_TRUE(f.reader.id_map(f.field("events"), "event", 2).empty());
  EXPECT_FALSE(f.reader.check_size(f.field("relations").value, "relations", 2));
  EXPECT_EQ(format_diagnostics(f.diagnostics, ""),
            "t.yaml:1:9: error: more than 2 events (see docs/limits.md)\n"
            "t.yaml:2:12: error: more than 2 relations (see docs/limits.md)\n");
}

TEST(YamlReader, ReadsStringListsStrictly) {
  Fixture f("a: [x, y]\nb: x\nc: [x, [y]]\n");
  EXPECT_EQ(f.reader.string_list(f.field("a")), (std::vector<std::string>{"x", "y"}));
  EXPECT_FALSE(f.reader.string_list(f.field("b")).has_value());
  EXPECT_FALSE(f.reader.string_list(f.field("c")).has_value());
  ASSERT_EQ(f.diagnostics.size(), 2U);
  EXPECT_EQ(f.diagnostics[0].message, "b must be a list of strings");
  EXPECT_EQ(f.diagnostics[0].range.begin, (SourcePosition{2, 4}));
}

TEST(YamlReader, FieldsReportUnknownKeysOnceAndSuggestRequiredOnes) {
  Fixture f("m: {naem: x, kind: person, colour: red}\n");
  constexpr std::array<std::string_view, 2> allowed{"name", "kind"};
  Fields fields(f.reader, f.field("m").value, allowed, " in entity 'm'", {});
  EXPECT_EQ(fields.required("name"), nullptr);  // misspelt: already reported as unknown
  ASSERT_NE(fields.required("kind"), nullptr);
  ASSERT_EQ(f.diagnostics.size(), 2U);
  EXPECT_EQ(f.diagnostics[0].message, "unknown key 'naem' in entity 'm'; did you mean 'name'?");
  EXPECT_EQ(f.diagnostics[1].message, "unknown key 'colour' in entity 'm'");
}

TEST(YamlReader, ChecksIds) {
  EXPECT_TRUE(is_valid_id("arrival"));
  EXPECT_TRUE(is_valid_id("2024-visit"));
  EXPECT_TRUE(is_valid_id("A.b_c-d"));
  EXPECT_FALSE(is_valid_id(""));
  EXPECT_FALSE(is_valid_id("-a"));
  EXPECT_FALSE(is_valid_id(".a"));
  EXPECT_FALSE(is_valid_id("a b"));
  EXPECT_FALSE(is_valid_id("방한"));
  EXPECT_FALSE(is_valid_id("a/b"));
}

}  // namespace
}  // namespace chronograph::detail
