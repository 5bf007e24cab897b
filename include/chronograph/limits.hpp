#pragma once
// The sizes chronograph reads, all documented in docs/limits.md. Each limit gives a positioned
// error when exceeded, so no input can make a stage run out of memory or time.

#include <cstddef>
#include <cstdint>

namespace chronograph::limits {

// Bytes of one input file (YAML or TimeML), checked before parsing: their parsers build a tree of
// the whole file, some 60 times its size.
inline constexpr std::size_t max_input_bytes = 64 * 1024 * 1024;
// Bytes of one event JSON or CSV file: data formats, streamed into the document, so a million
// events (about 1.5 GB of JSON as the export writes it, 110 MB of CSV) fit.
inline constexpr std::size_t max_data_input_bytes = std::size_t{2} * 1024 * 1024 * 1024;
// Maps and lists inside one another in a YAML file; the format itself needs four.
inline constexpr int max_yaml_depth = 32;
// Objects and arrays inside one another in an event JSON file; the format itself needs five.
inline constexpr int max_json_depth = 32;
// Bytes of one YAML scalar, JSON string or key (after unescaping), or TimeML text or attribute
// value.
inline constexpr std::size_t max_scalar_bytes = 1024 * 1024;
// Entries of one file's `events`, `entities` and `relations` (and of a TimeML document's EVENTs,
// TIMEX3s and TLINKs). Sized for data sets of a million rows and more (ACLED, GDELT extracts),
// with room for several relations per event.
inline constexpr std::size_t max_events = 2'000'000;
inline constexpr std::size_t max_entities = 2'000'000;
inline constexpr std::size_t max_relations = 8'000'000;
// Unknown ids in one file that get a "did you mean" (each looks at every id of the file): a file
// of a million dangling references is reported in linear time, its first ones with suggestions.
inline constexpr std::size_t max_id_suggestions = 20;
// XML elements inside one another in a TimeML document.
inline constexpr int max_xml_depth = 64;
// Instants: years -29,999 to 29,999 (proleptic Gregorian, astronomical numbering: year 0 is 1
// BCE), UTC. Chosen to fit every calendar type the stages use: date::year (Howard Hinnant's date,
// used by the axis, TimeML and extract) is a short (±32,767), and the margin keeps `~` widening,
// zone offsets and an axis rounded out to whole millennia inside it. Written dates stay within
// -4799..9999 (docs/time.md); a duration or gap that would reach past this range is an error.
inline constexpr std::int64_t min_year = -29'999;
inline constexpr std::int64_t max_year = 29'999;
// -29999-01-01T00:00:00Z and 29999-12-31T23:59:59Z in seconds since 1970 (checked by
// calendar_test.cpp against the calendar code).
inline constexpr std::int64_t min_instant = -1'008'844'156'800;
inline constexpr std::int64_t max_instant = 884'541'340'799;
// The longest duration or gap: the whole range of instants.
inline constexpr std::int64_t max_duration_seconds = max_instant - min_instant;
// PNG and PDF pictures (the view's SVG rasterised): the largest page side, in device pixels for
// PNG and CSS pixels for PDF (cairo's image surfaces stop at 32767), and the most PNG pixels
// (64 Mi px: a 256 MiB buffer), both checked before anything is allocated.
inline constexpr int max_picture_side = 32767;
inline constexpr std::int64_t max_picture_pixels = 64 * 1024 * 1024;
// A thinned timeline's HTML page searches every event by its id and title; titles longer than
// this (in code points) are searched by their beginning, so a file of long notes (ACLED's are
// ~200 characters) still gives a page of a few MB (docs/html.md, "At scale").
inline constexpr std::size_t html_index_title_chars = 80;
// A thinned page aims under this many bytes (issue 11: 5 MB at a million events). When its index
// would take it past, the index's titles are cut shorter until it fits (0: ids only), and the
// render says so in a note; a page whose ids and places alone do not fit is written anyway.
inline constexpr std::size_t html_page_bytes = 5'000'000;
// A storyline page that leaves more events than this off its lines carries them in its packed
// index, not as whole records (about 1.4 KB each: 13.8 MB for a 10k-row table with no line).
inline constexpr std::size_t html_undrawn_records = 1000;
// Shorter than this, a title's beginning finds too little to be worth its bytes: ids only.
inline constexpr std::size_t html_index_min_title_chars = 8;

}  // namespace chronograph::limits
