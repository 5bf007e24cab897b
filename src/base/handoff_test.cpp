#include "base/handoff.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace chronograph::detail {
namespace {

// Every item reaches the taker, in the order pushed, across batch boundaries.
TEST(Handoff, TakesEveryItemInOrder) {
  std::vector<std::string> taken;
  Handoff<std::string> handoff([&taken](std::string& item) { taken.push_back(item); }, 3);
  std::vector<std::string> pushed;
  for (int k = 0; k < 100; ++k) {
    pushed.push_back("item " + std::to_string(k));
    handoff.push(std::string(pushed.back()));
  }
  handoff.finish();
  EXPECT_EQ(taken, pushed);
}

TEST(Handoff, RethrowsWhatATakeThrewAndDropsTheRest) {
  int taken = 0;
  Handoff<int> handoff(
      [&taken](int& item) {
        if (item == 5) throw std::runtime_error("five");
        ++taken;
      },
      2);
  for (int k = 0; k < 50; ++k) handoff.push(int{k});
  EXPECT_THROW(handoff.finish(), std::runtime_error);
  EXPECT_EQ(taken, 5);
}

// Left without finish() (the reader stopped at a syntax error), it still waits for its thread.
TEST(Handoff, ADroppedHandoffWaitsForItsThread) {
  int taken = 0;
  {
    Handoff<int> handoff([&taken](int&) { ++taken; }, 4);
    for (int k = 0; k < 10; ++k) handoff.push(int{k});
  }
  EXPECT_EQ(taken, 10);
}

}  // namespace
}  // namespace chronograph::detail
