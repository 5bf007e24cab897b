#pragma once
// Internal: wall-clock arithmetic in the document's zone, for snapping segments and placing ticks.

#include <string>
#include <string_view>

#include "chronograph/graph.hpp"
#include "time/zone.hpp"

namespace chronograph::detail {

enum class CalendarUnit { minute, hour, day, month, year };

// `count` units, aligned to the unit above (hours within a day, days within a month, …).
struct CalendarStep {
  CalendarUnit unit = CalendarUnit::day;
  int count = 1;
};

// Mean length, for choosing a step that leaves room for labels.
Seconds nominal_seconds(CalendarStep step);

struct CivilTime {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  int hour = 0;
  int minute = 0;
};

// Civil time in a zone, on the Gregorian or the Julian calendar: month and year boundaries, and
// so ticks and labels, follow the calendar the dates are shown in.
class WallClock {
 public:
  explicit WallClock(std::string_view zone, Calendar calendar = Calendar::gregorian);
  [[nodiscard]] Calendar calendar() const { return calendar_; }
  [[nodiscard]] CivilTime civil(Seconds utc) const;
  [[nodiscard]] Seconds to_utc(const CivilTime& civil) const;
  // The last step boundary at or before `utc`.
  [[nodiscard]] Seconds floor(Seconds utc, CalendarStep step) const;
  // The first step boundary strictly after `utc`.
  [[nodiscard]] Seconds next(Seconds utc, CalendarStep step) const;

 private:
  Zone zone_;
  Calendar calendar_;
};

// Axis label of an instant for a step unit, e.g. "09:00" / "09시", "Jan 26" / "1월 26일",
// "Jun 2023" / "2023년 6월", "2024" / "2024년". `with_year` adds the year to day labels.
// Years before 1 CE carry their era: "Mar 15, 44 BCE" / "기원전 44년 3월 15일".
std::string calendar_label(const CivilTime& civil, CalendarUnit unit, Language language,
                           bool with_year);

// An astronomical year as readers count it: "509 BCE" / "기원전 509년" for -508, "2024" / "2024년".
std::string year_label(int year, Language language);

// A date shown in the Julian calendar says so: "Mar 15, 44 BCE (Julian)" / "율리우스력 기원전 44년
// 3월 15일". Gregorian text is returned as it is.
std::string calendar_marker(std::string text, Calendar calendar, Language language);

// An instant as pictures and tooltips show it: ISO 8601 as format_instant writes it
// ("2024-01-26T09:00:00+09:00"), except before 1 CE, where an ISO year would be one off from the
// year readers know, and in the Julian calendar, which ISO does not write: "Mar 15, 44 BCE
// 00:00:00+00:49:56" / "기원전 44년 3월 15일 00:00:00+00:49:56", with calendar_marker unless
// `marked` is false (for a caller that marks several instants at once). Open bounds are "".
std::string display_instant(Seconds instant, std::string_view zone, Language language,
                            Calendar calendar = Calendar::gregorian, bool marked = true);

}  // namespace chronograph::detail
