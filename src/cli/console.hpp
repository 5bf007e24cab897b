#pragma once
// Where a command writes: standard output for results, standard error for diagnostics, coloured
// as clang does on a terminal (README, "Command line"). The library only formats; the choice of
// colour is made here, from --color, NO_COLOR and whether standard error is a terminal.

#include <array>
#include <iosfwd>
#include <optional>
#include <string_view>

#include "chronograph/diagnostic.hpp"

namespace chronograph::cli {

// --color's values, in the order --help lists them.
inline constexpr std::array<std::string_view, 3> color_choices{"auto", "always", "never"};

// Whether diagnostics are coloured: `always` and `never` say so; `auto` (or empty) colours a
// terminal unless NO_COLOR is set to a non-empty value (no-color.org; a flag overrides it).
[[nodiscard]] bool colors_diagnostics(std::string_view choice, bool terminal, const char* no_color);

class Console {
 public:
  Console(std::ostream& out, std::ostream& err, DiagnosticStyle style = {})
      : out_(out), err_(err), style_(style) {}

  [[nodiscard]] std::ostream& out() const { return out_; }
  [[nodiscard]] std::ostream& err() const { return err_; }
  [[nodiscard]] DiagnosticStyle style() const { return style_; }

  // Diagnostics about `source` (the text their ranges point into; may be empty).
  void report(const Diagnostics& diagnostics, std::string_view source) const;
  // One message of the command's own, "chronograph: error: …", or `who: error: …` for a file.
  void error(std::string_view message, std::string_view who = "chronograph") const;
  void warning(std::string_view message, std::string_view who = "chronograph") const;

 private:
  std::ostream& out_;
  std::ostream& err_;
  DiagnosticStyle style_;
};

}  // namespace chronograph::cli
