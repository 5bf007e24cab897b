#include "time/day_parts.hpp"

#include <array>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"

#include "time/text.hpp"

namespace chronograph::detail {

namespace {

struct Phrase {
  std::string_view words;
  DayPart part;
};

// The hour ranges are a product decision recorded in docs/time.md; keep the two in step.
constexpr DayPart early_morning{"early morning", 0, 6};
constexpr DayPart morning{"morning", 6, 12};
constexpr DayPart breakfast_time{"breakfast time", 6, 9};
constexpr DayPart daytime{"daytime", 9, 18};
constexpr DayPart noon{"noon", 12, 12};
constexpr DayPart afternoon{"afternoon", 12, 18};
constexpr DayPart late_afternoon{"late afternoon", 15, 18};
constexpr DayPart evening{"evening", 18, 21};
constexpr DayPart night{"night", 21, 24};
constexpr DayPart late{"late", 18, 24};
constexpr DayPart late_night{"late night", 21, 24};

constexpr std::array phrases{
    Phrase{"early morning", early_morning},
    Phrase{"dawn", early_morning},
    Phrase{"새벽", early_morning},
    Phrase{"morning", morning},
    Phrase{"오전", morning},
    Phrase{"breakfast time", breakfast_time},
    Phrase{"아침", breakfast_time},
    Phrase{"daytime", daytime},
    Phrase{"낮", daytime},
    Phrase{"noon", noon},
    Phrase{"정오", noon},
    Phrase{"afternoon", afternoon},
    Phrase{"오후", afternoon},
    Phrase{"late afternoon", late_afternoon},
    Phrase{"늦은 오후", late_afternoon},
    Phrase{"evening", evening},
    Phrase{"저녁", evening},
    Phrase{"night", night},
    Phrase{"밤", night},
    Phrase{"late", late},
    Phrase{"late in the day", late},
    Phrase{"늦게", late},
    Phrase{"late night", late_night},
    Phrase{"밤늦게", late_night},
};

}  // namespace

std::optional<DayPart> find_day_part(std::string_view phrase) {
  const std::string lowered = ascii_lower(phrase);
  for (const Phrase& candidate : phrases)
    if (candidate.words == lowered) return candidate.part;
  return std::nullopt;
}

const std::vector<std::string_view>& day_part_phrases() {
  static const std::vector<std::string_view> all = [] {
    std::vector<std::string_view> words;
    for (const Phrase& candidate : phrases) words.push_back(candidate.words);
    return words;
  }();
  return all;
}

std::string unknown_day_part(std::string_view phrase) {
  const auto suggestion = closest_match(phrase, day_part_phrases());
  return suggestion
             ? fmt::format("unknown part of day '{}'; did you mean '{}'?", phrase, *suggestion)
             : fmt::format("unknown part of day '{}'", phrase);
}

}  // namespace chronograph::detail
