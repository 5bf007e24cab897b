#pragma once
// Internal: text preparation for the tagger. NFC (ICU) with a byte map back to the text as given,
// paragraphs (lines), repeated paragraphs folded, sentences (ICU's sentence break rules), and the
// headline and byline of a scraped news page.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"

namespace chronograph::extract_stage {

struct Span {
  std::size_t begin = 0;  // bytes
  std::size_t end = 0;
  [[nodiscard]] std::size_t size() const { return end - begin; }
};

struct Sentence {
  Span span;              // in PreparedText::text
  std::size_t paragraph;  // index into PreparedText::paragraphs
  std::string language;   // "ko" or "en", by script (or as forced)
};

struct PreparedText {
  std::string text;                      // NFC
  std::vector<std::size_t> to_original;  // byte of `text` (and one past the end) → byte given
  std::vector<Span> paragraphs;          // non-blank lines, trimmed
  std::vector<bool> folded;              // per paragraph: repeats an earlier one, not tagged
  std::vector<Sentence> sentences;       // of the paragraphs not folded
  std::optional<std::size_t> headline;   // paragraph index
  std::optional<std::size_t> byline;     // paragraph holding only a publication time

  [[nodiscard]] std::string_view view(Span span) const {
    return std::string_view(text).substr(span.begin, span.size());
  }
  [[nodiscard]] std::size_t original(std::size_t offset) const { return to_original[offset]; }
};

inline constexpr std::size_t max_text_bytes = std::size_t{8} << 20;
// About 100 Hangul syllables or 300 Latin letters: longer first paragraphs are a lead, not a title.
inline constexpr std::size_t max_headline_bytes = 300;

// `language` forces every sentence's language ("ko"/"en"); empty decides per sentence by script.
// Errors (with positions in `path`): not UTF-8, NUL bytes, over max_text_bytes.
[[nodiscard]] Result<PreparedText> prepare_text(std::string_view text, std::string_view path,
                                                std::string_view language);

// "ko" when Hangul letters are at least a fifth of the letters in `text`, else "en".
[[nodiscard]] std::string language_of(std::string_view text);

}  // namespace chronograph::extract_stage
