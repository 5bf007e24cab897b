#include "layout/storyline_labels.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <numeric>

#include "layout/labels.hpp"
#include "layout/lanes.hpp"
#include "layout/legend.hpp"
#include "layout/text.hpp"

namespace chronograph::detail {

double place_meeting_labels(std::span<StorylineMeeting> meetings, const EventGraph& graph,
                            const LabelRoom& room) {
  const double font = room.font_size;
  const double height = font + 4;
  const double pitch = height + 4;
  constexpr double gap = 8;
  struct Wanted {
    std::size_t meeting = 0;
    double begin = 0;
    double width = 0;
  };
  std::vector<Wanted> wanted;
  for (std::size_t m = 0; m < meetings.size(); ++m) {
    StorylineMeeting& meeting = meetings[m];
    const Event& event = graph.event(meeting.event);
    const std::string& title =
        event.title.in(room.language).empty() ? event.id : event.title.in(room.language);
    const double badge = (int{meeting.badge} + int{meeting.uncertain_date}) * badge_width(font);
    meeting.label.text = fit_text(room.measure, title, font, max_meeting_label_width - badge);
    const double width = badge + room.measure.width(meeting.label.text, font);
    double left = room.left;
    double right = room.right;
    for (const TimeSegment& segment : room.segments)
      if (segment.x0 <= meeting.x && meeting.x <= segment.x1 && segment.x1 - segment.x0 >= width) {
        left = std::max(left, segment.x0);
        right = std::min(right, segment.x1);
      }
    const double begin = std::clamp(meeting.x - width / 2, left, std::max(left, right - width));
    wanted.push_back({m, std::max(begin, room.left), width});
  }
  std::stable_sort(wanted.begin(), wanted.end(),
                   [](const Wanted& a, const Wanted& b) { return a.begin < b.begin; });

  // Row 0 is nearest the lines; leaders run behind the labels of lower rows, whose halo keeps
  // them readable.
  std::vector<Extent> extents;
  for (const Wanted& label : wanted) extents.push_back({label.begin, label.begin + label.width});
  const std::vector<std::size_t> rows = stack_rows(extents, gap);
  std::vector<std::size_t> row_of(meetings.size(), max_label_rows);
  std::size_t rows_used = 0;
  for (std::size_t i = 0; i < wanted.size(); ++i)
    if (rows[i] < max_label_rows) {
      row_of[wanted[i].meeting] = rows[i];
      rows_used = std::max(rows_used, rows[i] + 1);
    }
  for (const Wanted& label : wanted) {
    StorylineMeeting& meeting = meetings[label.meeting];
    const std::size_t row = row_of[label.meeting];
    if (row == max_label_rows) {
      meeting.label.text.clear();
      meeting.label.box = {meeting.x, room.top, 0, 0};
      meeting.leader_y0 = room.top + static_cast<double>(rows_used) * pitch;
      continue;
    }
    const double y = room.top + static_cast<double>(rows_used - 1 - row) * pitch;
    meeting.label.box = {label.begin, y, label.width, height};
    meeting.leader_y0 = y + height;
  }
  return room.top + static_cast<double>(rows_used) * pitch;
}

namespace {

// The density key says what the page aggregated and what it left out (level of detail).
std::string density_legend(const StorylineScene& layout, Language language) {
  const bool ko = language == Language::ko;
  std::string text;
  if (layout.aggregated > 0)
    text = ko ? fmt::format("만남으로 그리지 않은 사건 {}개: 참여자별 줄의 농도 (진할수록 많음)",
                            layout.aggregated)
              : fmt::format(
                    "{} events not drawn as meetings, as density on their "
                    "participants' rows (darker: more)",
                    layout.aggregated);
  if (layout.lines_left_out == 0) return text;
  if (!text.empty()) text += "; ";
  const std::size_t kept = layout.lines_total - layout.lines_left_out;
  text += ko ? fmt::format("참여자 {}명 중 사건이 많은 {}명만 줄로 그림", layout.lines_total, kept)
             : fmt::format("lines for the {} busiest of {} participants", kept, layout.lines_total);
  if (layout.events_left_out > 0)
    text +=
        ko ? fmt::format(", 나머지의 사건 {}개는 마지막 줄", layout.events_left_out)
           : fmt::format(", the {} events of the others in the last row", layout.events_left_out);
  return text;
}

}  // namespace

std::vector<LegendEntry> storyline_legend(const StorylineScene& layout, const EventGraph& graph,
                                          Language language, const TextMeasure& measure,
                                          double font_size, double margin) {
  LegendKeys used{};
  const auto use = [&](LegendKey key) { used[static_cast<std::size_t>(key)] = true; };
  for (const StorylineMeeting& meeting : layout.meetings) {
    use(status_legend_key(graph.event(meeting.event).status));
    if (meeting.x1 - meeting.x0 >= min_range_width) use(LegendKey::uncertain);
    if (meeting.core) use(LegendKey::certain);
    if (meeting.uncertain_date) use(LegendKey::uncertain_date);
    if (meeting.continues_before || meeting.continues_after) use(LegendKey::continues);
    if (meeting.contradicted) use(LegendKey::contradiction);
  }
  if (!layout.axis.breaks.empty()) use(LegendKey::scale_break);
  if (has_widened_instant(layout.axis)) use(LegendKey::widened);
  if (!layout.bands.empty() || layout.lines_left_out > 0) use(LegendKey::density);
  const std::string density = density_legend(layout, language);
  const auto text = [language, &density](LegendKey key) -> std::string_view {
    const bool ko = language == Language::ko;
    switch (key) {
      case LegendKey::density:
        return density;
      case LegendKey::cancelled:
        return ko ? "취소됨 (흐림)" : "cancelled (faded)";
      case LegendKey::uncertain:
        return ko ? "일어났을 수 있는 기간" : "when it may have happened";
      case LegendKey::certain:
        return ko ? "확실히 진행 중" : "certainly under way";
      default:
        return legend_text(key, language);
    }
  };
  return flow_legend(used, {language, measure, font_size - 1, font_size + 4, margin, layout.width,
                            layout.plot.bottom() + 20, text});
}

}  // namespace chronograph::detail
