#include "render/common/numbers.hpp"

#include <cmath>

#include <fmt/format.h>

namespace chronograph::detail {

std::string format_number(double value) {
  if (std::abs(value) < 0.005) return "0";
  std::string text = fmt::format("{:.2f}", value);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

}  // namespace chronograph::detail
