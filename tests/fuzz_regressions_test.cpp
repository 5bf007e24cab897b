// Every input under fuzz/regressions/TARGET/ once found a crash, hang or broken property with
// tools/fuzz; each is replayed through the same target function here, so it can never come back.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "targets.hpp"

namespace chronograph {
namespace {

std::vector<std::filesystem::path> inputs(const char* target) {
  std::vector<std::filesystem::path> paths;
  const auto folder = std::filesystem::path(CHRONOGRAPH_SOURCE_DIR) / "fuzz/regressions" / target;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    if (entry.is_regular_file() && entry.path().filename() != "README.md")
      paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

std::string bytes_of(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void replay(const char* target, bool (*run)(std::string_view)) {
  const auto paths = inputs(target);
  for (const auto& path : paths) EXPECT_TRUE(run(bytes_of(path))) << path;
}

TEST(FuzzRegressions, Load) {
  replay("load", fuzz::load_target);
}
TEST(FuzzRegressions, Timeml) {
  replay("timeml", fuzz::timeml_target);
}
TEST(FuzzRegressions, Json) {
  replay("json", fuzz::json_target);
}
TEST(FuzzRegressions, Csv) {
  replay("csv", fuzz::csv_target);
}
TEST(FuzzRegressions, Extract) {
  replay("extract", fuzz::extract_target);
}
TEST(FuzzRegressions, Time) {
  replay("time", fuzz::time_target);
}

}  // namespace
}  // namespace chronograph
