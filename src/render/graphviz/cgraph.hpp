#pragma once
// Internal: a small owner of a Graphviz cgraph graph. Builds nodes, edges and clusters with
// attributes, writes DOT through agwrite (so Graphviz does the quoting) and lays out and renders
// through gvc. Graphviz headers stay in cgraph.cpp; the handles below are opaque.
//
// Graphviz keeps process-wide state (error callback, the prototype graph, plugin loading), so
// every call into it made through this file holds one process-wide mutex. Layout uses one GVC_t
// for the whole process, made on the first render() and deliberately never freed: with Debian's
// Graphviz 2.42 a freed context leaves the pango plugin pointing into freed memory (see
// cgraph.cpp). valgrind reports it as "still reachable", not as lost.

#include <string>
#include <string_view>

#include "chronograph/diagnostic.hpp"

struct Agraph_s;
struct Agnode_s;
struct Agedge_s;

namespace chronograph::detail {

// Text for `label`, `xlabel`, `headlabel`, `taillabel` (Graphviz escString): backslashes doubled
// so `\N`, `\n`, `\l` in user text stay literal, `&` written as `&amp;` so entity-looking text
// stays literal, line breaks become centred `\n` breaks, other control characters become spaces
// (XML cannot carry them). Not for shape=record labels or HTML-like labels.
[[nodiscard]] std::string escape_label(std::string_view text);

// Text inside an HTML-like label (`label=<…>`, set with set_html): the escapes of escape_label plus
// `<`, `>`, `"` as entities; line breaks become `<BR/>`.
[[nodiscard]] std::string escape_html_text(std::string_view text);

// Text for `tooltip`: Graphviz 2.42/2.43 unescapes tooltips twice, so a backslash is written
// four times; line breaks become `\n` (an SVG newline in the title). Checked by cgraph_test.
[[nodiscard]] std::string escape_tooltip(std::string_view text);

// One Graphviz graph. Node, edge and subgraph handles stay valid while the DotGraph lives.
// Attribute values are passed to Graphviz as they are: escape user text with the helpers above.
// Names starting with `%` are reserved by cgraph for anonymous objects and do not survive
// write() → parse(); chronograph ids ([A-Za-z0-9][A-Za-z0-9_.-]*) never start with one.
class DotGraph {
 public:
  struct Node {
    Agnode_s* handle = nullptr;
  };
  struct Edge {
    Agedge_s* handle = nullptr;
  };
  struct Subgraph {
    Agraph_s* handle = nullptr;
  };

  explicit DotGraph(std::string_view name, bool directed = true);
  // Reads DOT text (agread). Laying out the parse of write()'s text gives exactly what
  // `dot -Tsvg` gives for that text; the graph as built may not (node order and attribute
  // defaults differ).
  [[nodiscard]] static Result<DotGraph> parse(std::string_view dot);
  ~DotGraph();
  DotGraph(DotGraph&& other) noexcept;
  DotGraph& operator=(DotGraph&& other) noexcept;
  DotGraph(const DotGraph&) = delete;
  DotGraph& operator=(const DotGraph&) = delete;

  // Defaults written as `graph [...]`, `node [...]`, `edge [...]` in the root graph.
  void set_graph(std::string_view name, std::string_view value);
  void set_node_default(std::string_view name, std::string_view value);
  void set_edge_default(std::string_view name, std::string_view value);

  [[nodiscard]] Subgraph root() const { return {graph_}; }
  // Name it `cluster_…` to get a drawn cluster under the `dot` engine.
  Subgraph add_subgraph(std::string_view name, Subgraph parent);
  Subgraph add_subgraph(std::string_view name) { return add_subgraph(name, root()); }
  void set(Subgraph subgraph, std::string_view name, std::string_view value);
  // An HTML-like value (written `name=<html>`), e.g. "<S>gone</S>"; escape text with
  // escape_html_text.
  void set_html(Subgraph subgraph, std::string_view name, std::string_view html);

  // Returns the existing node when the name is already known; placing a node in a subgraph also
  // places it in the root graph.
  Node add_node(std::string_view name, Subgraph in);
  Node add_node(std::string_view name) { return add_node(name, root()); }
  void set(Node node, std::string_view name, std::string_view value);
  void set_html(Node node, std::string_view name, std::string_view html);

  // Every call adds a new edge, also between nodes already joined.
  Edge add_edge(Node from, Node to);
  void set(Edge edge, std::string_view name, std::string_view value);
  void set_html(Edge edge, std::string_view name, std::string_view html);

  // The graph as DOT text (agwrite). Deterministic: objects appear in creation order.
  [[nodiscard]] std::string write() const;

  // Lays the graph out with `engine` ("dot", "neato", "sfdp", "nop2" for pinned `pos`, …) and
  // renders it as `format` ("svg", "png", "pdf", "dot", …). Graphviz's own messages become
  // diagnostics. The layout is freed before returning, but Graphviz may leave layout attributes
  // declared on the graph: call write() before render() when both are wanted.
  [[nodiscard]] Result<std::string> render(std::string_view engine, std::string_view format);

  [[nodiscard]] std::size_t node_count() const;

 private:
  explicit DotGraph(Agraph_s* graph) : graph_(graph) {}
  void set_attribute(void* object, std::string_view name, std::string_view value, bool html);

  Agraph_s* graph_ = nullptr;
};

}  // namespace chronograph::detail
