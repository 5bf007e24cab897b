#pragma once

#include <string_view>

namespace chronograph {
inline constexpr std::string_view version = "0.1.0";
inline constexpr int format_version = 1;
}  // namespace chronograph
