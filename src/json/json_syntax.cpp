#include "json/json_syntax.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include <fmt/format.h>

#include "base/did_you_mean.hpp"
#include "parse/utf8.hpp"

namespace chronograph::detail {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_word_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '+' ||
         c == '-' || c == '.';
}
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// How a control character is written inside a JSON string.
std::string escape_for(unsigned char c) {
  switch (c) {
    case '\n':
      return "\\n";
    case '\t':
      return "\\t";
    case '\r':
      return "\\r";
    default:
      return fmt::format("\\u{:04x}", c);
  }
}

class Checker {
 public:
  explicit Checker(std::string_view text) : text_(text) {}

  std::optional<JsonSyntaxProblem> run() {
    std::size_t pos = skip_space(0);
    if (pos == text_.size()) return problem(0, "the file holds no JSON value");
    while (true) {
      pos = skip_space(pos);
      if (pos == text_.size()) return expect_ == Expect::done ? std::nullopt : end_of_file();
      if (!step(pos)) return problem_;
    }
  }

 private:
  enum class Expect {
    value,
    first_value_or_close,
    first_key_or_close,
    key,
    colon,
    comma_or_close,
    done
  };

  std::size_t skip_space(std::size_t pos) const {
    while (pos < text_.size() && is_space(text_[pos])) ++pos;
    return pos;
  }

  // Reads the token at `pos` (not a space) in the current state; false after recording a problem.
  bool step(std::size_t& pos) {
    const char c = text_[pos];
    switch (expect_) {
      case Expect::done:
        return fail(pos, fmt::format("text after the end of the JSON value, found {}", found(pos)));
      case Expect::first_value_or_close:
        if (c == ']') return close(pos);
        [[fallthrough]];
      case Expect::value:
        if ((c == ']' || c == '}') && after_comma_) return trailing_comma(c);
        return value(pos);
      case Expect::first_key_or_close:
        if (c == '}') return close(pos);
        [[fallthrough]];
      case Expect::key:
        if (c == '}' && after_comma_) return trailing_comma(c);
        if (c == '\'') return fail(pos, "keys and strings need double quotes, not single ones");
        if (c != '"')
          return fail(pos, fmt::format("expected a key in double quotes, found {}", found(pos)));
        if (!string(pos)) return false;
        expect_ = Expect::colon;
        return true;
      case Expect::colon:
        if (c != ':')
          return fail(pos, fmt::format("expected ':' after the key, found {}", found(pos)));
        ++pos;
        expect_ = Expect::value;
        after_comma_ = false;
        return true;
      case Expect::comma_or_close:
        return comma_or_close(pos);
    }
    return true;
  }

  bool comma_or_close(std::size_t& pos) {
    const char c = text_[pos];
    const bool object = open_.back() == '{';
    if (c == ',') {
      comma_ = pos++;
      after_comma_ = true;
      expect_ = object ? Expect::key : Expect::value;
      return true;
    }
    if (c == (object ? '}' : ']')) return close(pos);
    fail(pos, fmt::format("expected ',' or '{}' after a value in an {}, found {}",
                          object ? '}' : ']', object ? "object" : "array", found(pos)));
    if (c == '}' || c == ']') {
      problem_->opened_at = openers_.back();
      problem_->note = fmt::format("the {} starts here", object ? "object" : "array");
    }
    return false;
  }

  bool value(std::size_t& pos) {
    const char c = text_[pos];
    after_comma_ = false;
    if (c == '{' || c == '[') {
      open_.push_back(c);
      openers_.push_back(pos++);
      expect_ = c == '{' ? Expect::first_key_or_close : Expect::first_value_or_close;
      return true;
    }
    if (c == '"') {
      if (!string(pos)) return false;
      return after_value();
    }
    if (c == '\'') return fail(pos, "keys and strings need double quotes, not single ones");
    if (!is_word_byte(c)) return fail(pos, fmt::format("expected a value, found {}", found(pos)));
    const std::size_t begin = pos;
    while (pos < text_.size() && is_word_byte(text_[pos])) ++pos;
    const std::string_view word = text_.substr(begin, pos - begin);
    if (is_digit(c) || c == '-' || c == '+' || c == '.') {
      if (!is_json_number(word)) return fail(begin, fmt::format("malformed number '{}'", word));
      return after_value();
    }
    static constexpr std::array<std::string_view, 3> words{"true", "false", "null"};
    if (word == "true" || word == "false" || word == "null") return after_value();
    std::string suggestion = did_you_mean(word, words);
    if (suggestion.empty()) suggestion = " (text is written in double quotes)";
    return fail(begin, fmt::format("unknown word '{}'{}", word, suggestion));
  }

  bool after_value() {
    expect_ = open_.empty() ? Expect::done : Expect::comma_or_close;
    return true;
  }

  bool close(std::size_t& pos) {
    open_.pop_back();
    openers_.pop_back();
    ++pos;
    after_comma_ = false;
    return after_value();
  }

  bool trailing_comma(char close) {
    return fail(comma_, fmt::format("a comma before '{}': JSON allows no comma after the last {}",
                                    close, close == '}' ? "member" : "element"));
  }

  // A string from its opening quote at `pos`; leaves `pos` after the closing one.
  bool string(std::size_t& pos) {
    const std::size_t open = pos;
    std::size_t i = pos + 1;
    while (i < text_.size()) {
      const auto c = static_cast<unsigned char>(text_[i]);
      if (c == '"') {
        pos = i + 1;
        return true;
      }
      if (c < 0x20) {
        fail(i, fmt::format("control character 0x{:02x} inside a string; write it as {}", c,
                            escape_for(c)));
        problem_->opened_at = open;
        problem_->note = "the string starts here";
        return false;
      }
      if (c == '\\') {
        if (!escape(i)) return false;
        continue;
      }
      if (c >= 0x80) {
        const std::size_t length = utf8_sequence_length(text_, i);
        if (length == 0) return invalid_utf8(i);
        i += length;
        continue;
      }
      ++i;
    }
    // Also when the text ends in a backslash: the escape is cut off with the string.
    return fail(open, "this string is never closed");
  }

  // The escape at `i` (a backslash); leaves `i` after it, or at the end of the text when that
  // comes first (the string is then never closed).
  bool escape(std::size_t& i) {
    if (i + 1 >= text_.size()) {
      i = text_.size();
      return true;
    }
    const char e = text_[i + 1];
    if (std::string_view("\"\\/bfnrt").find(e) != std::string_view::npos) {
      i += 2;
      return true;
    }
    if (e != 'u') {
      if (static_cast<unsigned char>(e) >= 0x80 && utf8_sequence_length(text_, i + 1) == 0)
        return invalid_utf8(i + 1);
      const std::size_t length = utf8_length(i + 1);
      return fail(i, fmt::format("unknown escape '\\{}' in a string (escapes: \\\" \\\\ \\/ \\b "
                                 "\\f \\n \\r \\t \\uXXXX)",
                                 text_.substr(i + 1, length)));
    }
    const int unit = hex4(i);
    if (unit < 0) return fail(i, "'\\u' needs four hex digits");
    if (unit >= 0xDC00 && unit <= 0xDFFF) return unpaired(i);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      const bool paired = i + 7 < text_.size() && text_[i + 6] == '\\' && text_[i + 7] == 'u';
      const int low = paired ? hex4(i + 6) : -1;
      if (low < 0xDC00 || low > 0xDFFF) return unpaired(i);
      i += 6;
    }
    i += 6;
    return true;
  }

  int hex4(std::size_t backslash) const {
    if (backslash + 6 > text_.size()) return -1;
    int value = 0;
    for (std::size_t k = backslash + 2; k < backslash + 6; ++k) {
      const int digit = hex_value(text_[k]);
      if (digit < 0) return -1;
      value = value * 16 + digit;
    }
    return value;
  }

  bool unpaired(std::size_t i) {
    return fail(i, fmt::format("'{}' is half of a UTF-16 surrogate pair, without the other half",
                               text_.substr(i, 6)));
  }

  bool invalid_utf8(std::size_t i) {
    return fail(i, fmt::format("invalid UTF-8 byte 0x{:02x} in a string",
                               static_cast<unsigned char>(text_[i])));
  }

  // The bytes of the character at `at`; one for a byte that starts no well-formed UTF-8.
  std::size_t utf8_length(std::size_t at) const {
    return std::max<std::size_t>(1, utf8_sequence_length(text_, at));
  }

  // What stands at `pos`, for "found …".
  std::string found(std::size_t pos) const {
    const auto c = static_cast<unsigned char>(text_[pos]);
    if (c == '"') return "a string";
    if (is_digit(static_cast<char>(c)) || c == '-') return "a number";
    if (is_word_byte(static_cast<char>(c))) {
      std::size_t end = pos;
      while (end < text_.size() && is_word_byte(text_[end])) ++end;
      return fmt::format("'{}'", text_.substr(pos, std::min<std::size_t>(end - pos, 40)));
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && utf8_sequence_length(text_, pos) == 0))
      return fmt::format("byte 0x{:02x}", c);
    return fmt::format("'{}'", text_.substr(pos, utf8_length(pos)));
  }

  // Just past the last byte that is not a space: where the missing text would go.
  std::optional<JsonSyntaxProblem> end_of_file() {
    std::size_t last = text_.size();
    while (last > 0 && is_space(text_[last - 1])) --last;
    if (open_.empty()) return problem(last, "the file ends early");
    const bool object = open_.back() == '{';
    JsonSyntaxProblem out{last,
                          fmt::format("invalid JSON: the file ends inside an {}; '{}' is missing",
                                      object ? "object" : "array", object ? '}' : ']'),
                          openers_.back(),
                          fmt::format("the {} starts here", object ? "object" : "array")};
    return out;
  }

  std::optional<JsonSyntaxProblem> problem(std::size_t offset, std::string_view message) {
    fail(offset, std::string(message));
    return problem_;
  }
  bool fail(std::size_t offset, std::string message) {
    problem_ = JsonSyntaxProblem{offset, "invalid JSON: " + message, std::nullopt, {}};
    return false;
  }

  std::string_view text_;
  Expect expect_ = Expect::value;
  bool after_comma_ = false;
  std::size_t comma_ = 0;
  std::string open_;                  // '{' and '[' of the containers around the position
  std::vector<std::size_t> openers_;  // where each starts
  std::optional<JsonSyntaxProblem> problem_;
};

}  // namespace

std::optional<JsonSyntaxProblem> find_json_syntax_error(std::string_view text) {
  return Checker(text).run();
}

bool is_json_number(std::string_view token) {
  std::size_t i = 0;
  const std::size_t n = token.size();
  const auto digits = [&] {
    const std::size_t start = i;
    while (i < n && is_digit(token[i])) ++i;
    return i > start;
  };
  if (i < n && token[i] == '-') ++i;
  if (i == n) return false;
  if (token[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < n && token[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < n && (token[i] == 'e' || token[i] == 'E')) {
    ++i;
    if (i < n && (token[i] == '+' || token[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == n;
}

std::size_t json_string_close(std::string_view text, std::size_t content) {
  for (std::size_t i = content; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;
    } else if (text[i] == '"') {
      return i;
    }
  }
  return std::string_view::npos;
}

}  // namespace chronograph::detail
