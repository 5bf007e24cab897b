#pragma once
// Internal: words. hunspell (with Debian's hunspell-ko dictionary) gives the dictionary form of a
// Korean word without its particles and endings; ICU romanises names for ids.

#include <memory>
#include <string>
#include <string_view>

namespace chronograph::extract_stage {

class Stemmer {
 public:
  // Opens /usr/share/hunspell/<language>.{aff,dic}; without them stems fall back to the word.
  explicit Stemmer(std::string_view language);
  ~Stemmer();
  Stemmer(Stemmer&&) noexcept;
  Stemmer& operator=(Stemmer&&) noexcept;

  [[nodiscard]] bool available() const;
  // The dictionary's first verb stem of `word`, else its first stem ("사장과" → "사장", "둘러본" →
  // "둘러보다"), or empty when the dictionary does not know the word.
  [[nodiscard]] std::string stem(std::string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The process's stemmer for `language`, opened on first use (loading hunspell-ko takes about a
// second, so it is done once); stem() may be called from any thread.
[[nodiscard]] const Stemmer& shared_stemmer(std::string_view language);

// An id for a name: ICU's Hangul-Latin and Latin-ASCII transliterations, lower case, runs of other
// characters as one '-' ("곽노정" → "gwag-nojeong"; "Chey Tae-won" → "chey-tae-won"). Empty when
// nothing Latin remains.
[[nodiscard]] std::string id_for(std::string_view name);

}  // namespace chronograph::extract_stage
