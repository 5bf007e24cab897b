#include "render/html/page_index.hpp"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/limits.hpp"
#include "render/common/event_text.hpp"

namespace chronograph::detail {

namespace {

using Json = nlohmann::ordered_json;

bool continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// The first `limit` code points of UTF-8 text, "…" after them when some were cut.
std::string cut(std::string_view text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (continuation(text[i])) continue;
    if (points++ == limit) return std::string(text.substr(0, i)) + "\u2026";
  }
  return std::string(text);
}

// Length in UTF-16 code units (what JavaScript's slice counts) of whole UTF-8 text.
std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (const char c : text) {
    if (continuation(c)) continue;
    units += static_cast<unsigned char>(c) >= 0xF0 ? 2 : 1;
  }
  return units;
}

// Front coding: each string as the length (UTF-16 units) it shares with the previous one and the
// rest. A shared prefix never ends inside a code point.
class FrontCoder {
 public:
  void add(std::string_view text) {
    std::size_t same = 0;
    while (same < text.size() && same < previous_.size() && text[same] == previous_[same]) ++same;
    while (same > 0 && same < text.size() && continuation(text[same])) --same;
    shared_.push_back(utf16_length(text.substr(0, same)));
    rest_.push_back(std::string(text.substr(same)));
    previous_.assign(text);
  }
  [[nodiscard]] Json json() && {
    return {{"shared", std::move(shared_)}, {"rest", std::move(rest_)}};
  }

 private:
  std::string previous_;
  Json shared_ = Json::array();
  Json rest_ = Json::array();
};

struct Place {
  std::int64_t lane = -1;  // -1: not on the page (no time)
  double x_start = 0;
  double x_end = 0;
};

std::vector<Place> places(const EventGraph& graph, const TimelineScene& scene) {
  std::vector<Place> out(graph.node_count());
  for (const EventMark& mark : scene.marks)
    out[mark.event] = {static_cast<std::int64_t>(mark.lane),
                       (mark.x_start_earliest + mark.x_start_latest) / 2,
                       (mark.x_end_earliest + mark.x_end_latest) / 2};
  for (const FoldedEvent& folded : scene.folded)
    out[folded.event] = {static_cast<std::int64_t>(folded.lane), folded.x_start, folded.x_end};
  return out;
}

std::int64_t units(double x) {
  return std::llround(x * index_x_units);
}

// Per lane: its title, its entity and the top of its density band (null when it has none).
Json lanes_json(const EventGraph& graph, const TimelineScene& scene) {
  std::vector<double> band(scene.lanes.size(), -1);
  for (const DensityBand& density : scene.density) band[density.lane] = density.box.y;
  Json lanes = Json::array();
  for (std::size_t i = 0; i < scene.lanes.size(); ++i) {
    const LaneLayout& lane = scene.lanes[i];
    lanes.push_back({{"title", lane.title},
                     {"entity", lane.entity ? Json(graph.id(*lane.entity)) : Json()},
                     {"y", lane.y},
                     {"height", lane.height},
                     {"band", band[i] < 0 ? Json() : Json(band[i])}});
  }
  return lanes;
}

// The axis as [x0, x1, t0, t1] pieces (segments and the breaks between them), for the viewer to
// tell the time at an x.
Json axis_json(const Axis& axis) {
  Json pieces = Json::array();
  for (std::size_t i = 0; i < axis.segments.size(); ++i) {
    const TimeSegment& segment = axis.segments[i];
    pieces.push_back({segment.x0, segment.x1, segment.begin, segment.end});
    if (i < axis.breaks.size()) {
      const ScaleBreak& gap = axis.breaks[i];
      pieces.push_back({gap.x0, gap.x1, gap.begin, gap.end});
    }
  }
  return pieces;
}

}  // namespace

Json page_index(const EventGraph& graph, const TimelineScene& scene, Language language) {
  const std::vector<Place> where = places(graph, scene);
  FrontCoder ids;
  FrontCoder titles;
  Json lane = Json::array();
  Json x = Json::array();
  Json width = Json::array();
  std::int64_t previous = 0;
  for (const NodeId node : graph.events()) {
    ids.add(graph.id(node));
    titles.add(cut(node_title(graph, node, language), limits::html_index_title_chars));
    const Place& place = where[node];
    lane.push_back(place.lane);
    const std::int64_t start = units(place.x_start);
    x.push_back(place.lane < 0 ? 0 : start - previous);
    width.push_back(place.lane < 0 ? 0 : units(place.x_end) - start);
    if (place.lane >= 0) previous = start;
  }
  return {{"count", graph.events().size()},
          {"x_units", index_x_units},
          {"ids", std::move(ids).json()},
          {"titles", std::move(titles).json()},
          {"lane", std::move(lane)},
          {"x", std::move(x)},
          {"width", std::move(width)},
          {"lanes", lanes_json(graph, scene)},
          {"axis", axis_json(scene.axis)},
          {"band_height", scene.density.empty() ? 0.0 : scene.density.front().box.height}};
}

}  // namespace chronograph::detail
