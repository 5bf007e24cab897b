#pragma once
// Internal: a view's SVG as PNG or PDF, drawn by librsvg onto a cairo surface. Every view's
// picture is the SVG the browser shows (CSS classes, hatching, struck cancelled labels, halos,
// legend), so the binary formats cannot drift from it; Graphviz is only asked for DOT and SVG.

#include <string>
#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/limits.hpp"

namespace chronograph::detail {

enum class RasterFormat { png, pdf };

struct RasterOptions {
  RasterFormat format = RasterFormat::png;
  // PNG pixels per CSS pixel. 1 makes the PNG exactly the SVG's width × height (what a browser
  // shows at 100%); 2 gives a crisp picture for high-density screens. PDF ignores it: its page is
  // the SVG's size at 96 CSS px per inch (0.75 pt per px) and stays vector.
  double scale = 1;
};

// The page limits are limits::max_picture_side and max_picture_pixels (docs/limits.md).

// `svg` is a whole SVG document with a width and height (or a viewBox); lengths in pt, mm or in
// are taken at 96 dpi. `source_name` names the input file in diagnostics. The bytes come back in
// the string; a malformed SVG, a page over the limits above or a cairo failure is an error.
[[nodiscard]] Result<std::string> rasterise_svg(std::string_view svg, const RasterOptions& options,
                                                std::string_view source_name);

}  // namespace chronograph::detail
