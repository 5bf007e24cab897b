// The command line as people expect it, through the real binary: coloured diagnostics only when
// asked or on a terminal, an unknown command named with a suggestion, shell completion that
// completes, a man page, and TimeML picked by the output's extension.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.hpp"

namespace chronograph {
namespace {

namespace fs = std::filesystem;
using testing::run_cli;

class CliTerminal : public testing::ScratchTest {};

const std::string bad_text = "chronograph: 1\nevents:\n  a: {title: A, when: 2024-02-30}\n";

TEST_F(CliTerminal, DiagnosticsAreColouredWhenAskedAndPlainInAPipe) {
  const std::string bad = write("bad.yaml", bad_text).string();
  const std::string plain = bad +
                            ":3:31: error: day 30 does not exist in February 2024\n"
                            "  a: {title: A, when: 2024-02-30}\n"
                            "                              ^~\n";
  // Standard error is a pipe here: no colour, whatever the terminal the tests run in.
  EXPECT_EQ(run_cli("check " + bad).output, plain);
  EXPECT_EQ(run_cli("--color=never check " + bad).output, plain);
  const std::string coloured = "\x1b[1m" + bad +
                               ":3:31: \x1b[0m\x1b[1;31merror:\x1b[0m \x1b[1mday 30 does not "
                               "exist in February 2024\x1b[0m\n"
                               "  a: {title: A, when: 2024-02-30}\n"
                               "                              \x1b[1;32m^~\x1b[0m\n";
  const testing::CliOutcome always = run_cli("--color=always check " + bad);
  EXPECT_EQ(always.exit_code, 1);
  EXPECT_EQ(always.output, coloured);
  // After the command too, and a flag wins over NO_COLOR (no-color.org).
  EXPECT_EQ(run_cli("check " + bad + " --color always").output, coloured);
  EXPECT_EQ(testing::run_cli_env("NO_COLOR=1", "--color=always check " + bad).output, coloured);
  EXPECT_EQ(testing::run_cli_env("NO_COLOR=1", "check " + bad).output, plain);
  const testing::CliOutcome wrong = run_cli("--color=sometimes check " + bad);
  EXPECT_EQ(wrong.exit_code, 2);
}

TEST_F(CliTerminal, TheCommandsOwnMessagesAreColouredToo) {
  const std::string story = write("s.yaml", "chronograph: 1\nevents:\n  a: {title: A}\n").string();
  const testing::CliOutcome unknown = run_cli("--color=always explain " + story + " b");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.output,
            "\x1b[1mchronograph: \x1b[0m\x1b[1;31merror:\x1b[0m \x1b[1mno event "
            "'b' in " +
                story + "\x1b[0m\n");
}

TEST_F(CliTerminal, AnUnknownCommandIsNamedWithASuggestion) {
  const testing::CliOutcome typo = run_cli("rendr x.yaml -o x.svg");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_EQ(typo.output, "chronograph: error: unknown command 'rendr'; did you mean 'render'?\n");
  const testing::CliOutcome frob = run_cli("--color never frob");
  EXPECT_EQ(frob.exit_code, 2);
  EXPECT_EQ(frob.output,
            "chronograph: error: unknown command 'frob' (the commands are check, render, explain, "
            "import, extract, completion or man)\n");
  // No command at all is CLI11's own message.
  const testing::CliOutcome none = run_cli("");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.output.find("A subcommand is required"), std::string::npos) << none.output;
}

// Runs the bash completion on a command line being typed, the cursor at its end.
std::string complete_in_bash(const fs::path& script, const std::string& words) {
  const fs::path runner = script.parent_path() / "complete.sh";
  std::ofstream(runner) << "source " << script.string() << "\nCOMP_WORDS=(" << words
                        << ")\nCOMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n_chronograph\n"
                           "echo \"${COMPREPLY[*]}\"\n";
  FILE* pipe = popen(("bash " + runner.string()).c_str(), "r");
  std::string out;
  char buffer[256];
  while (pipe != nullptr && fgets(buffer, sizeof buffer, pipe) != nullptr) out += buffer;
  if (pipe != nullptr) pclose(pipe);
  return out;
}

TEST_F(CliTerminal, BashCompletionCompletesCommandsOptionsAndChoices) {
  const fs::path script = dir_ / "chronograph.bash";
  ASSERT_EQ(run_cli("completion bash -o " + script.string()).exit_code, 0);
  EXPECT_EQ(complete_in_bash(script, "chronograph ren"), "render\n");
  EXPECT_EQ(complete_in_bash(script, "chronograph render x.yaml --vi"), "--view\n");
  EXPECT_EQ(complete_in_bash(script, "chronograph render x.yaml --view s"), "storyline\n");
  EXPECT_EQ(complete_in_bash(script, "chronograph render x.yaml --format time"),
            "timelinejs timeml\n");
  EXPECT_EQ(complete_in_bash(script, "chronograph --color a"), "auto always\n");
  EXPECT_EQ(complete_in_bash(script, "chronograph completion z"), "zsh\n");
  EXPECT_EQ(complete_in_bash(script, "chronograph check nowhere/x"), "\n");  // files: none there
}

TEST_F(CliTerminal, ZshAndFishScriptsNameEveryCommand) {
  const testing::CliOutcome zsh = run_cli("completion zsh");
  EXPECT_EQ(zsh.exit_code, 0);
  EXPECT_EQ(zsh.output.substr(0, zsh.output.find('\n')), "#compdef chronograph");
  EXPECT_NE(zsh.output.find("'--view=[timeline (default), graph or storyline]:VIEW:(timeline "
                            "graph storyline)'"),
            std::string::npos)
      << zsh.output;
  const testing::CliOutcome fish = run_cli("completion fish");
  EXPECT_EQ(fish.exit_code, 0);
  EXPECT_NE(fish.output.find("complete -c chronograph -n '__fish_seen_subcommand_from render' -l "
                             "view -x -a 'timeline graph storyline'"),
            std::string::npos)
      << fish.output;
  for (const char* command : {"check", "render", "explain", "import", "extract"}) {
    EXPECT_NE(zsh.output.find(std::string("'") + command + ":"), std::string::npos) << command;
    EXPECT_NE(fish.output.find(std::string("-a ") + command + " "), std::string::npos) << command;
  }
  EXPECT_EQ(run_cli("completion tcsh").exit_code, 2);
}

TEST_F(CliTerminal, TheManPageDescribesEveryCommand) {
  const testing::CliOutcome page = run_cli("man");
  EXPECT_EQ(page.exit_code, 0);
  EXPECT_EQ(page.output.substr(0, page.output.find('\n')),
            ".TH CHRONOGRAPH 1 \"\" \"chronograph 0.1.0\" \"User Commands\"");
  for (const char* heading : {".SS \"chronograph check file\"", ".SS \"chronograph render file\"",
                              ".SH EXIT STATUS", ".B NO_COLOR", "\\fB\\-\\-strict\\fR"})
    EXPECT_NE(page.output.find(heading), std::string::npos) << heading;
}

TEST_F(CliTerminal, RenderWritesTimemlForATmlOutput) {
  const std::string story = write("s.yaml",
                                  "chronograph: 1\nevents:\n  a: {title: A & B, when: 2024-01-26}\n"
                                  "  b: {title: B, when: 2024-01-27}\nrelations: [a before b]\n")
                                .string();
  const fs::path out = dir_ / "s.tml";
  const testing::CliOutcome render = run_cli("render " + story + " -o " + out.string());
  EXPECT_EQ(render.exit_code, 0) << render.output;
  EXPECT_EQ(render.output, "");
  const std::string tml = testing::slurp(out);
  EXPECT_NE(tml.find("<EVENT eid=\"e1\" class=\"OCCURRENCE\">A &amp; B</EVENT>"), std::string::npos)
      << tml;
  EXPECT_NE(tml.find("<TLINK lid=\"l3\" relType=\"BEFORE\" eventInstanceID=\"a\" "
                     "relatedToEventInstance=\"b\"/>"),
            std::string::npos)
      << tml;
  const testing::CliOutcome check = run_cli("check " + out.string());
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_EQ(run_cli("render " + story + " --format timeml -o -").output, tml);
  EXPECT_NE(run_cli("render --help").output.find("timeml"), std::string::npos);
}

}  // namespace
}  // namespace chronograph
