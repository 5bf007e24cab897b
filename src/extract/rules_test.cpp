// The rule files compile, and a broken rule file is reported at its line.

#include <gtest/gtest.h>

#include <optional>
#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "extract/rules.hpp"

namespace chronograph::extract_stage {
namespace {

TEST(Rules, BuiltinFilesCompileWithoutProblems) {
  for (const Diagnostic& diagnostic : builtin_rule_diagnostics())
    ADD_FAILURE() << diagnostic.range.file << ":" << diagnostic.range.begin.line << ": "
                  << diagnostic.message;
  ASSERT_NE(rules_for("ko"), nullptr);
  ASSERT_NE(rules_for("en"), nullptr);
  EXPECT_EQ(rules_for("ko")->zone, "Asia/Seoul");
  EXPECT_EQ(rules_for("de"), nullptr);
}

TEST(Rules, TablesAreMacrosLongestFirst) {
  const auto loaded = load_rules(
      "language: xx\n"
      "words:\n"
      "  parts: {오후: afternoon, 늦은 오후: late afternoon}\n"
      "timex:\n"
      "  - {name: part, pattern: '(?<p>{parts})', value: {part: $p}}\n",
      "xx.yaml");
  ASSERT_TRUE(loaded.ok());
  const TimexRule& rule = loaded.value->timex.at(0);
  const auto match = rule.regex.find("이날 늦은  오후", 0);
  ASSERT_TRUE(match);
  EXPECT_EQ(match->text("이날 늦은  오후", 0), "늦은  오후");
  EXPECT_EQ(loaded.value->word("parts", "늦은 오후"), "late afternoon");
}

// The matcher trusts its UTF-8 (PCRE2_NO_UTF_CHECK, JIT): a subject or start cut inside a
// character is refused, not read past. English tense looked 24 bytes back into a Korean word and
// crashed (fuzz/regressions/extract/tense-looks-back-into-a-korean-word).
TEST(Rules, ASubjectCutInsideACharacterIsNoMatch) {
  Regex::Error error;
  const std::optional<Regex> any = Regex::compile(".", false, error);
  ASSERT_TRUE(any);
  const std::string_view word = "기원전";  // three 3-byte syllables
  EXPECT_TRUE(any->find(word, 0));
  EXPECT_FALSE(any->find(word.substr(1), 0));
  EXPECT_FALSE(any->find(word.substr(0, 4), 0));
  EXPECT_FALSE(any->find(word, 2));
  EXPECT_TRUE(any->find(word, 3));
  EXPECT_TRUE(any->find("a", 0));
  EXPECT_FALSE(any->find("", 0));
}

TEST(Rules, ABadPatternIsAnErrorAtItsLine) {
  const auto loaded = load_rules(
      "language: xx\n"
      "timex:\n"
      "  - name: broken\n"
      "    pattern: '(unclosed'\n",
      "xx.yaml");
  ASSERT_EQ(loaded.diagnostics.size(), 1u);
  EXPECT_EQ(loaded.diagnostics[0].range.begin, (SourcePosition{4, 14}));
  EXPECT_EQ(loaded.diagnostics[0].message,
            "pattern does not compile: missing closing parenthesis at offset 9 of the expanded "
            "pattern");
}

TEST(Rules, AnUnknownTypeIsAnError) {
  const auto loaded = load_rules(
      "language: xx\n"
      "timex:\n"
      "  - {name: r, pattern: 'x', type: moment}\n",
      "xx.yaml");
  ASSERT_EQ(loaded.diagnostics.size(), 1u);
  EXPECT_EQ(loaded.diagnostics[0].message, "type must be date, time, duration, set or none");
  EXPECT_EQ(loaded.diagnostics[0].range.begin, (SourcePosition{3, 35}));
}

}  // namespace
}  // namespace chronograph::extract_stage
