#pragma once
// Internal: one language's rules, read from its YAML file (src/extract/rules/<lang>.yaml) and
// compiled to PCRE2. The file format is described in docs/extract.md.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/extract.hpp"
#include "extract/regex.hpp"

namespace chronograph::extract_stage {

struct TimexRule {
  std::string name;
  TimexType type = TimexType::date;
  bool skip = false;  // type `none`: claims its words ("May I") so that no other rule tags them
  Regex regex;
  // How to compute the value: field → a literal, or `$group` for the text a named group matched.
  std::map<std::string, std::string> value;
};

struct LanguageRules {
  std::string language;
  std::string zone;  // the zone a local offset most likely means (ko: Asia/Seoul), or empty
  std::vector<TimexRule> timex;
  // Word tables (parts of day, units, numbers, month names…), keys lower-case.
  std::map<std::string, std::map<std::string, std::string>> words;
  // Patterns the draft stage uses (clause ends, status endings, names with titles…), by name.
  std::map<std::string, Regex> patterns;

  // The entry of `table` for `key` (compared lower-case), or empty.
  [[nodiscard]] std::string_view word(std::string_view table, std::string_view key) const;
  // The pattern called `name`, or nullptr when the file has none.
  [[nodiscard]] const Regex* pattern(std::string_view name) const;
};

// Reads one rule file; `file` names it in diagnostics (positions are line:col in the YAML).
[[nodiscard]] Result<LanguageRules> load_rules(std::string_view yaml, std::string_view file);

// The embedded rule files, compiled once per process. Problems in them are programming errors;
// rules_test.cpp asserts there are none, and `builtin_rule_diagnostics` keeps them for callers.
[[nodiscard]] const std::vector<LanguageRules>& builtin_rules();
[[nodiscard]] const Diagnostics& builtin_rule_diagnostics();
[[nodiscard]] const LanguageRules* rules_for(std::string_view language);

}  // namespace chronograph::extract_stage
