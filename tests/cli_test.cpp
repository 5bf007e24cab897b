// End to end through the real binary: exit codes, compiler-style diagnostics, no partial outputs.

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
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

struct CliRun {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

CliRun run(const std::string& arguments) {
  const std::string command = cli_path().string() + " " + arguments + " 2>&1";
  CliRun result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  while (const std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
    result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing::binary_dir() / "cli-test" /
           ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  fs::path write(const std::string& name, const std::string& text) {
    const fs::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  fs::path dir_;
};

const std::string example = (source_dir() / "graphs/altman-korea-2024.yaml").string();

TEST_F(CliTest, CheckAcceptsTheBundledExample) {
  const CliRun result = run("check " + example);
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "");
}

TEST_F(CliTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(run("").exit_code, 2);
  EXPECT_EQ(run("frobnicate").exit_code, 2);
  EXPECT_EQ(run("render " + example).exit_code, 2);  // -o missing
  EXPECT_EQ(run("render " + example + " -o out.xyz").exit_code, 2);
  EXPECT_EQ(run("render " + example + " -o x.svg --view nope").exit_code, 2);
}

TEST_F(CliTest, HelpAndVersionExitWithZero) {
  EXPECT_EQ(run("--help").exit_code, 0);
  EXPECT_EQ(run("render --help").exit_code, 0);
  EXPECT_EQ(run("check --help").exit_code, 0);
  const CliRun version = run("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.output, "chronograph 0.1.0\n");
}

TEST_F(CliTest, MissingFileIsAnError) {
  const CliRun result = run("check " + (dir_ / "nope.yaml").string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.output.find("cannot open file"), std::string::npos) << result.output;
}

TEST_F(CliTest, RendersEveryFormatToFilesAndStdout) {
  for (const char* name : {"t.svg", "t.dot", "t.json"}) {
    const fs::path out = dir_ / name;
    const CliRun result = run("render " + example + " -o " + out.string());
    EXPECT_EQ(result.exit_code, 0) << result.output;
    EXPECT_GT(fs::file_size(out), 100u) << name;
  }
  const CliRun to_stdout = run("render " + example + " -o - --format json");
  EXPECT_EQ(to_stdout.exit_code, 0);
  EXPECT_EQ(to_stdout.output.rfind("{", 0), 0u);
}

TEST_F(CliTest, BadInputLeavesAnExistingOutputUntouched) {
  const fs::path bad = write("bad.yaml", "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n"
                                         "    when: 2024-02-30\n");
  const fs::path out = write("out.svg", "previous contents");
  const CliRun result = run("render " + bad.string() + " -o " + out.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(slurp(out), "previous contents");
  const fs::path fresh = dir_ / "fresh.svg";
  EXPECT_EQ(run("render " + bad.string() + " -o " + fresh.string()).exit_code, 1);
  EXPECT_FALSE(fs::exists(fresh));
  // No temp file is left behind either.
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 2);
}

TEST_F(CliTest, DiagnosticsAreCompilerStyleWithCaret) {
  const fs::path bad = write("bad.yaml", "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n"
                                         "    when: 2024-02-30\n");
  const CliRun result = run("check " + bad.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, bad.string() +
                               ":6:19: error: day 30 does not exist in February 2024\n"
                               "    when: 2024-02-30\n"
                               "                  ^~\n");
}

}  // namespace
}  // namespace chronograph
