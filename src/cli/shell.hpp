#pragma once
// The command line described from its own CLI11 definition, so that nothing is written twice:
// shell completion scripts, the man page, and the message for an unknown command.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "cli/console.hpp"

namespace CLI {
class App;
}

namespace chronograph::cli {

struct ShellArgs {
  std::string shell;         // completion: bash, zsh or fish
  std::string output = "-";  // -o
};

struct ShellCommands {
  CLI::App* completion = nullptr;
  CLI::App* man = nullptr;
};

// `chronograph completion SHELL [-o FILE]` and `chronograph man [-o FILE]`, added last so that what
// they describe is the whole command line; run_shell_command writes what the one chosen prints.
ShellCommands add_shell_commands(CLI::App& app, ShellArgs& args);
int run_shell_command(const CLI::App& app, const ShellCommands& commands, const ShellArgs& args,
                      const Console& console);

// `chronograph completion SHELL`'s choices.
inline constexpr std::array<std::string_view, 3> completion_shells{"bash", "zsh", "fish"};

// A completion script for `shell` (one of completion_shells): commands, their options, the choices
// of an option that has them, files elsewhere.
[[nodiscard]] std::string completion_script(const CLI::App& app, std::string_view shell);

// chronograph(1) in roff (man -l reads it): every command and option, exit status, environment.
[[nodiscard]] std::string man_page(const CLI::App& app);

// "unknown command 'rendr'; did you mean 'render'?" when the first word after the global options
// names no command; nothing when it does, or when there is none.
[[nodiscard]] std::optional<std::string> unknown_command(const CLI::App& app, int argc,
                                                         const char* const* argv);

}  // namespace chronograph::cli
