#include "layout/legend.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <functional>

namespace chronograph::detail {

namespace {

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

bool has_widened_instant(const Axis& axis) {
  return std::any_of(axis.segments.begin(), axis.segments.end(), [](const TimeSegment& segment) {
    return segment.begin == segment.end && segment.x1 > segment.x0;
  });
}

LegendKey status_legend_key(EventStatus status) {
  return status_key(status);
}

std::vector<LegendEntry> flow_legend(const LegendKeys& used, const LegendFlow& flow) {
  double x = flow.margin;
  double y = flow.top;
  std::vector<LegendEntry> legend;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) continue;
    LegendEntry entry;
    entry.key = static_cast<LegendKey>(k);
    entry.label =
        std::string(flow.text ? flow.text(entry.key) : legend_text(entry.key, flow.language));
    const double text_width = flow.measure.width(entry.label, flow.font_size);
    constexpr double swatch_width = 28;
    if (x + swatch_width + 6 + text_width > flow.page_width - flow.margin && x > flow.margin) {
      x = flow.margin;
      y += flow.label_height + 8;
    }
    entry.swatch = {x, y + 2, swatch_width, flow.label_height - 4};
    entry.label_box = {x + swatch_width + 6, y, text_width, flow.label_height};
    x = entry.label_box.right() + 20;
    legend.push_back(std::move(entry));
  }
  return legend;
}

double place_legend(TimelineScene& layout, const EventGraph& graph, Language language,
                    const TextMeasure& measure, double axis_font, double label_height,
                    double margin) {
  LegendKeys used{};
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
    if (mark.uncertain_date) use(LegendKey::uncertain_date);
    if (mark.contradicted) use(LegendKey::contradiction);
  }
  if (!layout.axis.breaks.empty()) use(LegendKey::scale_break);
  if (has_widened_instant(layout.axis)) use(LegendKey::widened);
  for (const RelationArrow& arrow : layout.arrows)
    use(arrow.form == ArrowForm::route ? LegendKey::relation : LegendKey::relation_stub);
  if (!layout.participations.empty()) use(LegendKey::participation);
  if (!layout.density.empty()) use(LegendKey::density);
  // The density key says how many events it stands for.
  const std::string density =
      fmt::format("{} {}", layout.aggregated, legend_text(LegendKey::density, language));
  const auto text = [&density, language](LegendKey key) {
    return key == LegendKey::density ? std::string_view(density) : legend_text(key, language);
  };
  layout.legend = flow_legend(used, {language, measure, axis_font, label_height, margin,
                                     layout.width, layout.plot.bottom() + 20, text});
  return layout.legend.empty() ? layout.plot.bottom() + 20 + label_height
                               : layout.legend.back().label_box.bottom();
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
      "certain", "uncertain", "uncertain-date", "instant",       "continues",     "scale-break",
      "widened", "relation",  "relation-stub",  "participation", "contradiction", "density"};
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
    case LegendKey::uncertain_date:
      return ko ? "날짜 자체가 불확실 (?)" : "date itself uncertain (?)";
    case LegendKey::instant:
      return ko ? "시점" : "instant";
    case LegendKey::continues:
      return ko ? "범위 밖으로 이어짐" : "continues off the page";
    case LegendKey::scale_break:
      return ko ? "생략된 기간" : "time left out";
    case LegendKey::widened:
      return ko ? "같은 시각을 넓혀 그림" : "one instant, drawn wider";
    case LegendKey::relation:
      return ko ? "순서·대체 관계" : "before / supersedes";
    case LegendKey::relation_stub:
      return ko ? "먼 사건과의 순서 (마우스를 올리면 이름)"
                : "before an event far away (hover names it)";
    case LegendKey::participation:
      return ko ? "다른 줄에 그린 사건에 참여" : "takes part (event drawn in another lane)";
    case LegendKey::contradiction:
      return ko ? "서로 모순되는 진술" : "statements that contradict";
    case LegendKey::density:
      return ko ? "너무 빽빽해 하나씩 그리지 않은 사건 (진할수록 많음)"
                : "events too dense to draw one by one (darker: more)";
  }
  return "";
}

}  // namespace chronograph
