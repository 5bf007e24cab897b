#include "chronograph/diagnostic.hpp"

#include <algorithm>
#include <ostream>
#include <vector>

#include <fmt/format.h>

#include "base/unicode.hpp"

namespace chronograph {

bool has_errors(const Diagnostics& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

Diagnostic make_error(SourceRange range, std::string message) {
  return {Severity::error, std::move(range), std::move(message), {}};
}
Diagnostic make_warning(SourceRange range, std::string message) {
  return {Severity::warning, std::move(range), std::move(message), {}};
}
Diagnostic make_note(SourceRange range, std::string message) {
  return {Severity::note, std::move(range), std::move(message), {}};
}

namespace {

constexpr std::size_t max_quoted_line = 1000;

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::note:
      return "note";
  }
  return "error";
}

// The source's lines by number, indexed on first use: a file with many diagnostics used to be
// scanned from its start for each one (seconds for a hundred thousand lines and a few dozen).
class SourceLines {
 public:
  explicit SourceLines(std::string_view source) : source_(source) {}

  // Line `line` (1-based) without its line break; empty when there is no such line.
  [[nodiscard]] std::string_view line(int line) {
    if (starts_.empty()) {
      starts_.push_back(0);
      for (std::size_t at = source_.find('\n'); at != std::string_view::npos;
           at = source_.find('\n', at + 1))
        starts_.push_back(at + 1);
    }
    if (line < 1 || static_cast<std::size_t>(line) > starts_.size()) return {};
    const std::size_t begin = starts_[static_cast<std::size_t>(line) - 1];
    if (begin > source_.size()) return {};
    std::size_t end = source_.find('\n', begin);
    if (end == std::string_view::npos) end = source_.size();
    std::string_view text = source_.substr(begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return text;
  }

 private:
  std::string_view source_;
  std::vector<std::size_t> starts_;
};

// ANSI SGR sequences, as clang colours its diagnostics.
struct Colors {
  std::string_view bold, severity, caret, reset;
};

Colors colors_for(Severity severity, DiagnosticStyle style) {
  if (!style.color) return {};
  const std::string_view tone = severity == Severity::error     ? "\x1b[1;31m"
                                : severity == Severity::warning ? "\x1b[1;33m"
                                                                : "\x1b[1;36m";
  return {"\x1b[1m", tone, "\x1b[1;32m", "\x1b[0m"};
}

void append_one(std::string& out, const Diagnostic& d, SourceLines& source, DiagnosticStyle style) {
  const Colors colors = colors_for(d.severity, style);
  const SourcePosition& at = d.range.begin;
  if (!d.range.file.empty()) {
    out += colors.bold;
    out += d.range.file;
    if (at.line > 0) out += fmt::format(":{}", at.line);
    if (at.line > 0 && at.column > 0) out += fmt::format(":{}", at.column);
    out += ": ";
    out += colors.reset;
  }
  out += fmt::format("{}{}:{} {}{}{}\n", colors.severity, severity_name(d.severity), colors.reset,
                     colors.bold, d.message, colors.reset);
  if (at.line <= 0 || at.column <= 0) return;
  const std::string_view line = source.line(at.line);
  // A line too long to read in a terminal (a 64 MiB file of one line, /dev/zero) is not quoted.
  if (line.empty() || line.size() > max_quoted_line) return;
  out += line;
  out += '\n';
  const auto column = static_cast<std::size_t>(at.column - 1);
  std::size_t length = 1;
  if (d.range.end.line == at.line && d.range.end.column > at.column)
    length = static_cast<std::size_t>(d.range.end.column - at.column);
  const std::string_view before = line.substr(0, std::min(column, line.size()));
  const std::string_view marked = line.substr(std::min(column, line.size()), length);
  out.append(detail::display_width(before), ' ');
  const std::size_t width = std::max<std::size_t>(1, detail::display_width(marked));
  out += colors.caret;
  out += '^';
  out.append(width - 1, '~');
  out += colors.reset;
  out += '\n';
}

void append_with_notes(std::string& out, const Diagnostic& diagnostic, SourceLines& lines,
                       DiagnosticStyle style) {
  append_one(out, diagnostic, lines, style);
  for (const Diagnostic& note : diagnostic.notes) append_one(out, note, lines, style);
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source,
                              DiagnosticStyle style) {
  std::string out;
  SourceLines lines(source);
  append_with_notes(out, diagnostic, lines, style);
  return out;
}

std::string format_diagnostics(const Diagnostics& diagnostics, std::string_view source,
                               DiagnosticStyle style) {
  std::string out;
  SourceLines lines(source);
  for (const Diagnostic& d : diagnostics) append_with_notes(out, d, lines, style);
  return out;
}

}  // namespace chronograph
