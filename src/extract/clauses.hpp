#pragma once
// Internal: which words of a sentence belong to which expression. Korean is verb-final, so a
// clause runs up to its connective ending (-고, -며, -면서, -으나…) or the sentence end; inside a
// clause each dated expression owns the words up to the next one. English keeps one event per
// sentence. Patterns come from the rule files' `draft` section.

#include <string>
#include <utility>
#include <vector>

#include "extract/prepare.hpp"
#include "extract/resolve.hpp"

namespace chronograph::extract_stage {

struct ClauseEvent {
  const Resolved* timex = nullptr;
  bool make_event = true;           // false: the expression only anchors or relates
  std::string title;                // from the clause, particles and reporting verbs removed
  bool title_from_context = false;  // the clause after the expression said nothing
  std::string quote;                // the clause as written
  Span quote_span;                  // in PreparedText::text
  std::size_t paragraph = 0;
  std::string status = "happened";  // planned | reported | superseded | happened
  std::string status_words;         // the ending that decided it
  std::string scope;                // where participants are looked for
  std::vector<std::pair<std::string, std::string>> people;  // (name, title) found in the clause
  // An event the text names next to the expression: "출국 전 …" (this one is `before` 출국),
  // "방한 중 …" (this one is `part-of` 방한).
  std::string related_event;
  std::string relation;        // before | part-of
  std::string relation_words;  // as written: "출국 전"
};

[[nodiscard]] std::vector<ClauseEvent> clause_events(const PreparedText& text,
                                                     const std::vector<Resolved>& resolved);

}  // namespace chronograph::extract_stage
