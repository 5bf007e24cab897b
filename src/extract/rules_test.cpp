// The rule files compile, and a broken rule file is reported at its line.

#include <gtest/gtest.h>

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
