#include "render/common/conflict_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

std::string contradiction_tooltip(std::span<const SceneContradiction> contradictions, NodeId event,
                                  Language language) {
  std::string text;
  for (const SceneContradiction& contradiction : contradictions) {
    if (std::find(contradiction.events.begin(), contradiction.events.end(), event) ==
        contradiction.events.end())
      continue;
    text += fmt::format("\n\n{}:", legend_text(LegendKey::contradiction, language));
    for (const std::string& line : contradiction.chain) text += fmt::format("\n  {}", line);
  }
  return text;
}

}  // namespace chronograph::detail
