#pragma once
// Internal: TimelineJS3's names, spelt once for the export (src/render/timelinejs) and the import
// (src/timelinejs): the JSON keys of its timeline config and the columns of its Google Sheet
// template (https://timeline.knightlab.com/docs/json-format.html, using-spreadsheets.html).

#include <array>
#include <string_view>

namespace chronograph::detail::timelinejs {

// The timeline object.
inline constexpr std::string_view title = "title";
inline constexpr std::string_view events = "events";
inline constexpr std::string_view eras = "eras";
inline constexpr std::string_view scale = "scale";
inline constexpr std::array<std::string_view, 4> timeline_keys{title, events, eras, scale};

// A slide (an event, the title, an era).
inline constexpr std::string_view start_date = "start_date";
inline constexpr std::string_view end_date = "end_date";
inline constexpr std::string_view text = "text";
inline constexpr std::string_view media = "media";
inline constexpr std::string_view group = "group";
inline constexpr std::string_view display_date = "display_date";
inline constexpr std::string_view background = "background";
inline constexpr std::string_view autolink = "autolink";
inline constexpr std::string_view unique_id = "unique_id";
inline constexpr std::array<std::string_view, 9> slide_keys{
    start_date, end_date, text, media, group, display_date, background, autolink, unique_id};

// A date: the fields down to what is known, then optional wording.
inline constexpr std::string_view year = "year";
inline constexpr std::string_view month = "month";
inline constexpr std::string_view day = "day";
inline constexpr std::string_view hour = "hour";
inline constexpr std::string_view minute = "minute";
inline constexpr std::string_view second = "second";
inline constexpr std::string_view millisecond = "millisecond";
inline constexpr std::string_view format = "format";
inline constexpr std::array<std::string_view, 7> date_fields{year,   month,  day,        hour,
                                                             minute, second, millisecond};
inline constexpr std::array<std::string_view, 9> date_keys{
    year, month, day, hour, minute, second, millisecond, display_date, format};

// A slide's text and media.
inline constexpr std::string_view headline = "headline";
inline constexpr std::array<std::string_view, 2> text_keys{headline, text};
inline constexpr std::string_view url = "url";
inline constexpr std::string_view caption = "caption";
inline constexpr std::string_view credit = "credit";
inline constexpr std::array<std::string_view, 8> media_keys{url,   caption, credit, "thumbnail",
                                                            "alt", title,   "link", "link_target"};

// The Google Sheet template's columns, in its order; a `Type` of `title` or `era` marks the
// title slide and the eras.
inline constexpr std::array<std::string_view, 18> sheet_columns{
    "Year",      "Month",   "Day",          "Time",          "End Year",
    "End Month", "End Day", "End Time",     "Display Date",  "Headline",
    "Text",      "Media",   "Media Credit", "Media Caption", "Media Thumbnail",
    "Type",      "Group",   "Background"};
inline constexpr std::string_view sheet_title_type = "title";
inline constexpr std::string_view sheet_era_type = "era";

}  // namespace chronograph::detail::timelinejs
