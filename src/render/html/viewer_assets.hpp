#pragma once
// Internal: the page's own style sheet and script, written for chronograph (no library, no CDN).

#include <string_view>

namespace chronograph::detail {

[[nodiscard]] std::string_view viewer_style();
// The page's script, to be run inside one function after viewer_index_script(), which defines
// what the page does at scale (a thinned timeline's index: search and revealing; docs/html.md).
[[nodiscard]] std::string_view viewer_script();
[[nodiscard]] std::string_view viewer_index_script();

}  // namespace chronograph::detail
