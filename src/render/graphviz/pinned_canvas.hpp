#pragma once
// Internal: nodes pinned where chronograph's own layout put them (`pos="x,y!"`), for the timeline
// and storyline DOT files that `neato -n2` draws unchanged. Graphviz puts y up and measures node
// sizes in inches; the layout uses y down and points.

#include <string>
#include <string_view>

#include "chronograph/layout.hpp"
#include "render/graphviz/cgraph.hpp"

namespace chronograph::detail {

// The page both pinned views start from: its bounding box, a white background, the CJK-first font,
// nodes drawn before edges, and node sizes fixed (the layout measured every text already, so
// Graphviz must not resize nodes around labels).
void set_pinned_page(DotGraph& dot, double width, double height);

class PinnedCanvas {
 public:
  PinnedCanvas(DotGraph& dot, double page_height) : dot_(dot), page_height_(page_height) {}

  // A layout point (y down) as a Graphviz point (y up): "x,y".
  [[nodiscard]] std::string point(double x, double y) const;

  // A node of this shape filling `area`, with no label.
  DotGraph::Node box(const std::string& name, const Box& area, const char* shape = "box");
  // A box painted with `fill`.
  DotGraph::Node filled(const std::string& name, const Box& area, const std::string& fill,
                        const std::string& outline = "transparent", const char* style = "filled");
  // A density band's run (level of detail): `colour` (#rrggbb) with the SVG's opacity for `shade`
  // as its alpha, and its number of events in `events`.
  DotGraph::Node density(const std::string& name, const DensityBand& band,
                         const std::string& colour);
  // Text drawn in `area`.
  DotGraph::Node text(const std::string& name, const Box& area, std::string_view content,
                      double font_size, const std::string& colour = "#222222");

  // The page title and, when there is one, the subtitle under it.
  void titles(const Box& title_box, std::string_view title, const Box& subtitle_box,
              std::string_view subtitle, double font_size);

  DotGraph& dot() { return dot_; }

 private:
  DotGraph& dot_;
  double page_height_;
};

}  // namespace chronograph::detail
