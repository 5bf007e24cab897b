#pragma once
// Internal: runs every timex rule of a sentence's language over it and keeps the longest matches
// that do not overlap (ties: the earlier, then the rule listed first).

#include <cstddef>
#include <vector>

#include "extract/prepare.hpp"
#include "extract/regex.hpp"
#include "extract/rules.hpp"

namespace chronograph::extract_stage {

struct Found {
  Span span;                 // in PreparedText::text
  std::size_t sentence = 0;  // index into PreparedText::sentences
  const LanguageRules* rules = nullptr;
  const TimexRule* rule = nullptr;
  RegexMatch match;  // offsets in PreparedText::text

  // The text a rule value names: a literal, or `$group` (and `-$group`) for what the group matched.
  [[nodiscard]] std::string_view group(std::string_view text, std::string_view name) const;
};

// In text order.
[[nodiscard]] std::vector<Found> tag(const PreparedText& text);

}  // namespace chronograph::extract_stage
