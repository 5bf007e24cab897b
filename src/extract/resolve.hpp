#pragma once
// Internal: the resolver. Turns each tagged expression into a TIMEX3 value and a chronograph time
// expression against two anchors: the publication date and the narrative reference date, which
// explicit dates move ("26일" sets it; "이날" is it, "전날" the day before it).

#include <optional>
#include <string>
#include <vector>

#include "chronograph/extract.hpp"
#include "extract/prepare.hpp"
#include "extract/tagger.hpp"

namespace chronograph::extract_stage {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool year_known = true;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

struct Anchors {
  std::optional<CivilDate> publication;  // local date of publication
  std::string zone;                      // the draft's zone: where the local dates are read
  CivilDate narrative;                   // starts at the publication date
  std::string publication_text;          // the publication time expression
};

struct Resolved {
  Timex timex;
  Span span;                 // in PreparedText::text
  std::size_t sentence = 0;  // index into PreparedText::sentences
  const LanguageRules* rules = nullptr;
  CivilDate narrative;           // the narrative date in force where it stands
  std::optional<CivilDate> day;  // the day it names, when it names one (events hang on it)
  bool gap_to_previous = false;  // "7개월 만": the gap since the previously mentioned date
  bool sets_narrative = false;
  std::optional<CivilDate> moves_narrative_to;  // a counted step on from the story's time
};

// Resolves `found` (the tagger's matches, in text order) one after the other, moving the
// narrative date as explicit dates go by.
[[nodiscard]] std::vector<Resolved> resolve_all(const PreparedText& text,
                                                const std::vector<Found>& found, Anchors anchors);

// Digits as a number; nullopt for anything else.
[[nodiscard]] std::optional<int> to_int(std::string_view digits);

// "YYYY-MM-DD" (or "XXXX-MM-DD") of a date.
[[nodiscard]] std::string iso_date(const CivilDate& date);

}  // namespace chronograph::extract_stage
