#include "extract/rules.hpp"

#include <algorithm>
#include <cctype>

#include <yaml-cpp/yaml.h>

#include "extract/rule_files.hpp"

namespace chronograph::extract_stage {

namespace {

std::string lower_ascii(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

SourceRange range_of(const YAML::Node& node, std::string_view file) {
  const YAML::Mark mark = node.Mark();
  const SourcePosition at{mark.line + 1, mark.column + 1};
  return {std::string(file), at, at};
}

// `{name}` is replaced by the macro `name` (itself expanded first); other braces, such as the
// quantifier `{2,4}`, are left alone because macro names are never digits.
std::string expand(std::string_view pattern, const std::map<std::string, std::string>& macros,
                   int depth = 0) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && depth < 8) {
      const std::size_t close = pattern.find('}', i);
      if (close != std::string_view::npos) {
        const std::string name(pattern.substr(i + 1, close - i - 1));
        const auto macro = macros.find(name);
        if (macro != macros.end()) {
          out += "(?:" + expand(macro->second, macros, depth + 1) + ")";
          i = close;
          continue;
        }
      }
    }
    out += pattern[i];
  }
  return out;
}

std::optional<TimexType> type_from(std::string_view name) {
  if (name == "date") return TimexType::date;
  if (name == "time") return TimexType::time;
  if (name == "duration") return TimexType::duration;
  if (name == "set") return TimexType::set;
  return std::nullopt;
}

struct Loader {
  std::string_view file;
  bool caseless = false;
  std::map<std::string, std::string> macros;
  Diagnostics diagnostics;

  std::optional<Regex> compile(const YAML::Node& node) {
    const std::string pattern = expand(node.as<std::string>(), macros);
    Regex::Error error;
    std::optional<Regex> regex = Regex::compile(pattern, caseless, error);
    if (!regex)
      diagnostics.push_back(make_error(
          range_of(node, file), "pattern does not compile: " + error.message + " at offset " +
                                    std::to_string(error.offset) + " of the expanded pattern"));
    return regex;
  }

  void read_timex(const YAML::Node& list, LanguageRules& rules) {
    for (const YAML::Node& item : list) {
      const YAML::Node name = item["name"];
      const YAML::Node pattern = item["pattern"];
      if (!name || !pattern) {
        diagnostics.push_back(make_error(range_of(item, file), "a rule needs name and pattern"));
        continue;
      }
      const std::string type_name = item["type"] ? item["type"].as<std::string>() : "date";
      const auto type = type_name == "none" ? std::optional(TimexType::date) : type_from(type_name);
      if (!type) {
        diagnostics.push_back(make_error(range_of(item["type"], file),
                                         "type must be date, time, duration, set or none"));
        continue;
      }
      std::optional<Regex> regex = compile(pattern);
      if (!regex) continue;
      TimexRule rule{name.as<std::string>(), *type, type_name == "none", std::move(*regex), {}};
      for (const auto& field : item["value"])
        rule.value[field.first.as<std::string>()] = field.second.as<std::string>();
      rules.timex.push_back(std::move(rule));
    }
  }
};

}  // namespace

std::string_view LanguageRules::word(std::string_view table, std::string_view key) const {
  const auto found = words.find(std::string(table));
  if (found == words.end()) return {};
  const auto entry = found->second.find(lower_ascii(key));
  return entry == found->second.end() ? std::string_view{} : std::string_view(entry->second);
}

const Regex* LanguageRules::pattern(std::string_view name) const {
  const auto found = patterns.find(std::string(name));
  return found == patterns.end() ? nullptr : &found->second;
}

Result<LanguageRules> load_rules(std::string_view yaml, std::string_view file) {
  Result<LanguageRules> result;
  Loader loader{file};
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    LanguageRules rules;
    rules.language = root["language"].as<std::string>();
    loader.caseless = root["caseless"] && root["caseless"].as<bool>();
    if (root["zone"]) rules.zone = root["zone"].as<std::string>();
    for (const auto& macro : root["macros"])
      loader.macros[macro.first.as<std::string>()] = macro.second.as<std::string>();
    for (const auto& table : root["words"]) {
      auto& words = rules.words[table.first.as<std::string>()];
      for (const auto& entry : table.second)
        words[lower_ascii(entry.first.as<std::string>())] = entry.second.as<std::string>();
      // A table is also a macro matching any of its keys, longest first so that the alternation
      // prefers "늦은 오후" over "오후".
      std::vector<std::string> keys;
      for (const auto& entry : table.second) keys.push_back(entry.first.as<std::string>());
      std::sort(keys.begin(), keys.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
      });
      std::string alternation;
      for (const std::string& key : keys) {
        if (!alternation.empty()) alternation += '|';
        for (char c : key) {
          if (c == ' ') {
            alternation += "\\s+";
            continue;
          }
          if (std::string_view("\\^$.|?*+()[]{}-").find(c) != std::string_view::npos)
            alternation += '\\';
          alternation += c;
        }
      }
      loader.macros.emplace(table.first.as<std::string>(), alternation);
    }
    loader.read_timex(root["timex"], rules);
    for (const auto& entry : root["draft"]) {
      std::optional<Regex> regex = loader.compile(entry.second);
      if (regex) rules.patterns.emplace(entry.first.as<std::string>(), std::move(*regex));
    }
    result.value = std::move(rules);
  } catch (const YAML::Exception& error) {
    const SourcePosition at{error.mark.line + 1, error.mark.column + 1};
    loader.diagnostics.push_back(
        make_error({std::string(file), at, at}, "rule file: " + error.msg));
  }
  result.diagnostics = std::move(loader.diagnostics);
  return result;
}

namespace {

struct Builtin {
  std::vector<LanguageRules> rules;
  Diagnostics diagnostics;
};

const Builtin& builtin() {
  static const Builtin compiled = [] {
    Builtin out;
    for (const RuleFile& file : embedded_rules()) {
      Result<LanguageRules> loaded =
          load_rules(file.text, "src/extract/rules/" + std::string(file.language) + ".yaml");
      out.diagnostics.insert(out.diagnostics.end(), loaded.diagnostics.begin(),
                             loaded.diagnostics.end());
      if (loaded.value) out.rules.push_back(std::move(*loaded.value));
    }
    return out;
  }();
  return compiled;
}

}  // namespace

const std::vector<LanguageRules>& builtin_rules() {
  return builtin().rules;
}
const Diagnostics& builtin_rule_diagnostics() {
  return builtin().diagnostics;
}

const LanguageRules* rules_for(std::string_view language) {
  for (const LanguageRules& rules : builtin_rules())
    if (rules.language == language) return &rules;
  return nullptr;
}

}  // namespace chronograph::extract_stage
