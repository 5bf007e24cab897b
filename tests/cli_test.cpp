// End to end through the real binary: exit codes, compiler-style diagnostics, no partial outputs.

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.hpp"

namespace chronograph {
namespace {

namespace fs = std::filesystem;
using testing::cli_path;
using testing::slurp;
using testing::source_dir;

class CliTest : public testing::ScratchTest {};

const std::string example = (source_dir() / "graphs/altman-korea-2024.yaml").string();

TEST_F(CliTest, CheckAcceptsTheBundledExample) {
  const testing::CliOutcome result = testing::run_cli("check " + example);
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "");
}

// README.md opens with this file and what `check` says about it: a relative time whose bounds
// contradict a report, named by its expression.
TEST_F(CliTest, CheckNamesARelativeTimeInAContradiction) {
  const std::string readme = slurp(source_dir() / "README.md");
  const std::size_t yaml = readme.find("```yaml\n") + 8;
  const fs::path visit = write("visit.yaml", readme.substr(yaml, readme.find("```", yaml) - yaml));
  testing::CliOutcome result = testing::run_cli("check " + visit.string());
  // As run from its folder.
  const std::string folder = dir_.string() + "/";
  for (std::size_t at; (at = result.output.find(folder)) != std::string::npos;)
    result.output.erase(at, folder.size());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output,
            "visit.yaml:4:49: error: these statements about time cannot all hold (3 constraints)\n"
            "  arrival: {title: Altman lands in Seoul, when: the day before tour late}\n"
            "                                                ^~~~~~~~~~~~~~~~~~~~~~~~\n"
            "visit.yaml:4:49: note: arrival starts no later than 2024-01-26T00:00:00+09:00 (when: "
            "the day before tour late)\n"
            "  arrival: {title: Altman lands in Seoul, when: the day before tour late}\n"
            "                                                ^~~~~~~~~~~~~~~~~~~~~~~~\n"
            "visit.yaml:7:13: note: report is before arrival\n"
            "relations: [report before arrival]\n"
            "            ^~~~~~~~~~~~~~~~~~~~~\n"
            "visit.yaml:6:49: note: report ends no earlier than 2024-01-26T00:00:00-05:00\n"
            "  report: {title: Washington Post report, when: 2024-01-26 America/New_York}\n"
            "                                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "note: so report would have to end before 2024-01-25T10:00:00-05:00 and no earlier "
            "than 2024-01-26T00:00:00-05:00\n");
  // The README shows the same lines, source lines under the notes left out.
  const std::size_t console = readme.find("$ chronograph check visit.yaml\n") + 31;
  std::string shown = readme.substr(console, readme.find("```", console) - console);
  for (std::size_t at = 0, end; (end = shown.find('\n', at)) != std::string::npos; at = end + 1)
    EXPECT_NE(result.output.find(shown.substr(at, end - at + 1)), std::string::npos)
        << shown.substr(at, end - at);
}

// A directory used to abort (uncaught std::ios_base::failure from read_file).
TEST_F(CliTest, ADirectoryAsInputIsAnError) {
  const testing::CliOutcome result = testing::run_cli("check " + dir_.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, dir_.string() + ": error: cannot read file: is a directory\n");
}

// "-" used to be read as a file named "-".
TEST_F(CliTest, DashReadsStandardInputNamedStdin) {
  const fs::path bad =
      write("bad.yaml", "chronograph: 1\nevents:\n  a: {title: A, when: 2024-02-30}\n");
  const testing::CliOutcome result = testing::run_cli("check - < " + bad.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output.substr(0, result.output.find('\n')),
            "<stdin>:3:31: error: day 30 does not exist in February 2024");
  EXPECT_EQ(testing::run_cli("check - < " + example).exit_code, 0);
}

// -o equal to the input silently overwrote the source with SVG.
TEST_F(CliTest, OutputThatIsTheInputIsRefusedAndTheInputKept) {
  const std::string text = slurp(example);
  const fs::path input = write("in.yaml", text);
  fs::create_symlink(input, dir_ / "link.svg");
  const testing::CliOutcome result =
      testing::run_cli("render " + input.string() + " -o " + (dir_ / "link.svg").string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, (dir_ / "link.svg").string() +
                               ": error: output is the same file as the input " + input.string() +
                               "\n");
  EXPECT_EQ(slurp(input), text);
}

// Onto a full device, `-o -` exited 1 with nothing on stderr.
TEST_F(CliTest, WriteErrorsOnStandardOutputAreReported) {
  const fs::path err = dir_ / "stderr.txt";
  const int status = std::system((testing::cli_path().string() + " render " + example +
                                  " -o - --format json >/dev/full 2>" + err.string())
                                     .c_str());
  EXPECT_EQ(WIFEXITED(status) ? WEXITSTATUS(status) : -1, 1);
  EXPECT_EQ(slurp(err), "<stdout>: error: cannot write output: No space left on device\n");
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(testing::run_cli("").exit_code, 2);
  EXPECT_EQ(testing::run_cli("frobnicate").exit_code, 2);
  EXPECT_EQ(testing::run_cli("render " + example).exit_code, 2);  // -o missing
  EXPECT_EQ(testing::run_cli("render " + example + " -o out.xyz").exit_code, 2);
  EXPECT_EQ(testing::run_cli("render " + example + " -o x.svg --view nope").exit_code, 2);
}

TEST_F(CliTest, HelpAndVersionExitWithZero) {
  EXPECT_EQ(testing::run_cli("--help").exit_code, 0);
  EXPECT_EQ(testing::run_cli("render --help").exit_code, 0);
  EXPECT_EQ(testing::run_cli("check --help").exit_code, 0);
  const testing::CliOutcome version = testing::run_cli("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.output, "chronograph 0.1.0\n");
}

TEST_F(CliTest, MissingFileIsAnError) {
  const testing::CliOutcome result = testing::run_cli("check " + (dir_ / "nope.yaml").string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("cannot open file"), std::string::npos) << result.output;
}

TEST_F(CliTest, RendersEveryFormatToFilesAndStdout) {
  for (const char* name : {"t.svg", "t.dot", "t.json"}) {
    const fs::path out = dir_ / name;
    const testing::CliOutcome result =
        testing::run_cli("render " + example + " -o " + out.string());
    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_GT(fs::file_size(out), 100u) << name;
  }
  const testing::CliOutcome to_stdout =
      testing::run_cli("render " + example + " -o - --format json");
  EXPECT_EQ(to_stdout.exit_code, 0);
  EXPECT_EQ(to_stdout.output.rfind("{", 0), 0u);
}

TEST_F(CliTest, PngAndPdfOfEveryViewFollowTheExtension) {
  // The pictures are the views' SVGs rasterised (src/render/raster): binary bytes through the
  // atomic writer, the format taken from the extension.
  for (const char* view : {"timeline", "storyline", "graph"}) {
    for (const std::string extension : {"png", "pdf"}) {
      const fs::path out = dir_ / (std::string(view) + "." + extension);
      const testing::CliOutcome result =
          testing::run_cli("render " + example + " --view " + view + " -o " + out.string());
      EXPECT_EQ(result.exit_code, 0) << result.output;
      const std::string bytes = slurp(out);
      EXPECT_TRUE(bytes.starts_with(extension == "png" ? std::string("\x89PNG\r\n\x1a\n", 8)
                                                       : std::string("%PDF-")))
          << out;
      EXPECT_GT(bytes.size(), 20'000u) << out;  // a drawing with text, not an empty page
    }
  }
}

TEST_F(CliTest, BadInputLeavesAnExistingOutputUntouched) {
  const fs::path bad = write("bad.yaml",
                             "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n"
                             "    when: 2024-02-30\n");
  const fs::path out = write("out.svg", "previous contents");
  const testing::CliOutcome result =
      testing::run_cli("render " + bad.string() + " -o " + out.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(slurp(out), "previous contents");
  const fs::path fresh = dir_ / "fresh.svg";
  EXPECT_EQ(testing::run_cli("render " + bad.string() + " -o " + fresh.string()).exit_code, 1);
  EXPECT_FALSE(fs::exists(fresh));
  // No temp file is left behind either.
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 2);
}

TEST_F(CliTest, SecondZoneAddsATickRowAndTooltipBounds) {
  const fs::path out = dir_ / "tz2.svg";
  const testing::CliOutcome result =
      testing::run_cli("render " + example + " -o " + out.string() + " --tz2 UTC --lang en");
  ASSERT_EQ(result.exit_code, 0) << result.output;
  const std::string svg = slurp(out);
  EXPECT_NE(svg.find("<g class=\"second-zone\">"), std::string::npos);
  EXPECT_NE(svg.find(">UTC</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Asia/Seoul</text>"), std::string::npos);
  // The Hynix meeting (afternoon of 26 Jan in Seoul) is also given in UTC.
  EXPECT_NE(svg.find("start: between 2024-01-26T03:00:00Z and 2024-01-26T09:00:00Z (UTC)"),
            std::string::npos)
      << "tooltips give the bounds in the second zone";
}

TEST_F(CliTest, UnknownSecondZoneIsAnErrorAndWritesNothing) {
  const fs::path out = dir_ / "tz2.svg";
  const testing::CliOutcome result =
      testing::run_cli("render " + example + " -o " + out.string() + " --tz2 Asia/Seol");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output,
            "error: unknown time zone 'Asia/Seol' for the second axis row; did you mean "
            "'Asia/Seoul'?\n");
  EXPECT_FALSE(fs::exists(out));
}

TEST_F(CliTest, EstimatedMeasureNeedsNoFontAndDiffersFromTheFonts) {
  const fs::path estimate = dir_ / "estimate.svg";
  const fs::path font = dir_ / "font.svg";
  ASSERT_EQ(
      testing::run_cli("render " + example + " -o " + estimate.string() + " --measure estimate")
          .exit_code,
      0);
  const testing::CliOutcome with_font =
      testing::run_cli("render " + example + " -o " + font.string() + " --measure font");
  ASSERT_EQ(with_font.exit_code, 0) << with_font.output;
  if (with_font.output.find("warning") != std::string::npos)
    GTEST_SKIP() << "no font installed, the CLI fell back to the estimate: " << with_font.output;
  // Same page, different label widths: the layout really used what it was given.
  EXPECT_NE(slurp(estimate), slurp(font));
  EXPECT_EQ(
      testing::run_cli("render " + example + " -o " + font.string() + " --measure ruler").exit_code,
      2);
}

TEST_F(CliTest, DiagnosticsAreCompilerStyleWithCaret) {
  const fs::path bad = write("bad.yaml",
                             "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n"
                             "    when: 2024-02-30\n");
  const testing::CliOutcome result = testing::run_cli("check " + bad.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, bad.string() +
                               ":6:19: error: day 30 does not exist in February 2024\n"
                               "    when: 2024-02-30\n"
                               "                  ^~\n");
}

// Contradicting statements are drawn, not refused: a warning, exit 0 and the picture; --strict
// keeps the old refusal; check still fails; a file that does not parse still writes nothing.
TEST_F(CliTest, ContradictionsAreDrawnWithAWarningUnlessStrict) {
  const fs::path input = write("conflict.yaml",
                               "chronograph: 1\n"
                               "events:\n"
                               "  a: {title: A, when: 2024-03-01}\n"
                               "  b: {title: B, when: 2024-03-05}\n"
                               "relations:\n"
                               "  - b before a\n");
  const fs::path svg = dir_ / "out.svg";
  const testing::CliOutcome drawn =
      testing::run_cli("render " + input.string() + " -o " + svg.string());
  EXPECT_EQ(drawn.exit_code, 0) << drawn.output;
  EXPECT_EQ(drawn.output.substr(0, drawn.output.find('\n')),
            input.string() +
                ":3:23: warning: these statements about time cannot all hold (3 "
                "constraints)");
  ASSERT_TRUE(fs::exists(svg));
  EXPECT_NE(slurp(svg).find("conflict-ring"), std::string::npos);

  const fs::path strict = dir_ / "strict.svg";
  const testing::CliOutcome refused =
      testing::run_cli("render --strict " + input.string() + " -o " + strict.string());
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.output.find(": error: these statements about time cannot all hold"),
            std::string::npos)
      << refused.output;
  EXPECT_FALSE(fs::exists(strict));

  EXPECT_EQ(testing::run_cli("check " + input.string()).exit_code, 1);

  const fs::path malformed =
      write("bad.yaml", "chronograph: 1\nevents:\n  a: {title: A, when: x}\n");
  const fs::path none = dir_ / "none.svg";
  EXPECT_EQ(testing::run_cli("render " + malformed.string() + " -o " + none.string()).exit_code, 1);
  EXPECT_FALSE(fs::exists(none));
}

TEST_F(CliTest, MapReadsCsvInAnotherLayout) {
  const fs::path data = write("acled.csv", "event_date,actor1\n2024-01-05,Dock Workers\n");
  const testing::CliOutcome inline_map = testing::run_cli(
      "import " + data.string() + " --map start=event_date,participants=actor1 -o -");
  EXPECT_EQ(inline_map.exit_code, 0) << inline_map.output;
  EXPECT_NE(inline_map.output.find("  row-2:\n    title: row-2\n    when: 2024-01-05"),
            std::string::npos)
      << inline_map.output;
  const fs::path file = write("m.yaml", "start: event_dat\n");
  const testing::CliOutcome from_file =
      testing::run_cli("check " + data.string() + " --map " + file.string());
  EXPECT_EQ(from_file.exit_code, 1);
  EXPECT_NE(from_file.output.find("acled.csv:1:1: error: missing column 'event_dat': the mapping "
                                  "reads 'start' from it, and the header has no such column; did "
                                  "you mean 'event_date'?"),
            std::string::npos)
      << from_file.output;
  EXPECT_NE(from_file.output.find("m.yaml:1:8: note: 'start' is mapped here"), std::string::npos)
      << from_file.output;
  const testing::CliOutcome not_csv = testing::run_cli("check " + example + " --map start=x");
  EXPECT_EQ(not_csv.exit_code, 1);
  EXPECT_NE(not_csv.output.find("--map maps the columns of a .csv file"), std::string::npos);
}

}  // namespace
}  // namespace chronograph
