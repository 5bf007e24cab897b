#include "extract/prepare.hpp"

#include <memory>
#include <unordered_set>

#include <unicode/brkiter.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "parse/source_text.hpp"
#include "parse/utf8.hpp"

namespace chronograph::extract_stage {

namespace {

SourceRange at(std::string_view text, std::string_view path, std::size_t offset) {
  const SourcePosition position = detail::position_at_offset(text, offset);
  return {std::string(path), position, position};
}

// NFC through ICU; the Edits record which bytes changed, so every byte of the result maps back to
// the byte of the input where its character started (and the end maps to the end).
bool normalize(std::string_view input, PreparedText& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return false;
  icu::Edits edits;
  icu::StringByteSink<std::string> sink(&out.text, static_cast<int32_t>(input.size()));
  nfc->normalizeUTF8(0, icu::StringPiece(input.data(), static_cast<int32_t>(input.size())), sink,
                     &edits, status);
  if (U_FAILURE(status)) return false;
  out.to_original.assign(out.text.size() + 1, input.size());
  icu::Edits::Iterator it = edits.getFineIterator();
  while (it.next(status)) {
    const auto source = static_cast<std::size_t>(it.sourceIndex());
    const auto destination = static_cast<std::size_t>(it.destinationIndex());
    const auto length = static_cast<std::size_t>(it.newLength());
    for (std::size_t i = 0; i < length; ++i)
      out.to_original[destination + i] = it.hasChange() ? source : source + i;
  }
  return U_SUCCESS(status);
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

void split_paragraphs(PreparedText& out) {
  const std::string_view text = out.text;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    Span line{start, end};
    while (line.begin < line.end && is_blank(text[line.begin])) ++line.begin;
    while (line.end > line.begin && is_blank(text[line.end - 1])) --line.end;
    if (line.size() > 0) out.paragraphs.push_back(line);
    start = end + 1;
  }
  // A scraped page often repeats its body (the seed article holds it twice); a paragraph seen
  // before says nothing new and would only double every event.
  std::unordered_set<std::string_view> seen;
  for (const Span& paragraph : out.paragraphs)
    out.folded.push_back(!seen.insert(out.view(paragraph)).second);
}

void split_sentences(PreparedText& out, std::string_view forced_language) {
  UErrorCode status = U_ZERO_ERROR;
  // "ss=standard" keeps "Dr." and "U.S." from ending sentences (CLDR's suppression lists).
  std::unique_ptr<icu::BreakIterator> breaks(
      icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status)) breaks.reset();
  for (std::size_t index = 0; index < out.paragraphs.size(); ++index) {
    if (out.folded[index]) continue;
    const Span paragraph = out.paragraphs[index];
    const std::string_view view = out.view(paragraph);
    std::vector<Span> pieces;
    if (breaks) {
      UText* text =
          utext_openUTF8(nullptr, view.data(), static_cast<int64_t>(view.size()), &status);
      breaks->setText(text, status);
      int32_t begin = breaks->first();
      for (int32_t end = breaks->next(); end != icu::BreakIterator::DONE; end = breaks->next()) {
        pieces.push_back({static_cast<std::size_t>(begin), static_cast<std::size_t>(end)});
        begin = end;
      }
      utext_close(text);
    }
    if (pieces.empty()) pieces.push_back({0, view.size()});
    for (Span piece : pieces) {
      Span span{paragraph.begin + piece.begin, paragraph.begin + piece.end};
      while (span.end > span.begin && is_blank(out.text[span.end - 1])) --span.end;
      if (span.size() == 0) continue;
      const std::string language =
          forced_language.empty() ? language_of(out.view(span)) : std::string(forced_language);
      out.sentences.push_back({span, index, language});
    }
  }
}

bool all_digits_and(std::string_view text, std::string_view allowed) {
  bool digit = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digit = true;
      continue;
    }
    if (allowed.find(c) == std::string_view::npos) return false;
  }
  return digit;
}

// A headline is short and ends without a full stop; a text that opens with a sentence (a wire
// story's lead, a TimeML document's TEXT) has none, and its first sentence must be tagged.
bool looks_like_headline(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  if (line.empty() || line.size() > max_headline_bytes) return false;
  const char last = line.back();
  return last != '.' && last != '!' && last != '?' && last != '"' && last != ':';
}

// The headline is the first paragraph when it looks like one; the byline, the first paragraph in
// the first ten that is nothing but a date and a time ("01.26 19:55", "2024-01-26 19:55").
void find_headline(PreparedText& out) {
  if (out.paragraphs.size() < 2) return;
  if (looks_like_headline(out.view(out.paragraphs[0]))) out.headline = 0;
  for (std::size_t i = 1; i < out.paragraphs.size() && i < 10; ++i) {
    const std::string_view line = out.view(out.paragraphs[i]);
    if (line.find(':') != std::string_view::npos && line.size() <= 20 &&
        all_digits_and(line, ".-/: ")) {
      out.byline = i;
      return;
    }
  }
}

}  // namespace

std::string language_of(std::string_view text) {
  std::size_t hangul = 0;
  std::size_t letters = 0;
  int32_t i = 0;
  const auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, length, c);
    if (c < 0 || !u_isalpha(c)) continue;
    ++letters;
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(c, &status) == USCRIPT_HANGUL) ++hangul;
  }
  return letters > 0 && hangul * 5 >= letters ? "ko" : "en";
}

Result<PreparedText> prepare_text(std::string_view text, std::string_view path,
                                  std::string_view language) {
  Result<PreparedText> result;
  if (text.size() > max_text_bytes) {
    result.diagnostics.push_back(
        make_error({std::string(path), {}, {}},
                   "text is " + std::to_string(text.size() >> 20) + " MiB; extract reads at most " +
                       std::to_string(max_text_bytes >> 20) + " MiB (split the text)"));
    return result;
  }
  // A NUL first: a binary file is told as such rather than by its first byte that is not UTF-8.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos) {
    result.diagnostics.push_back(
        make_error(at(text, path, nul), "NUL byte: this looks like a binary file, not text"));
    return result;
  }
  if (const auto problem = detail::find_invalid_utf8(text)) {
    result.diagnostics.push_back(make_error(at(text, path, problem->offset),
                                            problem->message + "; extract reads UTF-8 text"));
    return result;
  }
  std::string_view body = text;
  if (body.substr(0, detail::utf8_bom.size()) == detail::utf8_bom) body.remove_prefix(3);
  PreparedText out;
  if (!normalize(body, out)) {
    result.diagnostics.push_back(make_error(at(text, path, 0), "ICU could not normalise the text"));
    return result;
  }
  const std::size_t skipped = text.size() - body.size();
  for (std::size_t& offset : out.to_original) offset += skipped;
  split_paragraphs(out);
  split_sentences(out, language);
  find_headline(out);
  result.value = std::move(out);
  return result;
}

}  // namespace chronograph::extract_stage
