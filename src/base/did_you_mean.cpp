#include "base/did_you_mean.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace chronograph::detail {

namespace {

// Code points, ASCII letters folded to lower case: "EVENING" is a spelling of "evening", and one
// Hangul syllable (three bytes) is one edit, not three.
std::u32string folded_code_points(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t value = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    if (value >= U'A' && value <= U'Z') value += U'a' - U'A';
    out.push_back(value);
    i += length;
  }
  return out;
}

std::size_t distance_between(const std::u32string& a, const std::u32string& b) {
  // Three rolling rows: the transposition step looks two rows back.
  std::vector<std::size_t> before_previous(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before_previous[j - 2] + 1);
    }
    std::swap(before_previous, previous);
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  return distance_between(folded_code_points(a), folded_code_points(b));
}

std::optional<std::string_view> closest_match(std::string_view word,
                                              std::span<const std::string_view> candidates) {
  std::optional<std::string_view> best;
  std::size_t best_distance = 0;
  const std::u32string folded_word = folded_code_points(word);
  for (const std::string_view candidate : candidates) {
    const std::u32string folded = folded_code_points(candidate);
    const std::size_t limit = folded.size() <= 3 ? 1 : 2;
    const std::size_t distance = distance_between(folded_word, folded);
    if (distance > limit || distance >= std::max(folded_word.size(), folded.size())) continue;
    if (!best || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

std::string did_you_mean(std::string_view word, std::span<const std::string_view> candidates) {
  const std::optional<std::string_view> match = closest_match(word, candidates);
  if (!match) return {};
  return fmt::format("; did you mean '{}'?", *match);
}

std::string join_choices(std::span<const std::string_view> choices, bool quote) {
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) out += i + 1 == choices.size() ? " or " : ", ";
    out += quote ? fmt::format("'{}'", choices[i]) : std::string(choices[i]);
  }
  return out;
}

}  // namespace chronograph::detail
