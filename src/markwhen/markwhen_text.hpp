#pragma once
// Internal: the lines of a Markwhen file that are not dates — comments, headings, `group`
// keywords, properties, an event's title, tags and description — as @markwhen/parser 1.x tells
// them apart.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "markwhen/markwhen_dates.hpp"

namespace chronograph::detail::markwhen {

[[nodiscard]] bool is_comment(std::string_view line);  // `// …`

struct Heading {
  int level = 1;  // number of '#'
  std::string title;
};
[[nodiscard]] std::optional<Heading> markdown_heading(std::string_view line);  // `## Backend`

// Markwhen before 1.0: `group Name` / `section Name` … `endGroup` / `endSection`.
struct GroupKeyword {
  bool end = false;
  std::string title;
};
[[nodiscard]] std::optional<GroupKeyword> group_keyword(std::string_view line);

// `key: value` under an event or heading (`id: build`, `timezone: Asia/Seoul`).
[[nodiscard]] bool is_property(std::string_view line);
// The line with a leading `#tag` written `)tag` (as Markwhen does), so YAML reads it rather than
// taking it for a comment; columns are unchanged.
[[nodiscard]] std::string yaml_safe_line(std::string_view line);
// An offset in hours as Markwhen's header writes it (`9`, `-3`, `+5:30`, `+0530`) → "+09:00".
[[nodiscard]] std::optional<std::string> markwhen_offset(std::string_view text);

// An event's first line after the ':' (or a heading's text): `!id` and `#tags` taken out.
struct TitleText {
  std::string text;
  std::vector<std::string> tags;
  struct Id {
    std::string text;
    std::size_t offset = 0;  // of the '!'
  };
  std::optional<Id> id;
};
[[nodiscard]] TitleText split_title(std::string_view text);

struct DescriptionWarning {
  std::size_t line = 0;
  Problem problem;
};
struct Description {
  std::string text;  // the lines, trimmed, tags taken out, comments left out; one blank kept
  std::vector<std::string> tags;
  std::vector<DescriptionWarning> warnings;  // lines Markwhen reads as text, though dated
};
[[nodiscard]] Description read_description(const std::vector<std::string_view>& lines,
                                           std::size_t begin, std::size_t end);

}  // namespace chronograph::detail::markwhen
