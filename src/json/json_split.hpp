#pragma once
// Internal: where the entries of an event JSON file's big sections lie, found by one scan of the
// text, so that each entry can be parsed as a document of its own. simdjson indexes a whole
// document before the first value is read (about five bytes of index and string buffer per byte of
// text); parsed entry by entry, a file of a million events needs that much for one entry at a time.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace chronograph::detail::json {

// An array section of the top-level object: its brackets and each entry's text, as byte offsets
// in the text scanned.
struct SplitSection {
  std::string_view name;
  std::size_t open = 0;   // the '['
  std::size_t close = 0;  // the ']'
  // Offsets of 32 bits: a million events' file has three million entries, and a data file is at
  // most 2 GiB (limits::max_data_input_bytes); a bigger text is not split.
  struct Entry {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;  // exclusive, trailing white space excluded
  };
  std::vector<Entry> entries;
  bool whole = true;  // every entry an object or array (only such a section is split)
};

// The first array value of each key in `names`, as written (a key spelt with an escape is not
// found). nullopt when the text is not a well-formed top-level object to this scan (an unclosed
// string, a bracket or comma out of place, text after the end, more than 4 GiB): the caller then
// reads the file whole, and the usual syntax error follows. Only strings and nesting are checked
// here; simdjson checks the rest as it parses each entry.
[[nodiscard]] std::optional<std::vector<SplitSection>> split_sections(
    std::string_view text, std::span<const std::string_view> names);

}  // namespace chronograph::detail::json
