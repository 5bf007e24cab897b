#include "extract/tagger.hpp"

#include <algorithm>

namespace chronograph::extract_stage {

std::string_view Found::group(std::string_view text, std::string_view name) const {
  const int number = rule->regex.group_number(name);
  return match.text(text, number);
}

namespace {

void tag_sentence(const PreparedText& text, std::size_t index, std::vector<Found>& found) {
  const Sentence& sentence = text.sentences[index];
  const LanguageRules* rules = rules_for(sentence.language);
  if (rules == nullptr) return;
  // Matching runs on the whole text so that lookbehind sees what precedes the sentence, but a
  // match must lie inside it.
  const std::string_view subject(text.text.data(), sentence.span.end);
  for (const TimexRule& rule : rules->timex) {
    std::size_t start = sentence.span.begin;
    while (auto match = rule.regex.find(subject, start)) {
      if (match->end() == match->begin()) {
        start = match->end() + 1;
        continue;
      }
      start = match->end();
      found.push_back({{match->begin(), match->end()}, index, rules, &rule, std::move(*match)});
    }
  }
}

}  // namespace

std::vector<Found> tag(const PreparedText& text) {
  std::vector<Found> candidates;
  for (std::size_t i = 0; i < text.sentences.size(); ++i) {
    if (text.headline && text.sentences[i].paragraph == *text.headline) continue;
    if (text.byline && text.sentences[i].paragraph == *text.byline) continue;
    std::vector<Found> here;
    tag_sentence(text, i, here);
    // Longest first; among equals the earlier, then the rule listed first in its file.
    std::stable_sort(here.begin(), here.end(), [](const Found& a, const Found& b) {
      if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
      if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
      return a.rule < b.rule;
    });
    std::vector<Found> kept;
    for (Found& candidate : here) {
      const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Found& other) {
        return candidate.span.begin < other.span.end && other.span.begin < candidate.span.end;
      });
      if (!overlaps) kept.push_back(std::move(candidate));
    }
    std::sort(kept.begin(), kept.end(),
              [](const Found& a, const Found& b) { return a.span.begin < b.span.begin; });
    for (Found& f : kept) candidates.push_back(std::move(f));
  }
  return candidates;
}

}  // namespace chronograph::extract_stage
