#pragma once
// Internal: every word the page itself says (labels, buttons, placeholders), in Korean and English,
// defined once. The page writes only the strings of its own language, so an English page carries
// no Korean UI text and a Korean page no English one; the words of the data (titles, names) and of
// the view's SVG are the views' business.

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "chronograph/graph.hpp"

namespace chronograph::detail {

enum class Ui {
  search,        // the search box's placeholder and label
  search_count,  // "{direct} matching, {related} by participant"
  zoom_in,
  zoom_out,
  fit,
  close,
  details,
  id,
  status,
  as_written,
  time,  // start and end alike (an instant)
  start,
  end,
  participants,
  place,
  source,
  note,
  tags,
  kind,
  role,
  affiliation,
  members,
  events,
  // A thinned timeline's page (docs/html.md, "At scale").
  lane,
  on_axis,         // where an event of a density band sits on the axis: "≈ …"
  folded,          // what the panel of such an event says it lacks
  index_only,      // the same of an event the index places nowhere (a thinned storyline's)
  more_results,    // "{count} more …" under the search results
  titles_cut,      // a page over its budget: the index keeps "{count}" characters of each title
  titles_dropped,  // … or none
  needs_script,    // a thinned page's view is deflated: without the script it shows nothing
  // Entity kinds, in EntityKind order.
  kind_person,
  kind_organization,
  kind_place,
  kind_product,
  kind_other,
};

[[nodiscard]] std::string_view ui_text(Ui key, Language language);
// What an entity kind is called on the page.
[[nodiscard]] std::string_view kind_text(EntityKind kind, Language language);
// Every string the script needs, as one JSON object keyed by the names in ui_text.cpp
// ("search_count", "kind_person", "status_planned", …).
[[nodiscard]] nlohmann::ordered_json ui_strings(Language language);

}  // namespace chronograph::detail
