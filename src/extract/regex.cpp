#define PCRE2_CODE_UNIT_WIDTH 8
#include "extract/regex.hpp"

#include <pcre2.h>

#include "parse/utf8.hpp"

namespace chronograph::extract_stage {

struct Regex::Code {
  pcre2_code* code = nullptr;
  ~Code() { pcre2_code_free(code); }
};

namespace {

// Match data is sized for the pattern and reused per thread: allocating it on every call costs
// more than the match itself on short sentences.
struct MatchData {
  pcre2_match_data* data = nullptr;
  const pcre2_code* owner = nullptr;
  ~MatchData() { pcre2_match_data_free(data); }
};

pcre2_match_data* match_data_for(const pcre2_code* code) {
  thread_local MatchData cached;
  if (cached.owner != code) {
    pcre2_match_data_free(cached.data);
    cached.data = pcre2_match_data_create_from_pattern(code, nullptr);
    cached.owner = code;
  }
  return cached.data;
}

}  // namespace

bool RegexMatch::has(int group) const {
  return group >= 0 && static_cast<std::size_t>(group) < groups.size() &&
         groups[static_cast<std::size_t>(group)].first != std::string_view::npos;
}

std::string_view RegexMatch::text(std::string_view subject, int group) const {
  if (!has(group)) return {};
  const auto& [begin, end] = groups[static_cast<std::size_t>(group)];
  return subject.substr(begin, end - begin);
}

std::optional<Regex> Regex::compile(std::string_view pattern, bool caseless, Error& error) {
  int code = 0;
  PCRE2_SIZE offset = 0;
  const uint32_t options =
      PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK | (caseless ? PCRE2_CASELESS : 0u);
  pcre2_code* compiled = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(),
                                       options, &code, &offset, nullptr);
  if (compiled == nullptr) {
    PCRE2_UCHAR buffer[256];
    pcre2_get_error_message(code, buffer, sizeof buffer);
    error = {reinterpret_cast<const char*>(buffer), offset};
    return std::nullopt;
  }
  // Without JIT support (some architectures) pcre2_match interprets; results are the same.
  pcre2_jit_compile(compiled, PCRE2_JIT_COMPLETE);
  Regex regex;
  auto owned = std::make_shared<Code>();
  owned->code = compiled;
  regex.code_ = std::move(owned);
  return regex;
}

namespace {

// Whether `subject` starts and ends on whole characters and `start` begins one (O(1): only the
// ends are looked at; the text as a whole was checked once, before it was sliced).
bool whole_characters(std::string_view subject, std::size_t start) {
  if (subject.empty()) return true;
  if (detail::utf8_sequence_length(subject, 0) == 0) return false;
  if (start < subject.size() && detail::utf8_sequence_length(subject, start) == 0) return false;
  std::size_t last = subject.size() - 1;  // the lead byte of the last character
  while (last > 0 && subject.size() - last < 4 &&
         (static_cast<unsigned char>(subject[last]) & 0xC0) == 0x80)
    --last;
  return last + detail::utf8_sequence_length(subject, last) == subject.size();
}

}  // namespace

std::optional<RegexMatch> Regex::find(std::string_view subject, std::size_t start) const {
  if (start > subject.size()) return std::nullopt;
  // PCRE2_NO_UTF_CHECK makes a subject or start that cuts a character undefined behaviour (the
  // JIT'd code reads past it); callers slice by bytes, so a cut one is refused here.
  if (!whole_characters(subject, start)) return std::nullopt;
  pcre2_match_data* data = match_data_for(code_->code);
  const int count = pcre2_match(code_->code, reinterpret_cast<PCRE2_SPTR>(subject.data()),
                                subject.size(), start, PCRE2_NO_UTF_CHECK, data, nullptr);
  if (count <= 0) return std::nullopt;
  uint32_t pairs = 0;
  pcre2_pattern_info(code_->code, PCRE2_INFO_CAPTURECOUNT, &pairs);
  const PCRE2_SIZE* vector = pcre2_get_ovector_pointer(data);
  RegexMatch match;
  match.groups.reserve(pairs + 1);
  for (uint32_t i = 0; i <= pairs; ++i) {
    const bool set = i < static_cast<uint32_t>(count) && vector[2 * i] != PCRE2_UNSET;
    if (set)
      match.groups.emplace_back(vector[2 * i], vector[2 * i + 1]);
    else
      match.groups.emplace_back(std::string_view::npos, std::string_view::npos);
  }
  return match;
}

int Regex::group_number(std::string_view name) const {
  const std::string key(name);
  const int number =
      pcre2_substring_number_from_name(code_->code, reinterpret_cast<PCRE2_SPTR>(key.c_str()));
  return number > 0 ? number : -1;
}

std::vector<std::pair<std::string, int>> Regex::named_groups() const {
  uint32_t count = 0;
  uint32_t entry_size = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(code_->code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(code_->code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
  pcre2_pattern_info(code_->code, PCRE2_INFO_NAMETABLE, &table);
  std::vector<std::pair<std::string, int>> names;
  for (uint32_t i = 0; i < count; ++i) {
    const PCRE2_SPTR entry = table + i * entry_size;
    const int number = (entry[0] << 8) | entry[1];
    names.emplace_back(reinterpret_cast<const char*>(entry + 2), number);
  }
  return names;
}

}  // namespace chronograph::extract_stage
