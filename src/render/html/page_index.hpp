#pragma once
// Internal: the HTML page's index of every event of a thinned timeline (docs/html.md, "At scale").
// A page of a million events draws a few thousand marks and density bands; the index lets the
// viewer search every event and draw the folded ones when the reader zooms in, in a few bytes an
// event: columns in file order, ids and titles front-coded (a file's ids and titles mostly share
// their beginnings with the previous one's), x delta-coded in 1/8 px (an hour or two at a million
// events over three years: finer than a folded event needs, and each halving costs about a bit an
// event).

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "chronograph/graph.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/scene.hpp"

namespace chronograph::detail {

// Units of x in the index per page unit.
inline constexpr double index_x_units = 8;

// Titles are cut to `title_chars` code points (the page's budget may ask for fewer than
// limits::html_index_title_chars; 0 keeps none).
[[nodiscard]] nlohmann::ordered_json page_index(
    const EventGraph& graph, const TimelineScene& scene, Language language,
    std::size_t title_chars = limits::html_index_title_chars);
// The same for a page that places its undrawn events nowhere (a thinned storyline: an event sits
// on several lines, in bands): ids and titles of every event for the search, no lanes, no x.
[[nodiscard]] nlohmann::ordered_json search_index(
    const EventGraph& graph, Language language,
    std::size_t title_chars = limits::html_index_title_chars);

// A thinned page's data (the drawn events' records) with an index (`index(title_chars)` makes it),
// deflated and base64-encoded in at most `budget` bytes where that can be: titles at full length
// when they fit, else cut to the length that fits (estimated from the sizes with full titles and
// with none, then shortened by a quarter at a time), else, under
// limits::html_index_min_title_chars, none. nullopt only when zlib cannot allocate.
struct PackedData {
  std::string text;
  std::size_t title_chars = limits::html_index_title_chars;
};
[[nodiscard]] std::optional<PackedData> pack_within(
    nlohmann::ordered_json data, const std::function<nlohmann::ordered_json(std::size_t)>& index,
    std::size_t budget);

}  // namespace chronograph::detail
