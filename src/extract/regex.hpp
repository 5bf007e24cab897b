#pragma once
// Internal: a compiled PCRE2 pattern (UTF-8, Unicode properties, JIT when the platform has it).
// Offsets are bytes, as everywhere in chronograph.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::extract_stage {

struct RegexMatch {
  // Byte ranges of group 0 (the whole match) and each numbered group; npos when a group is unset.
  std::vector<std::pair<std::size_t, std::size_t>> groups;
  [[nodiscard]] std::size_t begin() const { return groups[0].first; }
  [[nodiscard]] std::size_t end() const { return groups[0].second; }
  [[nodiscard]] bool has(int group) const;
  [[nodiscard]] std::string_view text(std::string_view subject, int group) const;
};

class Regex {
 public:
  // `error` receives PCRE2's message and the byte offset in `pattern` when compiling fails.
  struct Error {
    std::string message;
    std::size_t offset = 0;
  };
  [[nodiscard]] static std::optional<Regex> compile(std::string_view pattern, bool caseless,
                                                    Error& error);

  // The first match at or after `start` in `subject` (valid UTF-8, checked by the caller once).
  [[nodiscard]] std::optional<RegexMatch> find(std::string_view subject, std::size_t start) const;
  // Whether the pattern matches anywhere in `subject`.
  [[nodiscard]] bool search(std::string_view subject) const { return find(subject, 0).has_value(); }
  // Number of a named group, or -1.
  [[nodiscard]] int group_number(std::string_view name) const;
  // Every named group, (name, number).
  [[nodiscard]] std::vector<std::pair<std::string, int>> named_groups() const;

 private:
  struct Code;
  std::shared_ptr<const Code> code_;
};

}  // namespace chronograph::extract_stage
