#include "layout/storyline_labels.hpp"

#include <algorithm>
#include <array>
#include <numeric>

#include "layout/labels.hpp"
#include "layout/lanes.hpp"
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
    const double badge = meeting.badge ? badge_width(font) : 0;
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

std::vector<LegendEntry> storyline_legend(const StorylineScene& layout, const EventGraph& graph,
                                          Language language, const TextMeasure& measure,
                                          double font_size, double margin) {
  std::array<bool, 10> used{};
  for (const StorylineMeeting& meeting : layout.meetings)
    used[static_cast<std::size_t>(graph.event(meeting.event).status)] = true;
  if (!layout.axis.breaks.empty()) used[static_cast<std::size_t>(LegendKey::scale_break)] = true;
  const double font = font_size - 1;
  const double height = font_size + 4;
  double x = margin;
  double y = layout.plot.bottom() + 20;
  std::vector<LegendEntry> legend;
  for (std::size_t k = 0; k < used.size(); ++k) {
    if (!used[k]) continue;
    LegendEntry entry;
    entry.key = static_cast<LegendKey>(k);
    entry.label = std::string(legend_text(entry.key, language));
    if (entry.key == LegendKey::cancelled)
      entry.label = language == Language::ko ? "취소됨 (흐림)" : "cancelled (faded)";
    const double text_width = measure.width(entry.label, font);
    constexpr double swatch_width = 28;
    if (x + swatch_width + 6 + text_width > layout.width - margin && x > margin) {
      x = margin;
      y += height + 8;
    }
    entry.swatch = {x, y + 2, swatch_width, height - 4};
    entry.label_box = {x + swatch_width + 6, y, text_width, height};
    x = entry.label_box.right() + 20;
    legend.push_back(std::move(entry));
  }
  return legend;
}

}  // namespace chronograph::detail
