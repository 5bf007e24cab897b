// When diagnostics are coloured; the colours themselves are tested with format_diagnostic.

#include "cli/console.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace chronograph::cli {
namespace {

TEST(ConsoleColor, AutoColoursATerminalUnlessNoColorIsSet) {
  EXPECT_TRUE(colors_diagnostics("auto", true, nullptr));
  EXPECT_TRUE(colors_diagnostics("", true, nullptr));
  EXPECT_TRUE(colors_diagnostics("auto", true, ""));  // set but empty: no-color.org ignores it
  EXPECT_FALSE(colors_diagnostics("auto", true, "1"));
  EXPECT_FALSE(colors_diagnostics("auto", false, nullptr));
}

TEST(ConsoleColor, AFlagOverridesTheTerminalAndNoColor) {
  EXPECT_TRUE(colors_diagnostics("always", false, "1"));
  EXPECT_FALSE(colors_diagnostics("never", true, nullptr));
}

TEST(Console, OwnMessagesReadAsDiagnostics) {
  std::ostringstream out;
  std::ostringstream err;
  const Console plain(out, err);
  plain.error("no event 'x' in a.yaml");
  plain.warning("label widths are estimated");
  plain.error("cannot write output", "<stdout>");
  EXPECT_EQ(err.str(),
            "chronograph: error: no event 'x' in a.yaml\n"
            "chronograph: warning: label widths are estimated\n"
            "<stdout>: error: cannot write output\n");
  std::ostringstream coloured;
  Console(out, coloured, {.color = true}).error("bad");
  EXPECT_EQ(coloured.str(),
            "\x1b[1mchronograph: \x1b[0m\x1b[1;31merror:\x1b[0m \x1b[1mbad\x1b[0m\n");
  EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace chronograph::cli
