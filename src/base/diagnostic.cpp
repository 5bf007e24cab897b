#include "chronograph/diagnostic.hpp"

#include <algorithm>

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

std::string_view line_of(std::string_view source, int line) {
  std::size_t begin = 0;
  for (int current = 1; current < line; ++current) {
    const std::size_t newline = source.find('\n', begin);
    if (newline == std::string_view::npos) return {};
    begin = newline + 1;
  }
  std::size_t end = source.find('\n', begin);
  if (end == std::string_view::npos) end = source.size();
  std::string_view text = source.substr(begin, end - begin);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

void append_one(std::string& out, const Diagnostic& d, std::string_view source) {
  const SourcePosition& at = d.range.begin;
  if (!d.range.file.empty()) {
    out += d.range.file;
    if (at.line > 0) out += fmt::format(":{}", at.line);
    if (at.line > 0 && at.column > 0) out += fmt::format(":{}", at.column);
    out += ": ";
  }
  out += fmt::format("{}: {}\n", severity_name(d.severity), d.message);
  if (at.line <= 0 || at.column <= 0) return;
  const std::string_view line = line_of(source, at.line);
  if (line.empty()) return;
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
  out += '^';
  out.append(width - 1, '~');
  out += '\n';
}

}  // namespace

std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source) {
  std::string out;
  append_one(out, diagnostic, source);
  for (const Diagnostic& note : diagnostic.notes) append_one(out, note, source);
  return out;
}

std::string format_diagnostics(const Diagnostics& diagnostics, std::string_view source) {
  std::string out;
  for (const Diagnostic& d : diagnostics) out += format_diagnostic(d, source);
  return out;
}

}  // namespace chronograph
