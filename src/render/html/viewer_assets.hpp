#pragma once
// Internal: the page's own style sheet and script, written for chronograph (no library, no CDN).

#include <string_view>

namespace chronograph::detail {

[[nodiscard]] std::string_view viewer_style();
[[nodiscard]] std::string_view viewer_script();

}  // namespace chronograph::detail
