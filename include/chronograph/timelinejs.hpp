#pragma once
// TimelineJS3 (Knight Lab) input: its JSON timeline config and its Google Sheet template as CSV,
// the formats `render --format timelinejs` and newsrooms' spreadsheets use (docs/formats.md,
// "TimelineJS3 JSON").

#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"

namespace chronograph {

// Whether a .json file is TimelineJS rather than our event JSON: its top-level object has no
// `chronograph` key (nor `chronograph_scene`) and an `events` array whose first entry has a
// `start_date`. Cheap: the top-level keys and the first slide's.
[[nodiscard]] bool looks_like_timelinejs(std::string_view text);
// Whether a .csv file's header row is the TimelineJS sheet's (it names `Year` and `Headline`).
[[nodiscard]] bool looks_like_timelinejs_sheet(std::string_view text);

// TimelineJS JSON → Document: one event per slide of `events` (unique_id → id, start_date and
// end_date → when, headline → title, text and media → note, group → a participant entity, which
// the timeline draws as a lane), the `title` slide → the document's title and source title.
// Problems are positioned at the file's line:col; unknown keys are warnings. Never throws.
[[nodiscard]] Result<Document> parse_timelinejs(std::string_view text, std::string_view path);
// The Google Sheet template as CSV (Year, Month, Day, Time, End Year, …, Headline, Text, Media,
// …, Type, Group, Background): the same slides, one per row; errors at the cell's line:col.
[[nodiscard]] Result<Document> parse_timelinejs_sheet(std::string_view text, std::string_view path);

}  // namespace chronograph
