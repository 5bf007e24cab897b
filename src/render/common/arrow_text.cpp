#include "render/common/arrow_text.hpp"

#include <fmt/format.h>

#include "render/common/event_text.hpp"

namespace chronograph::detail {

namespace {

std::string statement(const EventGraph& graph, const RelationArrow& arrow, Language language) {
  const std::string from = node_title(graph, arrow.from, language);
  const std::string to = node_title(graph, arrow.to, language);
  const bool supersedes = arrow.type == RelationType::supersedes;
  if (language == Language::ko)
    return fmt::format("{} → {} ({})", from, to, supersedes ? "대체" : "먼저 일어남");
  return fmt::format("{} {} {}", from, supersedes ? "supersedes" : "before", to);
}

}  // namespace

std::string arrow_tooltip(const EventGraph& graph, const RelationArrow& arrow, ArrowPart part,
                          Language language) {
  std::string text;
  if (part == ArrowPart::out_stub) text = "→ " + node_title(graph, arrow.to, language) + "\n";
  if (part == ArrowPart::in_stub) text = "← " + node_title(graph, arrow.from, language) + "\n";
  text += statement(graph, arrow, language);
  if (arrow.count > 1)
    text += language == Language::ko ? fmt::format(" (진술 {}개)", arrow.count)
                                     : fmt::format(" (×{} statements)", arrow.count);
  return text;
}

}  // namespace chronograph::detail
