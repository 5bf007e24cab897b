// Column mappings for CSV in other layouts: `--map target=column,…` and the same as a YAML file.

#include <algorithm>
#include <array>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "base/did_you_mean.hpp"
#include "chronograph/csv.hpp"
#include "chronograph/graph.hpp"
#include "csv/csv_table.hpp"
#include "parse/source_text.hpp"
#include "parse/utf8.hpp"
#include "parse/yaml_guard.hpp"

namespace chronograph {

namespace {

using detail::trimmed;

constexpr std::string_view kind_key = "participant_kind";
// The targets that take several columns: their cells are lists (participants, tags) or text
// that reads as one (a note).
constexpr std::array<std::string_view, 3> list_targets{"participants", "tags", "note"};
// A mapping file is a few lines; anything bigger is not one.
constexpr std::size_t max_map_bytes = 64 * 1024;

std::vector<std::string_view> targets() {
  std::vector<std::string_view> out(csv_columns().begin(), csv_columns().end());
  out.push_back(kind_key);
  return out;
}

// Adds one `target = sources` entry to the mapping, or says why it cannot.
class Builder {
 public:
  explicit Builder(Diagnostics& diagnostics) : diagnostics_(diagnostics) {}

  void add(const Located<std::string>& target, std::vector<Located<std::string>> sources) {
    const std::vector<std::string_view> known = targets();
    if (std::find(known.begin(), known.end(), target.value) == known.end()) {
      error(target.range, fmt::format("unknown target column '{}'{}", target.value,
                                      detail::did_you_mean(target.value, known)));
      return;
    }
    if (!seen_.insert(target.value).second) {
      error(target.range, fmt::format("'{}' is mapped twice", target.value));
      return;
    }
    if (sources.empty()) {
      error(target.range, fmt::format("'{}' is mapped to no column", target.value));
      return;
    }
    if (target.value == kind_key) {
      add_kind(sources);
      return;
    }
    const bool list =
        std::find(list_targets.begin(), list_targets.end(), target.value) != list_targets.end();
    if (!list && sources.size() > 1) {
      error(sources[1].range, fmt::format("'{}' takes one column; only {} take several",
                                          target.value, detail::join_choices(list_targets, false)));
      return;
    }
    mapping_.columns.push_back({target.value, std::move(sources)});
  }

  [[nodiscard]] Result<CsvMapping> finish(const SourceRange& whole) {
    const bool has_start = std::any_of(mapping_.columns.begin(), mapping_.columns.end(),
                                       [](const CsvColumnMap& c) { return c.target == "start"; });
    if (!has_start && !has_errors(diagnostics_))
      error(whole, "the mapping names no column for 'start': every event needs a time");
    Result<CsvMapping> result;
    if (!has_errors(diagnostics_)) result.value = std::move(mapping_);
    return result;
  }

 private:
  void add_kind(const std::vector<Located<std::string>>& sources) {
    const std::array<std::string_view, 3> kinds{"person", "organization", "other"};
    const Located<std::string>& kind = sources.front();
    if (sources.size() > 1 || std::find(kinds.begin(), kinds.end(), kind.value) == kinds.end()) {
      error(kind.range, fmt::format("participant_kind is one of {}, not '{}'",
                                    detail::join_choices(kinds, false), kind.value));
      return;
    }
    mapping_.participant_kind = kind.value;
  }
  void error(SourceRange range, std::string message) {
    diagnostics_.push_back(make_error(std::move(range), std::move(message)));
  }

  Diagnostics& diagnostics_;
  CsvMapping mapping_;
  std::set<std::string> seen_;
};

Located<std::string> part(std::string_view spec, std::size_t begin, std::size_t end,
                          std::string_view origin) {
  const std::string_view raw = spec.substr(begin, end - begin);
  const std::string text = trimmed(raw);
  const std::size_t lead = text.empty() ? 0 : raw.find_first_not_of(" \t");
  const int column = static_cast<int>(begin + lead) + 1;
  return {text, {std::string(origin), {1, column}, {1, column + static_cast<int>(text.size())}}};
}

}  // namespace

Result<CsvMapping> parse_csv_map(std::string_view spec, std::string_view origin) {
  Result<CsvMapping> result;
  Builder builder(result.diagnostics);
  const SourceRange whole{std::string(origin), {1, 1}, {1, 1 + static_cast<int>(spec.size())}};
  std::size_t begin = 0;
  while (begin <= spec.size()) {
    std::size_t end = spec.find(',', begin);
    if (end == std::string_view::npos) end = spec.size();
    const std::size_t equals = spec.find('=', begin);
    const Located<std::string> whole_entry = part(spec, begin, end, origin);
    if (!whole_entry.value.empty()) {
      if (equals == std::string_view::npos || equals > end) {
        result.diagnostics.push_back(
            make_error(whole_entry.range,
                       fmt::format("'{}' maps nothing; write target=column, e.g. start=event_date",
                                   whole_entry.value)));
      } else {
        std::vector<Located<std::string>> sources;
        for (std::size_t s = equals + 1; s <= end;) {
          std::size_t stop = spec.find(';', s);
          if (stop == std::string_view::npos || stop > end) stop = end;
          if (Located<std::string> source = part(spec, s, stop, origin); !source.value.empty())
            sources.push_back(std::move(source));
          s = stop + 1;
        }
        builder.add(part(spec, begin, equals, origin), std::move(sources));
      }
    }
    begin = end + 1;
  }
  Result<CsvMapping> built = builder.finish(whole);
  built.diagnostics = std::move(result.diagnostics);
  return built;
}

namespace {

Located<std::string> scalar(const detail::SourceText& source, const YAML::Node& node,
                            std::string_view path) {
  const std::string value = node.Scalar();
  const detail::ScalarSpan span = source.scalar_span(node.Mark().line, node.Mark().column, value);
  return {value, {std::string(path), span.begin, span.end}};
}

void read_map_node(const detail::SourceText& source, const YAML::Node& root, std::string_view path,
                   Builder& builder, Diagnostics& diagnostics) {
  const auto at = [&](const YAML::Node& node) {
    const SourcePosition p = source.position(node.Mark().line, node.Mark().column);
    return SourceRange{std::string(path), p, p};
  };
  if (!root.IsMap()) {
    diagnostics.push_back(make_error(at(root), "a mapping file is a YAML map of target: column"));
    return;
  }
  for (const auto& entry : root) {
    if (!entry.first.IsScalar()) {
      diagnostics.push_back(make_error(at(entry.first), "a target is a column name"));
      continue;
    }
    std::vector<Located<std::string>> sources;
    const YAML::Node& value = entry.second;
    if (value.IsScalar()) {
      sources.push_back(scalar(source, value, path));
    } else if (value.IsSequence()) {
      for (const YAML::Node& item : value) {
        if (item.IsScalar()) {
          sources.push_back(scalar(source, item, path));
        } else {
          diagnostics.push_back(make_error(at(item), "a column name is a plain value"));
        }
      }
    } else if (!value.IsNull()) {
      diagnostics.push_back(
          make_error(at(value), "a target's value is a column name or a list of them"));
      continue;
    }
    builder.add(scalar(source, entry.first, path), std::move(sources));
  }
}

}  // namespace

Result<CsvMapping> parse_csv_map_file(std::string_view text, std::string_view path) {
  Result<CsvMapping> result;
  const SourceRange start{std::string(path), {1, 1}, {1, 1}};
  if (text.size() > max_map_bytes) {
    result.diagnostics.push_back(make_error(
        start,
        fmt::format("a mapping file is at most {} KiB; this is not one", max_map_bytes / 1024)));
    return result;
  }
  if (const auto bad = detail::find_invalid_utf8(text)) {
    const SourcePosition at = detail::position_at_offset(text, bad->offset);
    result.diagnostics.push_back(make_error({std::string(path), at, at}, bad->message));
    return result;
  }
  const detail::SourceText source(text);
  const detail::YamlShape shape = detail::check_yaml_shape(source.body());
  if (shape.problem) {
    const SourcePosition at = source.position(shape.problem->mark.line, shape.problem->mark.column);
    result.diagnostics.push_back(make_error({std::string(path), at, at}, shape.problem->message));
    return result;
  }
  Builder builder(result.diagnostics);
  if (!shape.empty) {
    try {
      read_map_node(source, YAML::Load(std::string(source.body())), path, builder,
                    result.diagnostics);
    } catch (const YAML::Exception& exception) {
      const SourcePosition at = source.position(exception.mark.line, exception.mark.column);
      result.diagnostics.push_back(
          make_error({std::string(path), at, at}, detail::yaml_error_message(exception)));
      return result;
    }
  }
  Result<CsvMapping> built = builder.finish(start);
  built.diagnostics.insert(built.diagnostics.begin(), result.diagnostics.begin(),
                           result.diagnostics.end());
  return built;
}

}  // namespace chronograph
