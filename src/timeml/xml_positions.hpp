#pragma once
// Internal: turns places in a TimeML file into SourceRanges. The document is parsed in place from a
// copy of the text, so every name and value pugixml returns points into that copy at the byte
// offset it has in the original text (pugixml unescapes and normalises line ends by compacting a
// string towards its start, never moving the start).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "chronograph/diagnostic.hpp"

namespace chronograph::detail {

// Byte offset → 1-based line and byte column.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  [[nodiscard]] SourcePosition position(std::size_t offset) const;

 private:
  std::vector<std::size_t> line_starts_;
};

class XmlPositions {
 public:
  // `text` is the original text, `buffer` the in-place parse copy of it (same length).
  XmlPositions(std::string_view text, std::string_view buffer, std::string path);

  [[nodiscard]] const std::string& path() const { return path_; }
  // [offset, offset + length) of the original text.
  [[nodiscard]] SourceRange range(std::size_t offset, std::size_t length) const;
  // The element's start tag, from '<' to its closing '>'.
  [[nodiscard]] SourceRange start_tag(const pugi::xml_node& element) const;
  // The attribute's value as written between its quotes.
  [[nodiscard]] SourceRange value(const pugi::xml_attribute& attribute) const;
  // The attribute's value, or the element's start tag when the attribute is absent.
  [[nodiscard]] SourceRange value_or_tag(const pugi::xml_node& element, const char* name) const;

 private:
  // Offset of a pointer into the parse buffer, or npos when it points elsewhere (pugixml's shared
  // empty string, or a converted copy of a non-UTF-8 input).
  [[nodiscard]] std::size_t offset_of(const char* pointer) const;

  std::string_view text_;
  std::string_view buffer_;
  std::string path_;
  LineIndex lines_;
};

}  // namespace chronograph::detail
