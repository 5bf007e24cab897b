#pragma once
// Errors as data: every stage returns its result together with diagnostics that point into the
// source.

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronograph/interned.hpp"

namespace chronograph {

// 1-based line and column, columns counted in bytes of the UTF-8 source line; 0 means "unknown".
struct SourcePosition {
  int line = 0;
  int column = 0;
  friend bool operator==(const SourcePosition&, const SourcePosition&) = default;
};

// The name of a source file, as a range holds it: one pointer, so that the millions of ranges of
// a big data file cost 8 bytes each for it, not a copy of the path.
struct SourceFiles;
using FileName = Interned<SourceFiles>;

struct SourceRange {
  FileName file;
  SourcePosition begin;
  SourcePosition end;  // exclusive; equal to begin when only a point is known
  friend bool operator==(const SourceRange&, const SourceRange&) = default;
};

enum class Severity { error, warning, note };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceRange range;
  std::string message;
  std::vector<Diagnostic> notes;  // follow-up lines ("previous definition is here", cycle members)
};

using Diagnostics = std::vector<Diagnostic>;

[[nodiscard]] bool has_errors(const Diagnostics& diagnostics);

[[nodiscard]] Diagnostic make_error(SourceRange range, std::string message);
[[nodiscard]] Diagnostic make_warning(SourceRange range, std::string message);
[[nodiscard]] Diagnostic make_note(SourceRange range, std::string message);

// How diagnostics are written: plain, or coloured with ANSI escapes for a terminal as clang does
// it (bold location, error red, warning yellow, note cyan, bold message, green caret). The caller
// decides; the library looks at no terminal and no environment (the CLI: --color, NO_COLOR).
struct DiagnosticStyle {
  bool color = false;
};

// Compiler style, as ninja and gcc print it:
//   file:line:col: error: message
//   <the source line>
//       ^~~~
// `source` is the whole text of range.file; the caret block is omitted when the line is unknown or
// longer than 1000 bytes.
// Notes follow, each in the same form.
[[nodiscard]] std::string format_diagnostic(const Diagnostic& diagnostic, std::string_view source,
                                            DiagnosticStyle style = {});
[[nodiscard]] std::string format_diagnostics(const Diagnostics& diagnostics,
                                             std::string_view source, DiagnosticStyle style = {});

// A stage's answer: a value when the stage could produce one, and what it has to say either way.
template <class T>
struct Result {
  std::optional<T> value;
  Diagnostics diagnostics;

  [[nodiscard]] bool ok() const { return value.has_value() && !has_errors(diagnostics); }
};

}  // namespace chronograph
