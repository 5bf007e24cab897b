#include "cli/console.hpp"

#include <ostream>
#include <string>

namespace chronograph::cli {

bool colors_diagnostics(std::string_view choice, bool terminal, const char* no_color) {
  if (choice == "always") return true;
  if (choice == "never") return false;
  return terminal && (no_color == nullptr || *no_color == '\0');
}

void Console::report(const Diagnostics& diagnostics, std::string_view source) const {
  err_ << format_diagnostics(diagnostics, source, style_);
}

void Console::error(std::string_view message, std::string_view who) const {
  err_ << format_diagnostic(make_error({std::string(who), {}, {}}, std::string(message)), "",
                            style_);
}

void Console::warning(std::string_view message, std::string_view who) const {
  err_ << format_diagnostic(make_warning({std::string(who), {}, {}}, std::string(message)), "",
                            style_);
}

}  // namespace chronograph::cli
