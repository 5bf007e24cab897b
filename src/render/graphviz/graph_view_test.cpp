#include "render/graphviz/graph_view.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <sstream>
#include <string>

#include "chronograph/chronograph.hpp"
#include "chronograph/render.hpp"
#include "sample_graph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string dot_of(const EventGraph& graph, Language language = Language::en) {
  RenderOptions options;
  options.view = View::graph;
  options.format = Format::dot;
  options.language = language;
  const Result<std::string> result = render_graph_dot(graph, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

std::string svg_of(const EventGraph& graph, Language language = Language::en) {
  RenderOptions options;
  options.view = View::graph;
  options.language = language;
  const Result<std::string> result = render_graph_svg(graph, options);
  EXPECT_TRUE(result.ok());
  for (const Diagnostic& diagnostic : result.diagnostics) ADD_FAILURE() << diagnostic.message;
  return result.value.value_or("");
}

// The SVG group Graphviz writes for the node or cluster whose <title> is `name`.
pugi::xml_node group_titled(const pugi::xml_document& svg, const std::string& name) {
  return svg.select_node(("//g[title='" + name + "']").c_str()).node();
}

std::filesystem::path output_dir() {
  const std::filesystem::path dir = testing::binary_dir() / "test-output" / "graph";
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(GraphDot, MatchesGolden) {
  testing::expect_golden(testing::source_dir() / "src/render/graphviz/testdata/sample_graph.dot",
                         dot_of(testing::sample_graph()));
}

TEST(GraphDot, SameGraphGivesByteIdenticalDot) {
  const EventGraph graph = testing::sample_graph();
  const std::string first = dot_of(graph);
  (void)svg_of(graph);  // a layout in between must not change what is written
  EXPECT_EQ(dot_of(EventGraph(graph)), first);
  EXPECT_EQ(dot_of(testing::sample_graph()), first);
}

// The sample with Kwak Noh-jung also at the Samsung visit: in two events, he is not framed into
// one, and SK Hynix's cluster holds him.
EventGraph sample_with_kwak_at_two_events() {
  EventGraph graph = testing::sample_graph();
  const NodeId visit = *graph.find("visit-samsung");
  const NodeId kwak = *graph.find("kwak-noh-jung");
  graph.event(visit).participants.push_back({kwak, ""});
  Relation implied{visit, kwak, RelationType::participant};
  implied.implied = true;
  graph.add_relation(implied);
  return graph;
}

TEST(GraphDot, NestsPeopleInTheirOrganisationsCluster) {
  const std::string dot = dot_of(sample_with_kwak_at_two_events());
  const auto group = dot.find("subgraph \"cluster_sk-group\"");
  const auto hynix = dot.find("subgraph \"cluster_sk-hynix\"");
  const auto kwak = dot.find("\"kwak-noh-jung\";", hynix);
  ASSERT_NE(group, std::string::npos) << dot;
  ASSERT_NE(hynix, std::string::npos);
  EXPECT_LT(group, hynix);
  EXPECT_LT(hynix, kwak);
  EXPECT_NE(dot.find("subgraph cluster_openai"), std::string::npos);
  // Membership is drawn as the cluster; the affiliated-with edge stays in the data, invisible and
  // not ranked.
  EXPECT_NE(
      dot.find(
          "altman -> openai\t[constraint=false,\n\t\tstyle=invis,\n\t\ttype=\"affiliated-with\"];"),
      std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\"kwak-noh-jung\" -> \"sk-hynix\"\t[constraint=false,\n\t\tstyle=invis"),
            std::string::npos);
  // Nodes and their attributes come before the clusters, which only name them (read_dot of
  // networkx.nx_pydot looks at top-level statements only).
  EXPECT_LT(dot.find("\"kwak-noh-jung\"\t["), group);
}

// Kyung Kye-hyun and the Pyeongtaek campus belong to the Samsung visit alone: drawn in a frame
// with it, one rank, their edges to it invisible; still nodes with their data, and Samsung, left
// without members outside frames, is no cluster.
TEST(GraphDot, FramesTheEntitiesOfOneEventWithIt) {
  const EventGraph graph = testing::sample_graph();
  const std::string dot = dot_of(graph);
  const auto frame = dot.find("subgraph \"cluster_visit-samsung\" {");
  ASSERT_NE(frame, std::string::npos) << dot;
  const auto rows = dot.find(
      "subgraph \"rows_visit-samsung\" {\n\t\t\tgraph [rank=same];\n"
      "\t\t\t\"visit-samsung\";\n\t\t\t\"kyung-kye-hyun\";\n"
      "\t\t\tpyeongtaek;\n\t\t}",
      frame);
  EXPECT_NE(rows, std::string::npos) << dot.substr(frame);
  EXPECT_EQ(dot.find("cluster_samsung"), std::string::npos);
  EXPECT_NE(dot.find("\"visit-samsung\" -> \"kyung-kye-hyun\"\t[constraint=false,\n\t\t"
                     "style=invis,\n\t\ttype=participant];"),
            std::string::npos);
  EXPECT_NE(dot.find("label=\"Kyung Kye-hyun\\n경계현\\nhost · Samsung Electronics\""),
            std::string::npos);
  // Every node of the model is in the DOT, framed or not.
  for (const NodeId node : graph.entities()) {
    const std::string& id = graph.id(node);
    EXPECT_TRUE(dot.find("\tid=" + id + ",") != std::string::npos ||
                dot.find("\tid=\"" + id + "\",") != std::string::npos)
        << id;
  }
  EXPECT_NE(dot.find("newrank=true"), std::string::npos);
}

TEST(GraphDot, DrawsAffiliationToAnythingButAnOrganisation) {
  EventGraph graph;
  const NodeId band = graph.add_entity({"band", {"The Band", "", ""}, EntityKind::other});
  const NodeId singer =
      graph.add_entity({"singer", {"Singer", "", ""}, EntityKind::person, "vocals", band});
  Relation implied{singer, band, RelationType::affiliated_with};
  implied.implied = true;
  graph.add_relation(implied);
  const std::string dot = dot_of(graph);
  EXPECT_EQ(dot.find("subgraph"), std::string::npos);
  EXPECT_NE(dot.find("singer -> band"), std::string::npos) << dot;
}

TEST(GraphDot, AffiliationCycleStillPlacesEveryone) {
  EventGraph graph;
  graph.add_entity({"a", {"A", "", ""}, EntityKind::organization, "", NodeId{1}});
  graph.add_entity({"b", {"B", "", ""}, EntityKind::organization, "", NodeId{0}});
  const std::string dot = dot_of(graph);
  EXPECT_NE(dot.find("subgraph cluster_a"), std::string::npos) << dot;
  EXPECT_NE(dot.find("subgraph cluster_b"), std::string::npos);
}

// The attributes gvpr and networkx filter on (docs/graph.md, "Attributes"), in cgraph's order.
TEST(GraphDot, NodesAndEdgesSayWhatTheyAre) {
  const std::string dot = dot_of(testing::sample_graph());
  EXPECT_NE(dot.find("\"visit-samsung\"\t[end=\"2024-01-26T12:00:00+09:00\",\n"
                     "\t\tend_earliest=\"2024-01-26T10:00:00+09:00\",\n"
                     "\t\tend_latest=\"2024-01-26T12:00:00+09:00\",\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("\t\tid=\"visit-samsung\",\n\t\tkind=event,\n"), std::string::npos);
  EXPECT_NE(dot.find("\t\tstart=\"2024-01-26T09:00:00+09:00\",\n"
                     "\t\tstart_earliest=\"2024-01-26T09:00:00+09:00\",\n"
                     "\t\tstart_latest=\"2024-01-26T12:00:00+09:00\",\n\t\tstatus=happened,\n"),
            std::string::npos);
  EXPECT_NE(dot.find("\t\ttitle_en=\"Visit to Samsung's Pyeongtaek campus\",\n"
                     "\t\ttitle_ko=\"삼성전자 평택캠퍼스 방문\",\n"),
            std::string::npos);
  // A title without a language is `title`; an open end is left out.
  const std::size_t venture = dot.find("\"chip-venture\"\t[");
  ASSERT_NE(venture, std::string::npos);
  const std::string venture_node = dot.substr(venture, dot.find("];", venture) - venture);
  EXPECT_NE(venture_node.find("title=\"AI chip venture \\ fabs <plan>\""), std::string::npos)
      << venture_node;
  EXPECT_NE(venture_node.find("status=planned"), std::string::npos);
  EXPECT_EQ(venture_node.find("end="), std::string::npos);
  EXPECT_EQ(venture_node.find("start_latest="), std::string::npos);
  EXPECT_NE(dot.find("\t\tid=altman,\n\t\tkind=person,\n"), std::string::npos);
  EXPECT_NE(dot.find("type=participant"), std::string::npos);
  EXPECT_NE(dot.find("type=before"), std::string::npos);
}

// cgraph breaks long values with backslash-newline unless linelength=0; pydot keeps the break.
TEST(GraphDot, HasNoLineContinuations) {
  EventGraph graph;
  Event event;
  event.id = "long";
  event.title = {std::string(600, 'x') + " " + std::string(300, 'y'), "", ""};
  graph.add_event(std::move(event));
  const std::string dot = dot_of(graph);
  EXPECT_EQ(dot.find("\\\n"), std::string::npos) << dot;
  EXPECT_NE(dot.find("linelength=0"), std::string::npos);
}

// Data values are written as they are, on one line; Graphviz reads them back unchanged.
TEST(GraphDot, HostileTitlesStayReadableData) {
  EventGraph graph;
  Event event;
  event.id = "hostile";
  event.title = {"", "", "a<b>&\"c\"\x01\ttab\nline \\N end\\"};
  graph.add_event(std::move(event));
  const std::string dot = dot_of(graph);
  EXPECT_NE(dot.find("title_en=\"a<b>&\\\"c\\\"\xEF\xBF\xBD tab line \\N end\\ \""),
            std::string::npos)
      << dot;
  const Result<detail::DotGraph> parsed = detail::DotGraph::parse(dot);
  EXPECT_TRUE(parsed.ok());
  ASSERT_TRUE(parsed.value);
  EXPECT_EQ(parsed.value->node_count(), 1U);
}

TEST(GraphDot, LabelsPutTheChosenLanguageFirst) {
  const EventGraph graph = testing::sample_graph();
  EXPECT_NE(dot_of(graph, Language::en).find("label=\"Sam Altman\\n샘 올트먼\""),
            std::string::npos);
  EXPECT_NE(dot_of(graph, Language::ko).find("label=\"샘 올트먼\\nSam Altman\""),
            std::string::npos);
}

TEST(GraphDot, ExternalDotAcceptsIt) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "`dot` is not installed";
  const std::filesystem::path dot_file = output_dir() / "sample.dot";
  const std::filesystem::path svg_file = output_dir() / "sample-external.svg";
  std::ofstream(dot_file, std::ios::binary) << dot_of(testing::sample_graph());
  const std::string command =
      "dot -Tsvg '" + dot_file.string() + "' -o '" + svg_file.string() + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_file(svg_file.c_str()));
  EXPECT_TRUE(group_titled(svg, "cluster_visit-samsung"));
  // render_graph_svg lays out the DOT text itself: the two pictures are the same.
  EXPECT_EQ(testing::slurp(svg_file), svg_of(testing::sample_graph()));
}

TEST(GraphSvg, ShowsStatusesAsStyles) {
  const std::string text = svg_of(testing::sample_graph());
  std::ofstream(output_dir() / "sample.svg", std::ios::binary) << text;
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_string(text.c_str()));

  const pugi::xml_node planned = group_titled(svg, "chip-venture");
  ASSERT_TRUE(planned);
  EXPECT_STREQ(planned.select_node(".//path").node().attribute("stroke-dasharray").value(), "5,2");
  EXPECT_STREQ(planned.select_node(".//text").node().text().get(),
               "AI chip venture \\ fabs <plan>");

  const pugi::xml_node reported = group_titled(svg, "talks-reported");
  ASSERT_TRUE(reported);
  EXPECT_STREQ(reported.select_node(".//path").node().attribute("stroke-dasharray").value(), "1,5");
  const std::string tooltip = reported.select_node(".//a").node().attribute("xlink:title").value();
  EXPECT_TRUE(tooltip.starts_with("Talks with chip makers reported (reported)\n")) << tooltip;

  const pugi::xml_node cancelled = group_titled(svg, "dinner");
  ASSERT_TRUE(cancelled);
  EXPECT_STREQ(cancelled.select_node(".//text").node().attribute("text-decoration").value(),
               "line-through");
  EXPECT_STREQ(cancelled.select_node(".//text").node().text().get(), "Dinner & meeting");
  EXPECT_EQ(cancelled.select_nodes(".//polyline").size(), 4U);  // the cut corners

  const pugi::xml_node superseded = group_titled(svg, "old-schedule");
  ASSERT_TRUE(superseded);
  EXPECT_STREQ(superseded.select_node(".//text").node().attribute("fill").value(), "#98a0a8");
}

TEST(GraphSvg, TooltipsGiveBoundsInTheEventsZone) {
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_string(svg_of(testing::sample_graph()).c_str()));
  const std::string visit = group_titled(svg, "visit-samsung")
                                .select_node(".//a")
                                .node()
                                .attribute("xlink:title")
                                .value();
  EXPECT_EQ(visit,
            "Visit to Samsung's Pyeongtaek campus\n"
            "삼성전자 평택캠퍼스 방문\n"
            "status: happened\n"
            "start: between 2024-01-26T09:00:00+09:00 and 2024-01-26T12:00:00+09:00\n"
            "end: between 2024-01-26T10:00:00+09:00 and 2024-01-26T12:00:00+09:00\n"
            "as written: 2024-01-26 morning\n"
            "participants: Sam Altman, Kyung Kye-hyun (host)\n"
            "place: Pyeongtaek campus\n"
            "source: \u201c오전엔 삼성전자 \"평택\" 캠퍼스를 찾았다\u201d (paragraph 2)\n"
            "tags: semiconductors, visit");
  const std::string venture =
      group_titled(svg, "chip-venture").select_node(".//a").node().attribute("xlink:title").value();
  EXPECT_NE(venture.find("start: not before 2024-01-26T00:00:00+09:00\nend: unknown\n"),
            std::string::npos)
      << venture;
}

double polygon_width(const pugi::xml_node& group) {
  std::istringstream points(group.select_node(".//polygon").node().attribute("points").value());
  double left = 1e9, right = -1e9, x = 0, y = 0;
  char comma = 0;
  while (points >> x >> comma >> y) {
    left = std::min(left, x);
    right = std::max(right, x);
  }
  return right - left;
}

TEST(GraphSvg, ListsCjkFallbackFontsAndMeasuresHangul) {
  EventGraph graph;
  const std::string ten_syllables = "가나다라마바사아자차";
  graph.add_entity({"short", {ten_syllables, "", ""}, EntityKind::product});
  graph.add_entity({"long", {ten_syllables + ten_syllables, "", ""}, EntityKind::product});
  const std::string text = svg_of(graph);
  std::ofstream(output_dir() / "hangul.svg", std::ios::binary) << text;
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_string(text.c_str()));
  for (const pugi::xpath_node& label : svg.select_nodes("//text")) {
    EXPECT_STREQ(label.node().attribute("font-family").value(),
                 std::string(detail::graph_fontname).c_str());
  }
  // Ten more Hangul syllables widen the node by about ten em (11pt): pango found a Hangul font.
  const double added =
      polygon_width(group_titled(svg, "long")) - polygon_width(group_titled(svg, "short"));
  EXPECT_GT(added, 10 * 11 * 0.85);
  EXPECT_LT(added, 10 * 11 * 1.15);
}

// Beyond dot's limits nothing here folds (no events), so the whole graph goes to sfdp, which draws
// no clusters: memberships become visible dotted edges instead of invisible ones.
TEST(GraphSvg, GraphsBeyondDotsLimitsUseSfdpWithoutClusters) {
  EventGraph graph;
  const NodeId organisation = graph.add_entity({"org", {"Org", "", ""}, EntityKind::organization});
  NodeId previous = organisation;
  for (std::size_t i = 0; i < detail::dot_max_nodes; ++i) {
    const std::string id = std::string("p").append(std::to_string(i));
    const NodeId person = graph.add_entity(
        {id, {std::string("사람 ").append(id), "", ""}, EntityKind::person, "", organisation});
    graph.add_relation({previous, person, RelationType::works_for});
    Relation member{person, organisation, RelationType::affiliated_with};
    member.implied = true;
    graph.add_relation(member);
    previous = person;
  }
  const detail::RelationshipGraph drawn = detail::relationship_graph(graph, Language::en);
  EXPECT_EQ(drawn.engine, "sfdp");
  EXPECT_EQ(drawn.drawing, detail::GraphDrawing::everything);
  EXPECT_TRUE(drawn.caption.empty());
  EXPECT_NE(drawn.dot.find("layout=sfdp"), std::string::npos);
  EXPECT_EQ(drawn.dot.find("subgraph"), std::string::npos);
  EXPECT_EQ(drawn.dot.find("invis"), std::string::npos);
  const std::string text = svg_of(graph);
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_string(text.c_str()));
  EXPECT_EQ(svg.select_nodes("//g[@class='node']").size(), graph.node_count());
  EXPECT_EQ(svg.select_nodes("//g[@class='cluster']").size(), 0U);
  EXPECT_EQ(svg.select_nodes("//g[@class='edge']").size(), 2 * detail::dot_max_nodes);
}

// Many unrelated events are many disconnected parts: packed in rows, not as polyominoes (which
// took minutes at a few thousand). The engine is named in the DOT, so `dot -Tsvg` uses it.
TEST(GraphSvg, LargeLayoutPacksPartsInRows) {
  detail::DotGraph dot("g");
  detail::set_large_layout(dot, "sfdp");
  const std::string text = dot.write();
  EXPECT_NE(text.find("layout=sfdp"), std::string::npos) << text;
  EXPECT_NE(text.find("packmode=array"), std::string::npos) << text;
  EXPECT_NE(text.find("overlap=prism"), std::string::npos) << text;
  EXPECT_NE(text.find("splines=false"), std::string::npos) << text;
}

// a, b and c follow one another in time; only b → c is stated, so a → b is derived, and a → c
// is implied by the chain (transitive reduction leaves it out).
constexpr std::string_view three_in_a_row = R"(chronograph: 1
zone: Asia/Seoul
events:
  a: {title: First, when: 2024-01-24}
  b: {title: Second, when: 2024-01-25}
  c: {title: Third, when: 2024-01-26 오후}
relations:
  - {from: b, type: before, to: c}
)";

std::string dot_with_report(std::string_view text) {
  const Loaded loaded = load(text, "three.yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.graph) return "";
  RenderOptions options;
  options.view = View::graph;
  options.format = Format::dot;
  const Result<std::string> result = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

TEST(GraphDot, DerivedOrderIsAFaintDashedEdgeBetweenUnlinkedNeighbours) {
  const std::string dot = dot_with_report(three_in_a_row);
  const std::string derived_edge =
      "a -> b\t[arrowhead=vee,\n\t\tarrowsize=0.5,\n\t\tcolor=\"#b9c6d3\",\n\t\tpenwidth=0.8,"
      "\n\t\tstyle=dashed,\n\t\ttooltip=\"First → before → Second\\n(derived: not stated, "
      "follows from the other statements; chronograph explain shows the "
      "chain)\",\n\t\ttype=derived];";
  EXPECT_NE(dot.find(derived_edge), std::string::npos) << dot;
  EXPECT_EQ(dot.find("a -> c"), std::string::npos) << "a → c follows from the chain: reduced away";
  // b → c is stated: drawn once, as the stated relation.
  const std::size_t stated = dot.find("b -> c");
  ASSERT_NE(stated, std::string::npos);
  EXPECT_EQ(dot.find("b -> c", stated + 1), std::string::npos) << dot;
}

TEST(GraphDot, WithoutAReportNoDerivedOrderIsDrawn) {
  const Loaded loaded = load(three_in_a_row, "three.yaml");
  ASSERT_TRUE(loaded.graph);
  EXPECT_EQ(dot_of(*loaded.graph).find("derived"), std::string::npos);
}

}  // namespace
}  // namespace chronograph
