// Every kind of bad input the foundation promises to handle: one positioned error, exit 1, and no
// output file created or overwritten. Runs the real binary, so exit codes and stderr are the
// user's.

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

struct BadInput {
  const char* name;
  const char* text;
  const char* expected;  // stderr of `check`, with FILE standing for the path
};

const BadInput bad_inputs[] = {
    {"malformed_yaml", "chronograph: 1\ntitle: x\nevents:\n  a: {title: A, when: 2024-01-26\n",
     "FILE:5:1: error: invalid YAML: end of map flow not found\n"},
    {"wrong_type", "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n    participants: 5\n",
     "FILE:6:19: error: participants must be a list of entity ids\n"
     "    participants: 5\n"
     "                  ^\n"},
    {"unknown_key", "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n    wehn: 2024-01-26\n",
     "FILE:6:5: error: unknown key 'wehn' in event 'a'; did you mean 'when'?\n"
     "    wehn: 2024-01-26\n"
     "    ^~~~\n"},
    {"duplicate_id",
     "chronograph: 1\ntitle: x\nentities:\n  a: {name: A, kind: person}\nevents:\n"
     "  a: {title: A, when: 2024}\n",
     "FILE:6:3: error: duplicate id 'a'\n"
     "  a: {title: A, when: 2024}\n"
     "  ^\n"
     "FILE:4:3: note: first defined here\n"
     "  a: {name: A, kind: person}\n"
     "  ^\n"},
    {"unknown_reference",
     "chronograph: 1\ntitle: x\nevents:\n  a: {title: A, when: 2024, participants: [altmann]}\n"
     "entities:\n  altman: {name: Altman, kind: person}\n",
     "FILE:4:44: error: unknown id 'altmann'; did you mean 'altman'?\n"
     "  a: {title: A, when: 2024, participants: [altmann]}\n"
     "                                           ^~~~~~~\n"},
    {"impossible_date",
     "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n    when: 2024-02-30\n",
     "FILE:6:19: error: day 30 does not exist in February 2024\n"
     "    when: 2024-02-30\n"
     "                  ^~\n"},
    {"unknown_zone",
     "chronograph: 1\ntitle: x\nevents:\n  a:\n    title: A\n    when: 2024-01-26 Asia/Sooul\n",
     "FILE:6:22: error: unknown time zone 'Asia/Sooul'; did you mean 'Asia/Seoul'?\n"
     "    when: 2024-01-26 Asia/Sooul\n"
     "                     ^~~~~~~~~~\n"},
    {"contradictory_order",
     "chronograph: 1\ntitle: x\nzone: Asia/Seoul\nevents:\n"
     "  arrival: {title: Arrival, when: 2024-01-25 late}\n"
     "  report: {title: Report, when: 2024-01-26 America/New_York}\n"
     "relations:\n  - report before arrival\n",
     "FILE:5:35: error: these statements about time cannot all hold (3 constraints)\n"
     "  arrival: {title: Arrival, when: 2024-01-25 late}\n"
     "                                  ^~~~~~~~~~~~~~~\n"
     "FILE:5:35: note: arrival starts no later than 2024-01-26T00:00:00+09:00\n"
     "  arrival: {title: Arrival, when: 2024-01-25 late}\n"
     "                                  ^~~~~~~~~~~~~~~\n"
     "FILE:8:5: note: report is before arrival\n"
     "  - report before arrival\n"
     "    ^~~~~~~~~~~~~~~~~~~~~\n"
     "FILE:6:33: note: report ends no earlier than 2024-01-26T00:00:00-05:00\n"
     "  report: {title: Report, when: 2024-01-26 America/New_York}\n"
     "                                ^~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
     "note: so report would have to end before 2024-01-25T10:00:00-05:00 and no earlier than "
     "2024-01-26T00:00:00-05:00\n"},
    {"empty_file", "", "FILE:1:1: error: file is empty\n"},
    {"non_utf8", "chronograph: 1\ntitle: caf\xe9\n",
     "FILE:2:11: error: invalid UTF-8 byte 0xe9\n"
     "title: caf\xe9\n"
     "          ^\n"},
};

class BadInputTest : public ::testing::TestWithParam<BadInput> {};

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

TEST_P(BadInputTest, OnePositionedErrorExitOneNoOutput) {
  const BadInput& bad = GetParam();
  const fs::path dir = testing::binary_dir() / "bad-input" / bad.name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path input = dir / "input.yaml";
  std::ofstream(input, std::ios::binary) << bad.text;

  const testing::CliOutcome check = testing::run_cli("check " + input.string());
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_EQ(check.output, replace_all(bad.expected, "FILE", input.string()));

  // --strict: a contradiction fails like any other error (without it the picture is drawn with the
  // conflict marked; cli_test.cpp, ContradictionsAreDrawnWithAWarningUnlessStrict).
  const fs::path existing = dir / "existing.svg";
  std::ofstream(existing) << "keep me";
  EXPECT_EQ(
      testing::run_cli("render --strict " + input.string() + " -o " + existing.string()).exit_code,
      1);
  EXPECT_EQ(testing::slurp(existing), "keep me");
  const fs::path fresh = dir / "fresh.json";
  EXPECT_EQ(
      testing::run_cli("render --strict " + input.string() + " -o " + fresh.string()).exit_code, 1);
  EXPECT_FALSE(fs::exists(fresh));
}

INSTANTIATE_TEST_SUITE_P(Foundation, BadInputTest, ::testing::ValuesIn(bad_inputs),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace chronograph
