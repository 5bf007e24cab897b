#pragma once
// Internal: small text helpers shared by the time and duration parsers.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "chronograph/time.hpp"

namespace chronograph::detail {

// Thrown inside the parsers and turned into TimeParse::error at their entry points.
struct TimeFailure {
  TimeError error;
};

[[noreturn]] void fail(std::size_t offset, std::size_t length, std::string message);

inline bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
inline bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::string ascii_lower(std::string_view text);

// A cursor over the expression; offsets stay relative to the whole text for error positions.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  [[nodiscard]] std::string_view text() const { return text_; }
  [[nodiscard]] std::size_t pos() const { return pos_; }
  void seek(std::size_t pos) { pos_ = pos; }
  [[nodiscard]] bool done() const { return pos_ >= text_.size(); }
  [[nodiscard]] char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }
  [[nodiscard]] bool starts_with(std::string_view prefix) const {
    return text_.substr(pos_).starts_with(prefix);
  }
  bool eat(char c) {
    if (peek() != c || done()) return false;
    ++pos_;
    return true;
  }
  void skip_spaces() {
    while (!done() && is_space(text_[pos_])) ++pos_;
  }
  template <class Predicate>
  std::string_view take_while(Predicate predicate) {
    const std::size_t begin = pos_;
    while (!done() && predicate(text_[pos_])) ++pos_;
    return text_.substr(begin, pos_ - begin);
  }
  // Offset of a view that points into the text.
  [[nodiscard]] std::size_t offset_of(std::string_view part) const {
    return static_cast<std::size_t>(part.data() - text_.data());
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

}  // namespace chronograph::detail
