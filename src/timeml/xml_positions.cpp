#include "timeml/xml_positions.hpp"

#include <algorithm>
#include <functional>
#include <utility>

namespace chronograph::detail {

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

SourcePosition LineIndex::position(std::size_t offset) const {
  const auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const auto line = static_cast<int>(after - line_starts_.begin());
  const std::size_t line_start = *(after - 1);
  return {line, static_cast<int>(offset - line_start) + 1};
}

XmlPositions::XmlPositions(std::string_view text, std::string_view buffer, std::string path)
    : text_(text), buffer_(buffer), path_(std::move(path)), lines_(text) {}

SourceRange XmlPositions::range(std::size_t offset, std::size_t length) const {
  if (offset == std::string_view::npos || offset > text_.size()) return {path_, {}, {}};
  const std::size_t end = std::min(offset + length, text_.size());
  return {path_, lines_.position(offset), lines_.position(end)};
}

std::size_t XmlPositions::offset_of(const char* pointer) const {
  const std::less_equal<const char*> not_after;
  if (pointer == nullptr || !not_after(buffer_.data(), pointer) ||
      !not_after(pointer, buffer_.data() + buffer_.size()))
    return std::string_view::npos;
  return static_cast<std::size_t>(pointer - buffer_.data());
}

SourceRange XmlPositions::start_tag(const pugi::xml_node& element) const {
  const std::ptrdiff_t name_offset = element.offset_debug();
  if (name_offset <= 0) return {path_, {}, {}};
  const auto begin = static_cast<std::size_t>(name_offset) - 1;  // the '<' before the name
  char quote = 0;
  std::size_t end = static_cast<std::size_t>(name_offset);
  for (; end < text_.size(); ++end) {
    const char c = text_[end];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      ++end;
      break;
    }
  }
  return range(begin, end - begin);
}

SourceRange XmlPositions::value(const pugi::xml_attribute& attribute) const {
  const std::size_t begin = offset_of(attribute.value());
  if (begin == std::string_view::npos || begin == 0) return {path_, {}, {}};
  const char quote = text_[begin - 1];
  std::size_t end = begin;
  if (quote == '"' || quote == '\'') {
    end = text_.find(quote, begin);
    if (end == std::string_view::npos) end = begin;
  }
  return range(begin, end - begin);
}

SourceRange XmlPositions::value_or_tag(const pugi::xml_node& element, const char* name) const {
  const pugi::xml_attribute attribute = element.attribute(name);
  if (!attribute) return start_tag(element);
  SourceRange located = value(attribute);
  // An empty value has no characters of its own to point at; its tag does.
  if (located.begin.line == 0 || located.begin == located.end) return start_tag(element);
  return located;
}

}  // namespace chronograph::detail
