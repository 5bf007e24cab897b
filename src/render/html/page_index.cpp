#include "render/html/page_index.hpp"

#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/unicode.hpp"
#include "chronograph/limits.hpp"
#include "render/common/event_text.hpp"
#include "render/html/packed.hpp"

namespace chronograph::detail {

namespace {

using Json = nlohmann::ordered_json;

// UTF-16 code units (what JavaScript's slice counts) of a code point.
std::size_t utf16_units(char32_t c) {
  return c >= 0x10000 ? 2 : 1;
}

// The first `limit` code points of UTF-8 text, "…" after them when some were cut.
std::string cut(std::string_view text, std::size_t limit) {
  std::size_t points = 0;
  for (std::size_t pos = 0; pos < text.size(); ++points) {
    if (points == limit) return std::string(text.substr(0, pos)) + "\u2026";
    next_code_point(text, pos);
  }
  return std::string(text);
}

// Front coding: each string as the length (UTF-16 units) it shares with the previous one and the
// rest. Both are read code point by code point as the JSON writer reads them (an invalid byte is
// one U+FFFD), so the shared part is the same text in both and never ends inside a code point.
class FrontCoder {
 public:
  void add(std::string_view text) {
    std::size_t at = 0;
    std::size_t units = 0;
    while (at < text.size() && at < previous_.size()) {
      std::size_t mine = at;
      std::size_t theirs = at;
      const char32_t c = next_code_point(text, mine);
      if (c != next_code_point(previous_, theirs) || mine != theirs ||
          text.substr(at, mine - at) != std::string_view(previous_).substr(at, mine - at))
        break;
      units += utf16_units(c);
      at = mine;
    }
    shared_.push_back(units);
    rest_.push_back(std::string(text.substr(at)));
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

// The index's columns, for events placed `where` (lane -1: nowhere), and the page's lanes and axis.
Json index_json(const EventGraph& graph, const std::vector<Place>& where, Language language,
                std::size_t title_chars, Json lanes, Json axis, double band_height) {
  FrontCoder ids;
  FrontCoder titles;
  Json lane = Json::array();
  Json x = Json::array();
  Json width = Json::array();
  std::int64_t previous = 0;
  for (const NodeId node : graph.events()) {
    ids.add(graph.id(node));
    titles.add(title_chars == 0 ? std::string()
                                : cut(node_title(graph, node, language), title_chars));
    const Place& place = where[node];
    lane.push_back(place.lane);
    const std::int64_t start = units(place.x_start);
    x.push_back(place.lane < 0 ? 0 : start - previous);
    width.push_back(place.lane < 0 ? 0 : units(place.x_end) - start);
    if (place.lane >= 0) previous = start;
  }
  return {{"count", graph.events().size()},
          {"x_units", index_x_units},
          {"title_chars", title_chars},
          {"titles_cut", title_chars < limits::html_index_title_chars},
          {"ids", std::move(ids).json()},
          {"titles", std::move(titles).json()},
          {"lane", std::move(lane)},
          {"x", std::move(x)},
          {"width", std::move(width)},
          {"lanes", std::move(lanes)},
          {"axis", std::move(axis)},
          {"band_height", band_height}};
}

}  // namespace

Json page_index(const EventGraph& graph, const TimelineScene& scene, Language language,
                std::size_t title_chars) {
  return index_json(graph, places(graph, scene), language, title_chars, lanes_json(graph, scene),
                    axis_json(scene.axis),
                    scene.density.empty() ? 0.0 : scene.density.front().box.height);
}

Json search_index(const EventGraph& graph, Language language, std::size_t title_chars) {
  return index_json(graph, std::vector<Place>(graph.node_count()), language, title_chars,
                    Json::array(), Json::array(), 0.0);
}

namespace {

std::optional<std::string> deflated(const Json& data) {
  return deflate_base64(data.dump(-1, ' ', false, Json::error_handler_t::replace));
}

}  // namespace

std::optional<PackedData> pack_within(Json data, const std::function<Json(std::size_t)>& index,
                                      std::size_t budget) {
  PackedData out;
  const auto pack = [&](std::size_t chars) {
    data["index"] = index(chars);
    return deflated(data);
  };
  std::optional<std::string> packed = pack(out.title_chars);
  if (!packed) return std::nullopt;
  if (packed->size() <= budget) {
    out.text = *std::move(packed);
    return out;
  }
  std::optional<std::string> bare = pack(0);
  if (!bare) return std::nullopt;
  // The title length a pass with `chars` says fits: its titles' bytes scaled to the room left.
  const auto fitting = [&](std::size_t chars, std::size_t size) {
    const double room =
        static_cast<double>(budget - bare->size()) / static_cast<double>(size - bare->size());
    return static_cast<std::size_t>(static_cast<double>(chars) * room);
  };
  std::size_t chars = bare->size() < budget ? fitting(out.title_chars, packed->size()) : 0;
  while (chars >= limits::html_index_min_title_chars) {
    packed = pack(chars);
    if (!packed) return std::nullopt;
    if (packed->size() <= budget) break;
    // Cut again by the room this pass says is left, and by a quarter at least: short titles (an
    // ACLED export's six categories) lose nothing until the cut reaches them, and each pass
    // deflates the whole index (seven passes, 12 s, on its 1M rows).
    chars = std::min(chars * 3 / 4, fitting(chars, packed->size()));
  }
  if (chars < limits::html_index_min_title_chars) chars = 0;
  out.title_chars = chars;
  out.text = chars > 0 ? *std::move(packed) : *std::move(bare);
  return out;
}

}  // namespace chronograph::detail
