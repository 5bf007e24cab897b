#include <gtest/gtest.h>

#include <pugixml.hpp>
#include <set>
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

std::string gexf_of(std::string_view text, Language language = Language::en) {
  const Loaded loaded = load(text, "three.yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.graph) return "";
  RenderOptions options;
  options.format = Format::gexf;
  options.language = language;
  const Result<std::string> result = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

std::string value(pugi::xml_node item, const char* name) {
  const pugi::xml_node found = item.child("attvalues").find_child_by_attribute("for", name);
  return found ? found.attribute("value").value() : "(absent)";
}

TEST(Gexf, IsADynamicGexf13GraphWithTheDotsData) {
  const std::string text = gexf_of(three_in_a_row);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  const pugi::xml_node gexf = doc.child("gexf");
  EXPECT_STREQ(gexf.attribute("xmlns").value(), "http://gexf.net/1.3");
  EXPECT_STREQ(gexf.attribute("version").value(), "1.3");
  const pugi::xml_node graph = gexf.child("graph");
  EXPECT_STREQ(graph.attribute("mode").value(), "dynamic");
  EXPECT_STREQ(graph.attribute("timeformat").value(), "dateTime");
  EXPECT_STREQ(graph.attribute("defaultedgetype").value(), "directed");
  // Every attvalue refers to a declared attribute.
  std::set<std::string> declared;
  for (pugi::xpath_node attribute : graph.select_nodes("attributes/attribute"))
    declared.insert(attribute.node().attribute("id").value());
  for (pugi::xpath_node used : graph.select_nodes("//attvalue"))
    EXPECT_TRUE(declared.contains(used.node().attribute("for").value()));

  const pugi::xml_node nodes = graph.child("nodes");
  const pugi::xml_node a = nodes.find_child_by_attribute("node", "id", "a");
  EXPECT_STREQ(a.attribute("label").value(), "First");
  EXPECT_STREQ(a.attribute("start").value(), "2024-01-24T00:00:00+09:00");
  EXPECT_STREQ(a.attribute("end").value(), "2024-01-25T00:00:00+09:00");
  EXPECT_EQ(value(a, "kind"), "event");
  EXPECT_EQ(value(a, "start_latest"), "2024-01-25T00:00:00+09:00");
  EXPECT_EQ(value(a, "id"), "(absent)");  // GEXF's own id
  EXPECT_EQ(value(nodes.find_child_by_attribute("node", "id", "c"), "status"), "planned");
  const pugi::xml_node min = nodes.find_child_by_attribute("node", "id", "min");
  EXPECT_STREQ(min.attribute("label").value(), "Kim Min");
  EXPECT_FALSE(min.attribute("start"));  // entities live throughout
  EXPECT_EQ(value(min, "kind"), "person");
  EXPECT_EQ(value(min, "title_ko"), "김민");

  std::multiset<std::string> edges;
  for (pugi::xml_node edge : graph.child("edges").children("edge")) {
    edges.insert(std::string(edge.attribute("source").value()) + ">" +
                 edge.attribute("target").value() + " " + value(edge, "type"));
    EXPECT_EQ(value(edge, "type"), edge.attribute("kind").value());
  }
  EXPECT_EQ(edges, (std::multiset<std::string>{"a>min participant", "b>c before", "a>b derived"}));
  EXPECT_STREQ(nodes.find_child_by_attribute("node", "id", "min").attribute("label").value(),
               "Kim Min");
  EXPECT_NE(gexf_of(three_in_a_row, Language::ko).find("label=\"김민\""), std::string::npos);
}

TEST(Gexf, EscapesHostileTextAndDropsWhatXmlCannotCarry) {
  EventGraph graph;
  Event event;
  event.id = "hostile";
  event.title = {"", "", "a<b>&\"c\" \x01 \xff\n'end'"};
  graph.add_event(std::move(event));
  graph.info.title = {"", "", "<title>&\x02"};
  RenderOptions options;
  const std::string text = render_gexf(graph, ReasonReport{}, options);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  EXPECT_STREQ(doc.select_node("//meta/title").node().text().get(), "<title>&\uFFFD");
  const pugi::xml_node node = doc.select_node("//node").node();
  EXPECT_EQ(value(node, "title_en"), "a<b>&\"c\" \uFFFD \uFFFD 'end'");
  EXPECT_STREQ(node.attribute("label").value(), "a<b>&\"c\" \uFFFD \uFFFD 'end'");
}

TEST(Gexf, IsDeterministic) {
  EXPECT_EQ(gexf_of(three_in_a_row), gexf_of(three_in_a_row));
  EXPECT_EQ(format_from_extension("x.gexf"), Format::gexf);
}

}  // namespace
}  // namespace chronograph
