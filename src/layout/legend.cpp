#include "layout/legend.hpp"

#include <algorithm>
#include <array>

namespace chronograph::detail {

namespace {

constexpr std::size_t legend_key_count = static_cast<std::size_t>(LegendKey::participation) + 1;

LegendKey status_key(EventStatus status) {
  switch (status) {
    case EventStatus::happened:
      return LegendKey::happened;
    case EventStatus::planned:
      return LegendKey::planned;
    case EventStatus::reported:
      return LegendKey::reported;
    case EventStatus::cancelled:
      return LegendKey::cancelled;
    case EventStatus::superseded:
      return LegendKey::superseded;
  }
  return LegendKey::happened;
}

}  // namespace

double place_legend(TimelineScene& layout, const EventGraph& graph, Language language,
                    const TextMeasure& measure, double axis_font, double label_height,
                    double margin) {
  std::array<bool, legend_key_count> used{};
  const auto use = [&](LegendKey key) { used[static_cast<std::size_t>(key)] = true; };
  for (const EventMark& mark : layout.marks) {
    use(status_key(graph.event(mark.event).status));
    if (mark.shape == MarkShape::instant) {
      use(LegendKey::instant);
    } else {
      if (mark.has_core) use(LegendKey::certain);
      if (mark.x_start_latest - mark.x_start_earliest > 0.5 ||
          mark.x_end_latest - mark.x_end_earliest > 0.5)
        use(LegendKey::uncertain);
    }
    if (mark.continues_before || mark.continues_after) use(LegendKey::continues);
  }
  if (!layout.axis.breaks.empty()) use(LegendKey::scale_break);
  if (!layout.arrows.empty()) use(LegendKey::relation);
  if (!layout.participations.empty()) use(LegendKey::participation);
  double legend_x = margin;
  double legend_y = layout.plot.bottom() + 20;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) continue;
    LegendEntry entry;
    entry.key = static_cast<LegendKey>(k);
    entry.label = std::string(legend_text(entry.key, language));
    const double text_width = measure.width(entry.label, axis_font);
    const double swatch_width = 28;
    if (legend_x + swatch_width + 6 + text_width > layout.width - margin && legend_x > margin) {
      legend_x = margin;
      legend_y += label_height + 8;
    }
    entry.swatch = {legend_x, legend_y + 2, swatch_width, label_height - 4};
    entry.label_box = {legend_x + swatch_width + 6, legend_y, text_width, label_height};
    legend_x = entry.label_box.right() + 20;
    layout.legend.push_back(std::move(entry));
  }
  return legend_y + label_height;
}

}  // namespace chronograph::detail

namespace chronograph {

std::string_view status_text(EventStatus status, Language language) {
  const bool ko = language == Language::ko;
  switch (status) {
    case EventStatus::happened:
      return ko ? "일어남" : "happened";
    case EventStatus::planned:
      return ko ? "예정" : "planned";
    case EventStatus::reported:
      return ko ? "보도됨" : "reported";
    case EventStatus::cancelled:
      return ko ? "취소됨" : "cancelled";
    case EventStatus::superseded:
      return ko ? "대체됨" : "superseded";
  }
  return "";
}

std::string_view legend_key_name(LegendKey key) {
  // The first keys are the statuses, named where every status is (graph.hpp).
  static_assert(static_cast<std::size_t>(LegendKey::certain) == 5);
  static constexpr std::array<std::string_view, detail::legend_key_count - 5> names{
      "certain", "uncertain", "instant", "continues", "scale-break", "relation", "participation"};
  const auto index = static_cast<std::size_t>(key);
  if (index < event_status_names().size()) return event_status_names()[index];
  return names[index - event_status_names().size()];
}

std::string_view legend_text(LegendKey key, Language language) {
  const bool ko = language == Language::ko;
  switch (key) {
    case LegendKey::happened:
      return ko ? "일어난 일" : "happened";
    case LegendKey::planned:
      return ko ? "예정 (점선)" : "planned (dashed)";
    case LegendKey::reported:
      return ko ? "보도된 내용" : "reported";
    case LegendKey::cancelled:
      return ko ? "취소됨" : "cancelled";
    case LegendKey::superseded:
      return ko ? "대체된 계획" : "superseded";
    case LegendKey::certain:
      return ko ? "확실한 구간" : "certain";
    case LegendKey::uncertain:
      return ko ? "불확실한 시작·끝" : "uncertain start/end";
    case LegendKey::instant:
      return ko ? "시점" : "instant";
    case LegendKey::continues:
      return ko ? "범위 밖으로 이어짐" : "continues off the page";
    case LegendKey::scale_break:
      return ko ? "생략된 기간" : "time left out";
    case LegendKey::relation:
      return ko ? "순서·대체 관계" : "before / supersedes";
    case LegendKey::participation:
      return ko ? "다른 줄에 그린 사건에 참여" : "takes part (event drawn in another lane)";
  }
  return "";
}

}  // namespace chronograph
