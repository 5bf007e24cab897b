#include "cli/progress.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace chronograph::cli {
namespace {

using namespace std::chrono_literals;
using Clock = Progress::Clock;

TEST(ProgressLine, FillsTheBarByFinishedStages) {
  EXPECT_EQ(progress_line(0, 6, "reading", 1000ms),
            "chronograph: [------------------------] reading (1/6) 1.0 s");
  EXPECT_EQ(progress_line(3, 6, "reasoning", 2450ms),
            "chronograph: [############------------] reasoning (4/6) 2.5 s");
  EXPECT_EQ(progress_line(6, 6, "writing", 12000ms),
            "chronograph: [########################] writing (6/6) 12.0 s");
}

TEST(Progress, SilentWhenNotATerminal) {
  std::ostringstream out;
  const Clock::time_point start{};
  {
    Progress progress(out, false, 4, false, start);
    progress.stage("reading");
    progress.draw(start + 5s);
    progress.hide();
  }
  EXPECT_EQ(out.str(), "");
}

TEST(Progress, SilentDuringTheFirstSecond) {
  std::ostringstream out;
  const Clock::time_point start{};
  {
    Progress progress(out, true, 4, false, start);
    progress.stage("reading");
    progress.draw(start + 999ms);
  }
  EXPECT_EQ(out.str(), "");
}

TEST(Progress, DrawsInPlaceAndClearsBeforeOtherOutput) {
  std::ostringstream out;
  const Clock::time_point start{};
  Progress progress(out, true, 2, false, start);
  progress.stage("reading");
  progress.draw(start + 1500ms);
  EXPECT_EQ(out.str(), "\r\x1b[Kchronograph: [------------------------] reading (1/2) 1.5 s");
  out.str("");
  progress.hide();
  EXPECT_EQ(out.str(), "\r\x1b[K");
  out.str("");
  progress.draw(start + 1600ms);  // hidden until the next stage
  EXPECT_EQ(out.str(), "");
  progress.stage("reasoning");
  progress.draw(start + 2000ms);
  EXPECT_EQ(out.str(), "\r\x1b[Kchronograph: [############------------] reasoning (2/2) 2.0 s");
}

TEST(Progress, ClearsTheBarWhenDone) {
  std::ostringstream out;
  const Clock::time_point start{};
  {
    Progress progress(out, true, 1, false, start);
    progress.stage("reading");
    progress.draw(start + 2s);
    out.str("");
  }
  EXPECT_EQ(out.str(), "\r\x1b[K");
}

}  // namespace
}  // namespace chronograph::cli
