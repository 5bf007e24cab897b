#include "render/graphviz/cgraph.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace chronograph::detail {
namespace {

// Longer than the lines agwrite wraps with backslash-newline, escapes at every offset.
std::string long_escapes() {
  std::string text;
  for (int i = 0; i < 45; ++i) text += i % 2 == 0 ? R"(\"\n&)" : R"(x\y"\)";
  return text;
}

// Labels that break naive DOT or SVG writers.
const std::vector<std::string> hostile_texts{
    long_escapes(),
    R"(say "hi")",
    R"(back\slash and \N \n \l \G)",
    "<script>alert(1)</script>",
    "a < b > c & d",
    "&amp; &lt; &#60; stay literal",
    "삼성전자 & \"quotes\"",
    "ends with backslash \\",
};

std::vector<std::string> texts_of(const pugi::xml_document& svg) {
  std::vector<std::string> out;
  for (const pugi::xpath_node& text : svg.select_nodes("//text")) {
    out.emplace_back(text.node().text().get());
  }
  return out;
}

std::vector<std::string> tooltips_of(const pugi::xml_document& svg) {
  std::vector<std::string> out;
  for (const pugi::xpath_node& anchor : svg.select_nodes("//*[@xlink:title]")) {
    out.emplace_back(anchor.node().attribute("xlink:title").value());
  }
  return out;
}

bool has_element(const pugi::xml_node& node, std::string_view name) {
  for (const pugi::xml_node& child : node.children()) {
    if (std::string_view(child.name()) == name || has_element(child, name)) return true;
  }
  return false;
}

DotGraph hostile_graph() {
  DotGraph graph("hostile");
  DotGraph::Node previous;
  int index = 0;
  for (const std::string& text : hostile_texts) {
    const DotGraph::Node node = graph.add_node(std::string("n").append(std::to_string(index++)));
    graph.set(node, "label", escape_label(text));
    graph.set(node, "tooltip", escape_tooltip(text));
    if (previous.handle != nullptr) graph.add_edge(previous, node);
    previous = node;
  }
  return graph;
}

void expect_literal_svg(const std::string& svg_text) {
  pugi::xml_document svg;
  ASSERT_TRUE(svg.load_string(svg_text.c_str())) << svg_text;
  EXPECT_EQ(texts_of(svg), hostile_texts);
  EXPECT_EQ(tooltips_of(svg), hostile_texts);
  EXPECT_FALSE(has_element(svg, "script"));
}

TEST(CGraphEscape, LabelsKeepUserTextLiteral) {
  EXPECT_EQ(escape_label(R"(a\nb)"), R"(a\\nb)");
  EXPECT_EQ(escape_label("x & y"), "x &amp; y");
  EXPECT_EQ(escape_label("one\r\ntwo\nthree"), R"(one\ntwo\nthree)");
  EXPECT_EQ(escape_label(std::string("bell\a tab\t", 10)), "bell  tab ");
  EXPECT_EQ(escape_label("한국어"), "한국어");
}

TEST(CGraphEscape, TooltipsDoubleTheBackslashEscape) {
  EXPECT_EQ(escape_tooltip(R"(a\b)"), R"(a\\\\b)");
  EXPECT_EQ(escape_tooltip("line\nnext & more"), R"(line\nnext &amp; more)");
}

TEST(CGraph, WritesQuotedDot) {
  DotGraph graph("G");
  graph.set_graph("rankdir", "LR");
  graph.set_node_default("shape", "box");
  const DotGraph::Subgraph cluster = graph.add_subgraph("cluster_org");
  graph.set(cluster, "label", "Org");
  const DotGraph::Node a = graph.add_node("a b", cluster);
  const DotGraph::Node b = graph.add_node("node");
  graph.set(a, "label", escape_label(R"(say "hi" \ )"));
  graph.set(graph.add_edge(a, b), "label", "x");
  graph.add_edge(a, b);
  EXPECT_EQ(graph.node_count(), 2U);
  EXPECT_EQ(graph.write(), R"(digraph G {
	graph [linelength=0,
		rankdir=LR
	];
	node [label="\N",
		shape=box
	];
	subgraph cluster_org {
		graph [label=Org];
		"a b"	[label="say \"hi\" \\ "];
	}
	"a b" -> "node"	[label=x];
	"a b" -> "node";
}
)");
}

TEST(CGraph, WritesSubgraphsInCreationOrder) {
  DotGraph graph("G");
  for (const char* name : {"cluster_z", "cluster_b", "cluster_y", "cluster_a"}) {
    const DotGraph::Subgraph cluster = graph.add_subgraph(name);
    graph.add_node(std::string(name).append("_member"), cluster);
  }
  const std::string dot = graph.write();
  const auto z = dot.find("cluster_z"), b = dot.find("cluster_b");
  const auto y = dot.find("cluster_y"), a = dot.find("cluster_a");
  ASSERT_NE(a, std::string::npos);
  EXPECT_LT(z, b);
  EXPECT_LT(b, y);
  EXPECT_LT(y, a);
}

TEST(CGraph, ParsesWhatItWrites) {
  const std::string written = hostile_graph().write();
  const Result<DotGraph> parsed = DotGraph::parse(written);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value->write(), written);
  EXPECT_EQ(parsed.value->node_count(), hostile_texts.size());
}

TEST(CGraph, ParseErrorsBecomeDiagnosticsNotStderr) {
  ::testing::internal::CaptureStderr();
  const Result<DotGraph> parsed = DotGraph::parse("digraph {\n  a -> ;\n}\n");
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  EXPECT_FALSE(parsed.value);
  ASSERT_FALSE(parsed.diagnostics.empty());
  EXPECT_EQ(parsed.diagnostics.front().severity, Severity::error);
  // Graphviz's line counter lives in its lexer's process-wide state; only the words are checked.
  EXPECT_TRUE(parsed.diagnostics.front().message.starts_with("graphviz: syntax error in line "))
      << parsed.diagnostics.front().message;
  EXPECT_TRUE(parsed.diagnostics.front().message.ends_with(" near ';'"));
  // A failed parse leaves nothing behind that spoils the next one.
  const Result<DotGraph> good = DotGraph::parse("digraph { c -> d; }");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value->node_count(), 2U);
}

TEST(CGraph, AddNodeReturnsTheExistingNode) {
  DotGraph graph("G");
  const DotGraph::Node first = graph.add_node("same");
  EXPECT_EQ(graph.add_node("same").handle, first.handle);
  EXPECT_EQ(graph.node_count(), 1U);
}

TEST(CGraph, WriteIsTheSameBeforeAndAfterRendering) {
  const std::string before = hostile_graph().write();
  DotGraph rendered = hostile_graph();
  ASSERT_TRUE(rendered.render("dot", "svg").ok());
  EXPECT_EQ(hostile_graph().write(), before);
}

TEST(CGraph, SvgShowsHostileLabelsAsLiteralText) {
  DotGraph graph = hostile_graph();
  const Result<std::string> svg = graph.render("dot", "svg");
  ASSERT_TRUE(svg.ok());
  expect_literal_svg(*svg.value);
  EXPECT_EQ(svg.value->find("<script"), std::string::npos);
}

TEST(CGraph, ExternalDotAcceptsTheWrittenDot) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) GTEST_SKIP() << "`dot` is not installed";
  const std::filesystem::path dir = testing::binary_dir() / "test-output" / "cgraph";
  std::filesystem::create_directories(dir);
  const std::filesystem::path dot_file = dir / "hostile.dot";
  const std::filesystem::path svg_file = dir / "hostile.svg";
  std::ofstream(dot_file, std::ios::binary) << hostile_graph().write();
  const std::string command =
      "dot -Tsvg '" + dot_file.string() + "' -o '" + svg_file.string() + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  expect_literal_svg(testing::slurp(svg_file));
}

TEST(CGraph, HtmlLabelsKeepUserTextLiteral) {
  DotGraph graph("html");
  std::vector<std::string> expected;
  int index = 0;
  for (const std::string& text : hostile_texts) {
    const DotGraph::Node node = graph.add_node(std::string("n").append(std::to_string(index++)));
    graph.set_html(node, "label", "<S>" + escape_html_text(text) + "</S>");
    expected.push_back(text);
  }
  const std::string dot = graph.write();
  EXPECT_NE(dot.find(R"(n3	[label=<<S>&lt;script&gt;alert(1)&lt;/script&gt;</S>>];)"),
            std::string::npos)
      << dot;
  const Result<std::string> svg = graph.render("dot", "svg");
  ASSERT_TRUE(svg.ok());
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(svg.value->c_str()));
  EXPECT_EQ(texts_of(document), expected);
  EXPECT_FALSE(has_element(document, "script"));
  EXPECT_EQ(document.select_nodes("//*[@text-decoration='line-through']").size(),
            hostile_texts.size());
}

TEST(CGraph, PinnedPositionsSurviveNop2) {
  DotGraph graph("pinned");
  graph.set_graph("notranslate", "true");
  graph.set_node_default("shape", "box");
  graph.set_node_default("width", "1");
  graph.set_node_default("height", "0.5");
  graph.set_node_default("fixedsize", "true");
  graph.set(graph.add_node("a"), "pos", "100,200!");
  graph.set(graph.add_node("b"), "pos", "400,50!");
  const Result<std::string> svg = graph.render("nop2", "svg");
  ASSERT_TRUE(svg.ok());
  // Box of 72×36 points centred on the pinned position; SVG y grows downwards.
  EXPECT_NE(svg.value->find("points=\"136,-218 64,-218 64,-182 136,-182 136,-218\""),
            std::string::npos)
      << *svg.value;
  EXPECT_NE(svg.value->find("points=\"436,-68 364,-68 364,-32 436,-32 436,-68\""),
            std::string::npos);
}

TEST(CGraph, RendersPngAndPdfThroughCairo) {
  DotGraph graph = hostile_graph();
  const Result<std::string> png = graph.render("dot", "png");
  ASSERT_TRUE(png.ok());
  EXPECT_EQ(png.value->substr(0, 4), "\x89PNG");
  const Result<std::string> pdf = graph.render("dot", "pdf");
  ASSERT_TRUE(pdf.ok());
  EXPECT_EQ(pdf.value->substr(0, 5), "%PDF-");
}

TEST(CGraph, GraphvizErrorsBecomeDiagnosticsNotStderr) {
  DotGraph graph = hostile_graph();
  ::testing::internal::CaptureStderr();
  const Result<std::string> result = graph.render("no-such-engine", "svg");
  const std::string printed = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(printed, "");
  EXPECT_FALSE(result.value);
  ASSERT_FALSE(result.diagnostics.empty());
  EXPECT_EQ(result.diagnostics.front().severity, Severity::error);
  EXPECT_TRUE(result.diagnostics.front().message.starts_with(
      R"(graphviz: Layout type: "no-such-engine" not recognized.)"))
      << result.diagnostics.front().message;

  const Result<std::string> bad_format = graph.render("dot", "no-such-format");
  EXPECT_FALSE(bad_format.value);
  EXPECT_TRUE(has_errors(bad_format.diagnostics));
}

}  // namespace
}  // namespace chronograph::detail

namespace chronograph::detail {
namespace {

// pydot reads bare IDs of ASCII letters only; cgraph would leave `한국` bare.
TEST(CGraph, QuotesNonAsciiIdsThatCgraphLeavesBare) {
  DotGraph graph("G");
  const DotGraph::Node node = graph.add_node("서울");
  graph.set(node, "title_ko", "한국");
  graph.set(node, "title_en", "Korea");
  const std::string dot = graph.write();
  EXPECT_NE(dot.find("\"서울\"\t[title_en=Korea,\n\t\ttitle_ko=\"한국\"];"), std::string::npos)
      << dot;
  const Result<DotGraph> parsed = DotGraph::parse(dot);
  ASSERT_TRUE(parsed.value);
  EXPECT_EQ(parsed.value->write(), dot);
}

}  // namespace
}  // namespace chronograph::detail
