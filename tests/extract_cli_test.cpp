// `chronograph extract` as a user runs it: exit codes, outputs, and the draft checking clean.

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_support.hpp"

namespace chronograph {
namespace {

namespace fs = std::filesystem;

fs::path scratch(const std::string& name, const std::string& text) {
  const fs::path dir = testing::binary_dir() / "extract_cli";
  fs::create_directories(dir);
  const fs::path path = dir / name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(ExtractCli, PublishedThatIsNotATimeIsAUsageError) {
  const fs::path story = scratch("story.txt", "제목\n이날 오후 만났다.\n");
  const auto run = testing::run_cli("extract " + story.string() + " --published soon -o -");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.output, ::testing::HasSubstr("error: --published 'soon' is not a date or time"));
}

TEST(ExtractCli, DraftChecksClean) {
  const fs::path story =
      scratch("story-ko.txt", "제목\n전날 늦게 도착한 그는 이날 오전 공장을 둘러봤다.\n");
  const fs::path draft = testing::binary_dir() / "extract_cli/story-ko.yaml";
  const auto run = testing::run_cli("extract " + story.string() +
                                    " --published 2024-01-26T19:55+09:00 -o " + draft.string());
  ASSERT_EQ(run.exit_code, 0) << run.output;
  const auto check = testing::run_cli("check " + draft.string());
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_THAT(testing::slurp(draft), ::testing::HasSubstr("when: 2024-01-25 늦게"));
}

TEST(ExtractCli, BinaryInputFailsAndWritesNothing) {
  const fs::path binary = scratch("binary.bin", std::string("PK\x03\x04\0\0\xff", 7));
  const fs::path out = testing::binary_dir() / "extract_cli/binary.yaml";
  fs::remove(out);
  const auto run = testing::run_cli("extract " + binary.string() + " -o " + out.string());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.output, ::testing::HasSubstr("binary.bin:1:5: error: NUL byte"));
  EXPECT_FALSE(fs::exists(out));
}

TEST(ExtractCli, TimemlFormat) {
  const fs::path story = scratch("story-en.txt", "Title\nThey met on Friday.\n");
  const auto run = testing::run_cli("extract " + story.string() +
                                    " --published 2013-03-22 --format timeml -o -");
  ASSERT_EQ(run.exit_code, 0) << run.output;
  EXPECT_THAT(run.output,
              ::testing::HasSubstr(
                  "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3>"));
}

}  // namespace
}  // namespace chronograph
