#include "extract/morph.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <tuple>

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <hunspell/hunspell.hxx>

namespace chronograph::extract_stage {

struct Stemmer::Impl {
  std::unique_ptr<Hunspell> hunspell;
  mutable std::mutex mutex;  // Hunspell keeps state between calls
};

Stemmer::Stemmer(std::string_view language) : impl_(std::make_unique<Impl>()) {
  // Debian's hunspell dictionaries live here; a missing dictionary only makes titles rougher.
  const std::string base = "/usr/share/hunspell/" + std::string(language);
  std::error_code error;
  if (std::filesystem::exists(base + ".aff", error) &&
      std::filesystem::exists(base + ".dic", error))
    impl_->hunspell = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
}

Stemmer::~Stemmer() = default;
Stemmer::Stemmer(Stemmer&&) noexcept = default;
Stemmer& Stemmer::operator=(Stemmer&&) noexcept = default;

bool Stemmer::available() const {
  return impl_ && impl_->hunspell;
}

std::string Stemmer::stem(std::string_view word) const {
  if (!available() || word.empty()) return {};
  std::vector<std::string> stems;
  {
    const std::lock_guard lock(impl_->mutex);
    stems = impl_->hunspell->stem(std::string(word));
  }
  // A verb reading first ("만날" → 만나다 rather than the noun 만): titles end in a predicate.
  // Among verbs, the one that keeps most of the word's first letters (만나다, not 말다).
  std::string best;
  std::size_t best_shared = 0;
  for (const std::string& stem : stems) {
    if (!stem.ends_with("다")) continue;
    const auto [a, b] = std::mismatch(stem.begin(), stem.end(), word.begin(), word.end());
    const auto shared = static_cast<std::size_t>(a - stem.begin());
    if (best.empty() || shared > best_shared) std::tie(best, best_shared) = std::tie(stem, shared);
  }
  if (!best.empty()) return best;
  return stems.empty() ? std::string{} : stems.front();
}

const Stemmer& shared_stemmer(std::string_view language) {
  static std::mutex mutex;
  static std::map<std::string, Stemmer, std::less<>> stemmers;
  const std::lock_guard lock(mutex);
  auto found = stemmers.find(language);
  if (found == stemmers.end())
    found = stemmers.emplace(std::string(language), Stemmer(language)).first;
  return found->second;
}

std::string id_for(std::string_view name) {
  UErrorCode status = U_ZERO_ERROR;
  // Transliterators are not safe to share between threads; one per thread is built once.
  thread_local const std::unique_ptr<icu::Transliterator> latin(icu::Transliterator::createInstance(
      "Hangul-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
  if (!latin) return {};
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  latin->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  std::string id;
  for (char c : ascii) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      id += c;
    else if (!id.empty() && id.back() != '-')
      id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

}  // namespace chronograph::extract_stage
