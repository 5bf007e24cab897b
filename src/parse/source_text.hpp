#pragma once
// Internal: the file text as yaml-cpp reads it, and the mapping from yaml-cpp's marks back to
// positions in the file as given (1-based, columns in bytes, a leading BOM counted).

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"

namespace chronograph::detail {

// Where a scalar's text sits in the file. For quoted scalars the span is inside the quotes.
struct ScalarSpan {
  SourcePosition begin;
  SourcePosition end;         // exclusive; equal to begin when the text spans lines or is not found
  bool unterminated = false;  // a quote that never closes (yaml-cpp 0.7 accepts that at the end)
};

class SourceText {
 public:
  explicit SourceText(std::string_view file_text);

  // The text without a UTF-8 byte order mark: what yaml-cpp is given.
  [[nodiscard]] std::string_view body() const { return body_; }

  // A yaml-cpp mark (0-based line and byte column in body()) as a position in the file.
  [[nodiscard]] SourcePosition position(int line0, int column0) const;

  // The span of a scalar whose node starts at the mark and whose value is `value`: exact for
  // single-line plain and quoted scalars, a point at the start for block and multi-line ones.
  [[nodiscard]] ScalarSpan scalar_span(int line0, int column0, std::string_view value) const;

 private:
  [[nodiscard]] std::optional<std::size_t> offset(int line0, int column0) const;

  std::string_view body_;
  int bom_bytes_ = 0;
  std::vector<std::size_t> line_starts_;  // offsets in body_
};

// The 1-based position of a byte offset in `text` (for problems found before YAML parsing).
[[nodiscard]] SourcePosition position_at_offset(std::string_view text, std::size_t offset);

}  // namespace chronograph::detail
