#include "json/json_split.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>

namespace chronograph::detail::json {

namespace {

using Stops = std::array<bool, 256>;

constexpr Stops stops(std::string_view bytes) {
  Stops table{};
  for (const char c : bytes) table[static_cast<unsigned char>(c)] = true;
  return table;
}

// A table lookup per byte: the file is scanned whole before a thread can start on its entries,
// and a search call per string (find_first_of, memchr) cost more than its short strings.
constexpr Stops string_stops = stops("\"\\");
constexpr Stops value_stops = stops("\"{}[],");

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  [[nodiscard]] std::size_t at() const { return at_; }
  [[nodiscard]] bool done() const { return at_ >= text_.size(); }
  [[nodiscard]] char peek() const { return done() ? '\0' : text_[at_]; }

  void skip_space() {
    while (!done() &&
           (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r'))
      ++at_;
  }

  bool take(char wanted) {
    if (peek() != wanted) return false;
    ++at_;
    return true;
  }

  // A string from its opening quote; false when it is not closed.
  bool string() {
    ++at_;
    while (true) {
      skip(string_stops);
      if (done()) return false;
      if (text_[at_++] == '"') return true;
      ++at_;  // the escaped character, whatever it is (simdjson checks the escape)
    }
  }

  // Any value: strings skipped whole, brackets counted. Their kinds are not matched here.
  bool value() {
    std::size_t depth = 0;
    while (!done()) {
      skip(value_stops);
      if (done()) break;
      const char c = text_[at_];
      if (c == '"') {
        if (!string()) return false;
      } else if (c == '{' || c == '[') {
        ++depth;
        ++at_;
      } else if (c == '}' || c == ']') {
        if (depth == 0) return true;
        --depth;
        ++at_;
      } else if (depth == 0) {  // a ','
        return true;
      } else {
        ++at_;
      }
      if (depth == 0 && (c == '"' || c == '}' || c == ']')) return true;
    }
    return depth == 0;
  }

  // An array from its '[': each entry's extent.
  bool entries(SplitSection& section) {
    section.open = at_++;
    skip_space();
    if (take(']')) {
      section.close = at_ - 1;
      return true;
    }
    while (true) {
      skip_space();
      const std::size_t begin = at_;
      if (!value() || at_ == begin) return false;
      // simdjson reads a scalar document only as a whole, not as a value: such a section (an
      // error the reader reports) is read with the file.
      if (text_[begin] != '{' && text_[begin] != '[') section.whole = false;
      section.entries.push_back(
          {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(trimmed_end(begin, at_))});
      skip_space();
      if (take(']')) {
        section.close = at_ - 1;
        return true;
      }
      if (!take(',')) return false;
    }
  }

 private:
  void skip(const Stops& table) {
    while (at_ < text_.size() && !table[static_cast<unsigned char>(text_[at_])]) ++at_;
  }

  [[nodiscard]] std::size_t trimmed_end(std::size_t begin, std::size_t end) const {
    while (end > begin &&
           std::string_view(" \t\r\n").find(text_[end - 1]) != std::string_view::npos)
      --end;
    return end;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

std::optional<std::vector<SplitSection>> split_sections(std::string_view text,
                                                        std::span<const std::string_view> names) {
  std::vector<SplitSection> sections;
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) return std::nullopt;
  std::vector<std::string_view> seen;
  Scanner scan(text);
  scan.skip_space();
  if (!scan.take('{')) return std::nullopt;
  scan.skip_space();
  if (scan.take('}')) return sections;
  while (true) {
    scan.skip_space();
    if (scan.peek() != '"') return std::nullopt;
    const std::size_t key_begin = scan.at() + 1;
    if (!scan.string()) return std::nullopt;
    const std::string_view key = text.substr(key_begin, scan.at() - 1 - key_begin);
    scan.skip_space();
    if (!scan.take(':')) return std::nullopt;
    scan.skip_space();
    // Only a name's first value is read (a repeated key is reported and its value only checked).
    const auto name = std::find(names.begin(), names.end(), key);
    const bool first = std::find(seen.begin(), seen.end(), key) == seen.end();
    if (name != names.end()) seen.push_back(*name);
    const bool wanted = name != names.end() && first && scan.peek() == '[';
    if (wanted) {
      SplitSection section;
      section.name = *name;
      if (!scan.entries(section)) return std::nullopt;
      if (section.whole) sections.push_back(std::move(section));
    } else {
      const std::size_t begin = scan.at();
      if (!scan.value() || scan.at() == begin) return std::nullopt;
    }
    scan.skip_space();
    if (scan.take('}')) break;
    if (!scan.take(',')) return std::nullopt;
  }
  scan.skip_space();
  if (!scan.done()) return std::nullopt;
  return sections;
}

}  // namespace chronograph::detail::json
