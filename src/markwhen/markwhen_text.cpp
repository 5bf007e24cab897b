// The parts of a Markwhen file around the dates, with @markwhen/parser 1.x's rules: ASCII word
// characters in ids and tags (JavaScript's \w), a tag not all digits, headings '#' to '######'.

#include "markwhen/markwhen_text.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace chronograph::detail::markwhen {

namespace {

bool is_word(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool is_space(char c) {
  return c == ' ' || c == '\t';
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0)
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0)
    text.remove_suffix(1);
  return text;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Takes `#tag`s (after a space or at the start, not all digits) out of `text`, with the space
// before each, as Markwhen's replace does.
std::string without_tags(std::string_view text, std::vector<std::string>& tags) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    std::size_t hash = i;
    while (hash < text.size() && is_space(text[hash])) ++hash;
    const bool boundary = start == 0 || hash > start;
    if (boundary && hash < text.size() && text[hash] == '#') {
      std::size_t end = hash + 1;
      while (end < text.size() && is_word(text[end])) ++end;
      const std::string_view tag = text.substr(hash + 1, end - hash - 1);
      const bool digits_only = std::all_of(tag.begin(), tag.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
      });
      const bool ends = end == text.size() || std::isspace(static_cast<unsigned char>(text[end]));
      if (!tag.empty() && !(digits_only && ends)) {
        if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.emplace_back(tag);
        i = end;
        continue;
      }
    }
    if (hash > start) {
      out.append(text.substr(start, hash - start));
      i = hash;
      continue;
    }
    out += text[i++];
  }
  return out;
}

}  // namespace

bool is_comment(std::string_view line) {
  return trim(line).starts_with("//");
}

std::optional<Heading> markdown_heading(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i])) != 0) ++i;
  std::size_t hashes = 0;
  while (i + hashes < line.size() && line[i + hashes] == '#') ++hashes;
  if (hashes == 0 || hashes > 6 || i + hashes >= line.size() ||
      std::isspace(static_cast<unsigned char>(line[i + hashes])) == 0)
    return std::nullopt;
  return Heading{static_cast<int>(hashes), std::string(line.substr(i + hashes + 1))};
}

std::optional<GroupKeyword> group_keyword(std::string_view line) {
  const std::string_view text = trim(line);
  for (std::string_view end : {"endgroup", "endsection", "end group", "end section"})
    if (iequals(text, end)) return GroupKeyword{true, {}};
  for (std::string_view start : {"group", "section"}) {
    if (text.size() < start.size() || !iequals(text.substr(0, start.size()), start)) continue;
    if (text.size() > start.size() && !is_space(text[start.size()])) continue;
    return GroupKeyword{false, std::string(trim(text.substr(start.size())))};
  }
  return std::nullopt;
}

bool is_property(std::string_view line) {
  std::size_t i = 0;
  if (!line.empty() && line[0] == '-') return false;
  while (i < line.size() && is_space(line[i])) ++i;
  const std::size_t key = i;
  while (i < line.size() && (is_word(line[i]) || line[i] == '-' || line[i] == '.')) ++i;
  return i > key && i < line.size() && line[i] == ':' &&
         (i + 1 == line.size() || std::isspace(static_cast<unsigned char>(line[i + 1])) != 0);
}

std::string yaml_safe_line(std::string_view line) {
  std::string out(line);
  std::size_t i = 0;
  while (i < out.size() && is_space(out[i])) ++i;
  if (i + 1 < out.size() && out[i] == '#' && is_word(out[i + 1])) out[i] = ')';
  return out;
}

std::optional<std::string> markwhen_offset(std::string_view text) {
  text = trim(text);
  int sign = 1;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    sign = text[0] == '-' ? -1 : 1;
    text.remove_prefix(1);
  }
  std::size_t i = 0;
  int hours = 0;
  while (i < text.size() && i < 2 && std::isdigit(static_cast<unsigned char>(text[i])) != 0)
    hours = hours * 10 + (text[i++] - '0');
  if (i == 0) return std::nullopt;
  int minutes = 0;
  std::string_view rest = text.substr(i);
  if (rest.starts_with(':')) rest.remove_prefix(1);
  if (!rest.empty()) {
    if (rest.size() != 2 || std::isdigit(static_cast<unsigned char>(rest[0])) == 0 ||
        std::isdigit(static_cast<unsigned char>(rest[1])) == 0)
      return std::nullopt;
    minutes = (rest[0] - '0') * 10 + (rest[1] - '0');
  }
  if (hours > 15 || minutes > 59) return std::nullopt;
  return fmt::format("{}{:02}:{:02}", sign < 0 ? '-' : '+', hours, minutes);
}

TitleText split_title(std::string_view text) {
  TitleText out;
  // The first `!id` after a non-word character or at the start (Markwhen's EVENT_ID_REGEX).
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] != '!' || (i > 0 && is_word(text[i - 1])) || !is_word(text[i + 1])) continue;
    std::size_t end = i + 1;
    while (end < text.size() && is_word(text[end])) ++end;
    out.id = TitleText::Id{std::string(text.substr(i + 1, end - i - 1)), i};
    break;
  }
  std::string rest = without_tags(text, out.tags);
  if (out.id) {
    const std::string written = "!" + out.id->text;
    const std::size_t at = rest.find(written);
    if (at != std::string::npos) {
      // With the character before it, as Markwhen's replace takes it.
      const std::size_t from = at > 0 && !is_word(rest[at - 1]) ? at - 1 : at;
      rest.erase(from, at + written.size() - from);
    }
  }
  out.text = std::string(trim(rest));
  return out;
}

Description read_description(const std::vector<std::string_view>& lines, std::size_t begin,
                             std::size_t end) {
  Description out;
  std::vector<std::string> kept;
  for (std::size_t k = begin; k < end; ++k) {
    if (is_comment(lines[k])) continue;
    const Scan scan = scan_event_start(lines[k]);
    if (scan.text_only) out.warnings.push_back({k, *scan.text_only});
    const std::string line(trim(without_tags(lines[k], out.tags)));
    if (line.empty() && (kept.empty() || kept.back().empty())) continue;
    kept.push_back(line);
  }
  while (!kept.empty() && kept.back().empty()) kept.pop_back();
  for (std::size_t k = 0; k < kept.size(); ++k) out.text += (k ? "\n" : "") + kept[k];
  return out;
}

}  // namespace chronograph::detail::markwhen
