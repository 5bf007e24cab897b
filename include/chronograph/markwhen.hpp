#pragma once
// Markwhen (.mw): the plain-text timeline format of markwhen.com, read as @markwhen/parser 1.x
// reads it (docs/formats.md, "Markwhen").

#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/document.hpp"

namespace chronograph {

// Markwhen text → Document. The header (`title:`, `timezone:`, `dateFormat:`, between `---`
// lines or before the first event) sets the title and zone; every event line (`2024-01-26:
// Kickoff !kickoff #planning`) becomes an event, with the lines under it as its note and its
// tags; sections (`# Engineering`, and the older `group Name` … `endGroup`) become entities that
// their events take part in, so the timeline draws one lane per section. Relative dates (`after
// !kickoff 2 weeks`) are counted as Markwhen counts them and written as absolute times. Every
// problem is positioned in the .mw file. Never throws.
[[nodiscard]] Result<Document> parse_markwhen(std::string_view text, std::string_view path);

}  // namespace chronograph
