#include "base/background.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <thread>

namespace chronograph::detail {
namespace {

TEST(Background, RunsTheJobAndHandsBackWhatItThrew) {
  std::thread::id ran_on;
  in_background([&] { ran_on = std::this_thread::get_id(); }).get();
  EXPECT_NE(ran_on, std::thread::id{});
  std::future<void> failed = in_background([] { throw std::runtime_error("stopped"); });
  EXPECT_THROW(failed.get(), std::runtime_error);
}

}  // namespace
}  // namespace chronograph::detail
