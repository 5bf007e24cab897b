#pragma once
// Shared helpers for tests: where the sources and the read-only shared data live, and goldens.

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

namespace chronograph::testing {

inline std::filesystem::path source_dir() {
  return CHRONOGRAPH_SOURCE_DIR;
}
inline std::filesystem::path binary_dir() {
  return CHRONOGRAPH_BINARY_DIR;
}
inline std::filesystem::path cli_path() {
  return CHRONOGRAPH_CLI;
}

// ../shared beside the checkout (developers and CI have it; users do not).
inline std::optional<std::filesystem::path> shared_dir() {
  const std::filesystem::path shared = source_dir().parent_path() / "shared";
  if (std::filesystem::is_directory(shared)) return shared;
  return std::nullopt;
}

inline std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct CliOutcome {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs the built chronograph binary with `arguments` (shell words), as a user would, with
// `environment` ("NO_COLOR=1"; shell words too) added to its environment.
inline CliOutcome run_cli_env(const std::string& environment, const std::string& arguments) {
  const std::string command =
      "env " + environment + " " + cli_path().string() + " " + arguments + " 2>&1";
  CliOutcome result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  while (const std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
    result.output.append(buffer.data(), n);
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline CliOutcome run_cli(const std::string& arguments) {
  return run_cli_env("", arguments);
}

// Golden files are refreshed by running the tests with CHRONOGRAPH_UPDATE_GOLDENS=1.
inline bool updating_goldens() {
  const char* flag = std::getenv("CHRONOGRAPH_UPDATE_GOLDENS");
  return flag != nullptr && std::string(flag) == "1";
}

// Compares `actual` with the golden file, or rewrites it when updating.
inline void expect_golden(const std::filesystem::path& golden, const std::string& actual) {
  if (updating_goldens()) {
    std::filesystem::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << actual;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(golden))
      << golden << " is missing; run with CHRONOGRAPH_UPDATE_GOLDENS=1";
  EXPECT_EQ(slurp(golden), actual)
      << "stale golden " << golden << "; refresh with CHRONOGRAPH_UPDATE_GOLDENS=1";
}

// A fixture with a fresh, empty folder per test under the build tree
// (scratch/<suite>/<test>), and `write` to put a file in it.
class ScratchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = binary_dir() / "scratch" / info->test_suite_name() / info->name();
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const std::filesystem::path path = dir_ / name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
  }
  std::filesystem::path dir_;
};

}  // namespace chronograph::testing

#define CHRONOGRAPH_REQUIRE_SHARED(var)                                             \
  const auto var##_opt = ::chronograph::testing::shared_dir();                      \
  if (!var##_opt) GTEST_SKIP() << "../shared is absent (normal on a user machine)"; \
  const std::filesystem::path var = *var##_opt
