#include "parse/source_text.hpp"

#include "parse/utf8.hpp"

namespace chronograph::detail {

SourceText::SourceText(std::string_view file_text) : body_(file_text) {
  if (body_.starts_with(utf8_bom)) {
    body_.remove_prefix(utf8_bom.size());
    bom_bytes_ = static_cast<int>(utf8_bom.size());
  }
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < body_.size(); ++i)
    if (body_[i] == '\n') line_starts_.push_back(i + 1);
}

SourcePosition SourceText::position(int line0, int column0) const {
  return {line0 + 1, column0 + 1 + (line0 == 0 ? bom_bytes_ : 0)};
}

std::optional<std::size_t> SourceText::offset(int line0, int column0) const {
  if (line0 < 0 || column0 < 0 || static_cast<std::size_t>(line0) >= line_starts_.size())
    return std::nullopt;
  const std::size_t at =
      line_starts_[static_cast<std::size_t>(line0)] + static_cast<std::size_t>(column0);
  if (at >= body_.size()) return std::nullopt;
  return at;
}

namespace {

struct ClosingQuote {
  std::optional<std::size_t> offset;  // of the closing quote; nullopt when it never comes
  bool crosses_line = false;
};

// Double quotes escape with a backslash, single quotes by doubling.
ClosingQuote find_closing_quote(std::string_view body, std::size_t opening) {
  const char quote = body[opening];
  ClosingQuote result;
  for (std::size_t i = opening + 1; i < body.size(); ++i) {
    const char c = body[i];
    if (c == '\n') result.crosses_line = true;
    if (quote == '"' && c == '\\') {
      ++i;
      continue;
    }
    if (c != quote) continue;
    if (quote == '\'' && i + 1 < body.size() && body[i + 1] == '\'') {
      ++i;
      continue;
    }
    result.offset = i;
    return result;
  }
  return result;
}

}  // namespace

ScalarSpan SourceText::scalar_span(int line0, int column0, std::string_view value) const {
  const SourcePosition start = position(line0, column0);
  const std::optional<std::size_t> at = offset(line0, column0);
  if (!at) return {start, start};
  const char first = body_[*at];
  if (first == '"' || first == '\'') {
    const SourcePosition inside = position(line0, column0 + 1);
    const ClosingQuote closing = find_closing_quote(body_, *at);
    if (!closing.offset) return {start, start, true};
    if (closing.crosses_line) return {inside, inside};
    const auto length = static_cast<int>(*closing.offset - *at - 1);
    return {inside, position(line0, column0 + 1 + length)};
  }
  // Plain scalars appear verbatim when on one line; folded or block ones do not.
  if (value.empty() || value.find('\n') != std::string_view::npos ||
      body_.substr(*at, value.size()) != value)
    return {start, start};
  return {start, position(line0, column0 + static_cast<int>(value.size()))};
}

SourcePosition position_at_offset(std::string_view text, std::size_t offset) {
  SourcePosition position{1, 1};
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++position.line;
      position.column = 1;
    } else {
      ++position.column;
    }
  }
  return position;
}

}  // namespace chronograph::detail
