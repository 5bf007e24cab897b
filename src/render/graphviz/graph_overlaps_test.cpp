// The relationship graph as a reader sees it: no edge may pass through a node that is not one of
// its ends, and no organisation's name is written twice (cluster label and node). Counted in the
// SVG Graphviz lays out, on the bundled examples and the TE3 documents (docs/graph.md, "Reading
// it").

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <map>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

struct Area {
  double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
  void add(double x, double y) {
    x0 = std::min(x0, x);
    y0 = std::min(y0, y);
    x1 = std::max(x1, x);
    y1 = std::max(y1, y);
  }
  // Strictly inside, a point clear of the outline: an edge ending on it touches, never enters.
  [[nodiscard]] bool holds(double x, double y) const {
    return x > x0 + 1 && x < x1 - 1 && y > y0 + 1 && y < y1 - 1;
  }
};

// Every number in an attribute (points="x,y x,y", d="M x,y C x,y …"), in order.
std::vector<double> numbers(const char* text) {
  std::vector<double> out;
  for (const char* p = text; *p != '\0';) {
    char* end = nullptr;
    const double value = std::strtod(p, &end);
    if (end == p) {
      ++p;
      continue;
    }
    out.push_back(value);
    p = end;
  }
  return out;
}

Area area_of(const pugi::xml_node& node) {
  Area area;
  for (const pugi::xpath_node& shape : node.select_nodes(".//*[local-name()='polygon' or "
                                                         "local-name()='path']")) {
    const pugi::xml_node element = shape.node();
    const std::vector<double> xy = numbers(
        element.attribute(std::string(element.name()) == "polygon" ? "points" : "d").value());
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2) area.add(xy[i], xy[i + 1]);
  }
  for (const pugi::xpath_node& shape : node.select_nodes(".//*[local-name()='ellipse']")) {
    const pugi::xml_node e = shape.node();
    const double cx = e.attribute("cx").as_double(), cy = e.attribute("cy").as_double();
    const double rx = e.attribute("rx").as_double(), ry = e.attribute("ry").as_double();
    area.add(cx - rx, cy - ry);
    area.add(cx + rx, cy + ry);
  }
  return area;
}

// Points along an edge's cubic Bézier path ("M p0 C p1 p2 p3 p4 p5 p6 …"), 20 a piece.
std::vector<std::array<double, 2>> samples(const std::vector<double>& xy) {
  std::vector<std::array<double, 2>> out;
  for (std::size_t i = 0; i + 7 < xy.size(); i += 6) {
    for (int k = 0; k <= 20; ++k) {
      const double t = k / 20.0, u = 1 - t;
      const double a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
      out.push_back({a * xy[i] + b * xy[i + 2] + c * xy[i + 4] + d * xy[i + 6],
                     a * xy[i + 1] + b * xy[i + 3] + c * xy[i + 5] + d * xy[i + 7]});
    }
  }
  return out;
}

struct Reading {
  std::size_t edges = 0;
  std::vector<std::string> crossings;  // "edge passes node"
  std::size_t labelled_clusters = 0;
};

Reading read_graph_svg(const std::string& text) {
  pugi::xml_document svg;
  EXPECT_TRUE(svg.load_string(text.c_str()));
  std::map<std::string, Area> nodes;
  for (const pugi::xpath_node& found : svg.select_nodes("//*[local-name()='g'][@class='node']"))
    nodes[found.node().child_value("title")] = area_of(found.node());
  Reading out;
  for (const pugi::xpath_node& found : svg.select_nodes("//*[local-name()='g'][@class='edge']")) {
    const std::string title = found.node().child_value("title");
    const std::size_t arrow = title.find("->");
    const std::string from = title.substr(0, arrow);
    const std::string to = arrow == std::string::npos ? "" : title.substr(arrow + 2);
    const pugi::xml_node path = found.node().select_node(".//*[local-name()='path']").node();
    if (!path) continue;
    ++out.edges;
    const auto points = samples(numbers(path.attribute("d").value()));
    for (const auto& [name, area] : nodes) {
      if (name == from || name == to) continue;
      for (const auto& [x, y] : points) {
        if (!area.holds(x, y)) continue;
        out.crossings.push_back(title + " passes " + name);
        break;
      }
    }
  }
  for (const pugi::xpath_node& found : svg.select_nodes("//*[local-name()='g'][@class='cluster']"))
    if (found.node().select_node(".//*[local-name()='text']")) ++out.labelled_clusters;
  return out;
}

Reading read_graph_of(const std::filesystem::path& path) {
  const Result<std::string> file = read_file(path.string());
  if (!file.value) {
    ADD_FAILURE() << path;
    return {};
  }
  const Loaded loaded = load(*file.value, path.string());
  if (!loaded.has_graph()) {
    ADD_FAILURE() << path;
    return {};
  }
  RenderOptions options;
  options.view = View::graph;
  const Result<std::string> svg = render_graph_svg(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(svg.value) << path;
  return read_graph_svg(svg.value.value_or(""));
}

void expect_readable(const std::filesystem::path& path) {
  const Reading reading = read_graph_of(path);
  EXPECT_GT(reading.edges, 0U) << path;
  EXPECT_TRUE(reading.crossings.empty())
      << path << ": " << reading.crossings.size() << " edge-node crossings, first "
      << reading.crossings.front();
  EXPECT_EQ(reading.labelled_clusters, 0U) << path;
}

TEST(GraphReading, NoEdgeCrossesANodeInTheBundledExamples) {
  for (const char* name : {"altman-korea-2024", "apollo-11-1969", "roman-republic"})
    expect_readable(testing::source_dir() / "graphs" / (std::string(name) + ".yaml"));
}

TEST(GraphReading, NoEdgeCrossesANodeInTheTe3Documents) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "data" / "te3-platinum")) {
    if (entry.path().extension() != ".tml") continue;
    expect_readable(entry.path());
    ++documents;
  }
  EXPECT_EQ(documents, 20U);
}

// The check itself: an edge drawn straight through a third node is found.
TEST(GraphReading, FindsAnEdgeThroughANode) {
  const std::string svg =
      "<svg xmlns='http://www.w3.org/2000/svg'>"
      "<g class='node'><title>a</title><polygon points='0,0 10,0 10,10 0,10'/></g>"
      "<g class='node'><title>m</title><polygon points='40,0 60,0 60,10 40,10'/></g>"
      "<g class='node'><title>b</title><polygon points='90,0 100,0 100,10 90,10'/></g>"
      "<g class='edge'><title>a-&gt;b</title><path d='M10,5 C30,5 70,5 90,5'/></g></svg>";
  const Reading reading = read_graph_svg(svg);
  ASSERT_EQ(reading.crossings.size(), 1U);
  EXPECT_EQ(reading.crossings[0], "a->b passes m");
}

}  // namespace
}  // namespace chronograph
