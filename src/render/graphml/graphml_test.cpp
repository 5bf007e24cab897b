#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <string>

#include "chronograph/chronograph.hpp"
#include "chronograph/render.hpp"

namespace chronograph {
namespace {

// a, b, c follow one another in time; b → c is stated, a → b derived; Min takes part in a.
constexpr std::string_view three_in_a_row = R"(chronograph: 1
zone: Asia/Seoul
entities:
  min: {name: {ko: 김민, en: Kim Min}, kind: person}
events:
  a: {title: First, when: 2024-01-24, participants: [min]}
  b: {title: Second, when: 2024-01-25}
  c: {title: Third, when: 2024-01-26 오후, status: planned}
relations:
  - {from: b, type: before, to: c}
)";

std::string graphml_of(std::string_view text) {
  const Loaded loaded = load(text, "three.yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.graph) return "";
  RenderOptions options;
  options.format = Format::graphml;
  const Result<std::string> result = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

// The value of the <data> whose key is named `name`, on the node or edge `item`.
std::string data(const pugi::xml_document& doc, pugi::xml_node item, const std::string& name) {
  const std::string key =
      doc.select_node(("//*[local-name()='key'][@attr.name='" + name + "']").c_str())
          .node()
          .attribute("id")
          .value();
  for (pugi::xml_node child : item.children("data"))
    if (key == child.attribute("key").value()) return child.text().get();
  return "(absent)";
}

TEST(GraphMl, CarriesTheGraphDotsNodesEdgesAndAttributes) {
  const std::string text = graphml_of(three_in_a_row);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  const pugi::xml_node graph = doc.child("graphml").child("graph");
  EXPECT_STREQ(graph.attribute("edgedefault").value(), "directed");
  // Vertex order is the model's: events in file order, then entities.
  const pugi::xml_node a = graph.find_child_by_attribute("node", "id", "n0");
  EXPECT_EQ(data(doc, a, "id"), "a");
  EXPECT_EQ(data(doc, a, "kind"), "event");
  EXPECT_EQ(data(doc, a, "status"), "happened");
  EXPECT_EQ(data(doc, a, "start"), "2024-01-24T00:00:00+09:00");
  EXPECT_EQ(data(doc, a, "end_latest"), "2024-01-25T00:00:00+09:00");
  EXPECT_EQ(data(doc, a, "title"), "First");
  EXPECT_EQ(data(doc, a, "label"), "First");
  EXPECT_EQ(data(doc, a, "title_ko"), "(absent)");  // no empty <data>
  const pugi::xml_node min = graph.find_child_by_attribute("node", "id", "n3");
  EXPECT_EQ(data(doc, min, "id"), "min");
  EXPECT_EQ(data(doc, min, "kind"), "person");
  EXPECT_EQ(data(doc, min, "title_ko"), "김민");
  EXPECT_EQ(data(doc, min, "status"), "(absent)");
  EXPECT_EQ(data(doc, graph.find_child_by_attribute("node", "id", "n2"), "status"), "planned");

  // participant a → min, stated b → c, derived a → b.
  std::multiset<std::string> edges;
  for (pugi::xml_node edge : graph.children("edge"))
    edges.insert(std::string(edge.attribute("source").value()) + ">" +
                 edge.attribute("target").value() + " " + data(doc, edge, "type"));
  EXPECT_EQ(edges,
            (std::multiset<std::string>{"n0>n3 participant", "n1>n2 before", "n0>n1 derived"}));
  EXPECT_EQ(text.find("<data key=\"key0\"></data>"), std::string::npos);
}

TEST(GraphMl, EscapesHostileTextAndDropsWhatXmlCannotCarry) {
  EventGraph graph;
  Event event;
  event.id = "hostile";
  event.title = {"", "", "a<b>&\"c\" \x01\x7f \xff\n</data>"};
  graph.add_event(std::move(event));
  RenderOptions options;
  const std::string text = render_graphml(graph, ReasonReport{}, options);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  const pugi::xml_node node = doc.child("graphml").child("graph").child("node");
  EXPECT_EQ(data(doc, node, "title_en"), "a<b>&\"c\" \uFFFD\x7f \uFFFD </data>");
  EXPECT_EQ(data(doc, node, "label"), "a<b>&\"c\" \uFFFD\x7f \uFFFD </data>");
}

TEST(GraphMl, IsDeterministic) {
  EXPECT_EQ(graphml_of(three_in_a_row), graphml_of(three_in_a_row));
  EXPECT_EQ(format_from_extension("out/x.GraphML"), Format::graphml);
  EXPECT_EQ(format_from_string("graphml"), Format::graphml);
}

}  // namespace
}  // namespace chronograph
