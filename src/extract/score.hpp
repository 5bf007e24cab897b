#pragma once
// Internal: TempEval-3 timex scoring. Spans match strictly (same extent) or relaxed (overlap, one
// system timex per gold timex); value accuracy is over the relaxed matches; value F1 = value
// accuracy × relaxed F1. The document-creation timex is not scored.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/extract.hpp"

namespace chronograph::extract_stage {

struct GoldTimex {
  std::size_t begin = 0;  // bytes in GoldDocument::text
  std::size_t end = 0;
  std::string value;
};

struct GoldDocument {
  std::string text;  // the TEXT element with its tags stripped and entities decoded
  std::string dct;   // the creation time's value, "2013-03-22"
  std::vector<GoldTimex> timexes;
};

// Reads a TimeML file; nullopt when it is not XML or has no TEXT.
[[nodiscard]] std::optional<GoldDocument> read_gold(std::string_view tml);

struct Counts {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t strict = 0;   // same extent
  std::size_t relaxed = 0;  // overlapping
  std::size_t value = 0;    // relaxed matches with the gold value
  Counts& operator+=(const Counts& other);
};

[[nodiscard]] Counts score(const std::vector<GoldTimex>& gold, const std::vector<Timex>& system);

struct Scores {
  double strict_precision, strict_recall, strict_f1;
  double relaxed_precision, relaxed_recall, relaxed_f1;
  double value_accuracy, value_f1;
};
[[nodiscard]] Scores scores(const Counts& counts);

}  // namespace chronograph::extract_stage
