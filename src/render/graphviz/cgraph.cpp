#include "render/graphviz/cgraph.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cctype>
#include <map>
#include <memory>
#include <mutex>
#include <utility>
#include <vector>

namespace chronograph::detail {

namespace {

std::mutex& graphviz_mutex() {
  static std::mutex mutex;
  return mutex;
}

// cgraph takes `char*` everywhere, even for strings it only reads.
class CString {
 public:
  explicit CString(std::string_view text) : text_(text) {}
  operator char*() { return text_.data(); }

 private:
  std::string text_;
};

// agwrite hands every name and value to the discipline as one piece, and leaves one unquoted when
// all its bytes are ID characters, non-ASCII bytes included. pydot's grammar (networkx's
// nx_pydot.read_dot) takes only ASCII letters in a bare ID and splits `SK하이닉스` in two, so such
// a piece is quoted: to DOT a quoted and a bare ID are the same ID. Syntax pieces are ASCII.
bool is_bare_non_ascii_id(std::string_view piece) {
  bool non_ascii = false;
  for (const char c : piece) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      non_ascii = true;
    } else if (!std::isalnum(byte) && c != '_' && c != '.' && c != '-') {
      return false;
    }
  }
  return non_ascii;
}

int append_to_string(void* channel, const char* text) {
  auto& out = *static_cast<std::string*>(channel);
  const std::string_view piece(text);
  if (is_bare_non_ascii_id(piece)) {
    out += '"';
    out += piece;
    out += '"';
  } else {
    out += piece;
  }
  return 0;
}

int no_flush(void*) {
  return 0;
}

struct StringReader {
  std::string_view text;
  std::size_t at = 0;
};

// The DOT lexer asks for input a line at a time, like fgets without the terminating NUL.
int read_line(void* channel, char* buffer, int size) {
  auto& reader = *static_cast<StringReader*>(channel);
  int copied = 0;
  while (copied < size && reader.at < reader.text.size()) {
    const char c = reader.text[reader.at++];
    buffer[copied++] = c;
    if (c == '\n') break;
  }
  return copied;
}

// agwrite writes through the graph's I/O discipline (appending to a std::string); agread reads
// through it (from a StringReader).
Agiodisc_t string_io{read_line, append_to_string, no_flush};

// Graphviz's default ID discipline uses the address of the interned name as a named object's ID,
// and 2.42 keeps subgraphs ordered by ID: agwrite and the cluster layout would then follow heap
// addresses. Here named objects get even IDs in order of first use (odd IDs stay anonymous, as
// cgraph expects), so subgraphs come out in creation order. Names are still interned with
// agstrdup: agwrite inspects the reference-counted header in front of every name it prints.
struct SequentialIds {
  Agraph_t* graph = nullptr;
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::vector<char*> names;  // interned in `graph`, freed with it
  IDTYPE next_anonymous = 1;
};

void* ids_open(Agraph_t* graph, Agdisc_t*) {
  return new SequentialIds{graph};
}

long ids_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto& ids = *static_cast<SequentialIds*>(state);
  if (name == nullptr) {
    *id = ids.next_anonymous;
    ids.next_anonymous += 2;
    return 1;
  }
  if (const auto found = ids.ids.find(std::string_view(name)); found != ids.ids.end()) {
    *id = found->second;
    return 1;
  }
  if (create == 0) return 0;
  ids.names.push_back(agstrdup(ids.graph, name));
  *id = static_cast<IDTYPE>(2 * ids.names.size());
  ids.ids.emplace(name, *id);
  return 1;
}

long ids_alloc(void*, int, IDTYPE) {
  return 0;
}  // callers may not choose IDs
void ids_free(void*, int, IDTYPE) {}  // names live as long as the graph

char* ids_print(void* state, int, IDTYPE id) {
  const auto& ids = *static_cast<SequentialIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > ids.names.size()) return nullptr;
  return ids.names[id / 2 - 1];
}

void ids_close(void* state) {
  delete static_cast<SequentialIds*>(state);
}
void ids_register(void*, int, void*) {}

Agiddisc_t sequential_ids{ids_open,  ids_map,   ids_alloc,   ids_free,
                          ids_print, ids_close, ids_register};
Agdisc_t string_discipline{&AgMemDisc, &sequential_ids, &string_io};

// Receives agerr() output while a render runs (under graphviz_mutex). Graphviz sends a message
// in pieces ("Warning", ": ", text), so pieces are joined and split into lines afterwards.
std::string* captured_messages = nullptr;

int capture_message(char* text) {
  if (captured_messages != nullptr) captured_messages->append(text);
  return 0;
}

Diagnostics to_diagnostics(const std::string& messages) {
  Diagnostics out;
  std::size_t begin = 0;
  while (begin < messages.size()) {
    std::size_t end = messages.find('\n', begin);
    if (end == std::string::npos) end = messages.size();
    std::string line = messages.substr(begin, end - begin);
    begin = end + 1;
    if (line.empty()) continue;
    constexpr std::string_view error_prefix = "Error: ";
    constexpr std::string_view warning_prefix = "Warning: ";
    const bool is_error = line.starts_with(error_prefix);
    const bool is_warning = line.starts_with(warning_prefix);
    if (!is_error && !is_warning && !out.empty()) {
      out.back().message += "\n" + line;
      continue;
    }
    if (is_error) line.erase(0, error_prefix.size());
    if (is_warning) line.erase(0, warning_prefix.size());
    out.push_back(is_warning ? make_warning({}, "graphviz: " + line)
                             : make_error({}, "graphviz: " + line));
  }
  return out;
}

// One layout context for the process, made on first use and never freed. Freeing it is not safe
// with Debian's Graphviz 2.42: the pango plugin stays loaded and keeps a pointer to the last font
// name, which lives in the context; a second context then compares against freed memory
// (valgrind: invalid read in libgvplugin_pango under textspan_size). Call under graphviz_mutex.
GVC_t* layout_context() {
  static GVC_t* const context = gvContext();
  return context;
}

struct RenderDataDeleter {
  void operator()(char* data) const { gvFreeRenderData(data); }
};

// Restores Graphviz's error callback however the render ends.
class CapturedErrors {
 public:
  CapturedErrors() : previous_(agseterrf(capture_message)) { captured_messages = &messages_; }
  ~CapturedErrors() {
    agseterrf(previous_);
    captured_messages = nullptr;
  }
  CapturedErrors(const CapturedErrors&) = delete;
  CapturedErrors& operator=(const CapturedErrors&) = delete;
  [[nodiscard]] const std::string& messages() const { return messages_; }

 private:
  agusererrf previous_;
  std::string messages_;
};

// Graphviz reads label-like strings twice: once for backslash escapes, once for HTML entities.
std::string escape_text(std::string_view text, std::string_view backslash,
                        std::string_view line_break, bool html) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\') {
      out += backslash;
    } else if (c == '&') {
      out += "&amp;";
    } else if (html && c == '<') {
      out += "&lt;";
    } else if (html && c == '>') {
      out += "&gt;";
    } else if (html && c == '"') {
      out += "&quot;";
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      continue;  // CR LF is one break
    } else if (c == '\n' || c == '\r') {
      out += line_break;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
      out += ' ';  // XML 1.0 cannot carry other control characters
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string escape_label(std::string_view text) {
  return escape_text(text, "\\\\", "\\n", false);
}

std::string escape_tooltip(std::string_view text) {
  return escape_text(text, "\\\\\\\\", "\\n", false);
}

std::string escape_html_text(std::string_view text) {
  return escape_text(text, "\\\\", "<BR/>", true);
}

DotGraph::DotGraph(std::string_view name, bool directed) {
  const std::lock_guard lock(graphviz_mutex());
  graph_ = agopen(CString(name), directed ? Agdirected : Agundirected, &string_discipline);
  // gvContext() gives the process-wide prototype graph a node label default of "\N"; declaring it
  // here makes write() print the same text whether or not a render ran before.
  agattr(graph_, AGNODE, CString("label"), CString("\\N"));
  // agwrite breaks values longer than 128 bytes with backslash-newline, which DOT readers other
  // than Graphviz's keep (pydot) or misread; linelength=0 turns that off. agwrite keeps the last
  // value it saw in a global, so every graph sets it: output must not depend on earlier writes.
  agattr(graph_, AGRAPH, CString("linelength"), CString("0"));
}

Result<DotGraph> DotGraph::parse(std::string_view dot) {
  Result<DotGraph> result;
  Agraph_t* graph = nullptr;
  {
    const std::lock_guard lock(graphviz_mutex());
    const CapturedErrors errors;
    StringReader reader{dot};
    agreadline(1);  // process-wide counter; after another parse it can still be off by one
    graph = agread(&reader, &string_discipline);
    result.diagnostics = to_diagnostics(errors.messages());
  }
  if (graph == nullptr) {
    if (!has_errors(result.diagnostics)) {
      result.diagnostics.push_back(make_error({}, "graphviz: no graph in the DOT text"));
    }
    return result;
  }
  {
    const std::lock_guard lock(graphviz_mutex());
    // As in the constructor: write() of a parsed graph must not depend on earlier writes either.
    if (agattr(graph, AGRAPH, CString("linelength"), nullptr) == nullptr)
      agattr(graph, AGRAPH, CString("linelength"), CString("0"));
  }
  DotGraph parsed(graph);
  if (!has_errors(result.diagnostics)) result.value = std::move(parsed);
  return result;
}

DotGraph::~DotGraph() {
  if (graph_ == nullptr) return;
  const std::lock_guard lock(graphviz_mutex());
  agclose(graph_);
}

DotGraph::DotGraph(DotGraph&& other) noexcept : graph_(std::exchange(other.graph_, nullptr)) {}

DotGraph& DotGraph::operator=(DotGraph&& other) noexcept {
  if (this != &other) {
    DotGraph gone(std::move(*this));
    graph_ = std::exchange(other.graph_, nullptr);
  }
  return *this;
}

void DotGraph::set_attribute(void* object, std::string_view name, std::string_view value,
                             bool html) {
  const std::lock_guard lock(graphviz_mutex());
  if (!html) {
    agsafeset(object, CString(name), CString(value), CString(""));
    return;
  }
  Agsym_t* symbol = agattr(graph_, AGTYPE(object), CString(name), nullptr);
  if (symbol == nullptr) symbol = agattr(graph_, AGTYPE(object), CString(name), CString(""));
  char* interned = agstrdup_html(graph_, CString(value));
  agxset(object, symbol, interned);
  agstrfree(graph_, interned);
}

void DotGraph::set_graph(std::string_view name, std::string_view value) {
  const std::lock_guard lock(graphviz_mutex());
  agsafeset(graph_, CString(name), CString(value), CString(""));
}

void DotGraph::set_node_default(std::string_view name, std::string_view value) {
  const std::lock_guard lock(graphviz_mutex());
  agattr(graph_, AGNODE, CString(name), CString(value));
}

void DotGraph::set_edge_default(std::string_view name, std::string_view value) {
  const std::lock_guard lock(graphviz_mutex());
  agattr(graph_, AGEDGE, CString(name), CString(value));
}

DotGraph::Subgraph DotGraph::add_subgraph(std::string_view name, Subgraph parent) {
  const std::lock_guard lock(graphviz_mutex());
  return {agsubg(parent.handle, CString(name), 1)};
}

void DotGraph::set(Subgraph subgraph, std::string_view name, std::string_view value) {
  set_attribute(subgraph.handle, name, value, false);
}

void DotGraph::set_html(Subgraph subgraph, std::string_view name, std::string_view html) {
  set_attribute(subgraph.handle, name, html, true);
}

DotGraph::Node DotGraph::add_node(std::string_view name, Subgraph in) {
  const std::lock_guard lock(graphviz_mutex());
  return {agnode(in.handle, CString(name), 1)};
}

void DotGraph::set(Node node, std::string_view name, std::string_view value) {
  set_attribute(node.handle, name, value, false);
}

void DotGraph::set_html(Node node, std::string_view name, std::string_view html) {
  set_attribute(node.handle, name, html, true);
}

DotGraph::Edge DotGraph::add_edge(Node from, Node to) {
  const std::lock_guard lock(graphviz_mutex());
  return {agedge(graph_, from.handle, to.handle, nullptr, 1)};
}

void DotGraph::set(Edge edge, std::string_view name, std::string_view value) {
  set_attribute(edge.handle, name, value, false);
}

void DotGraph::set_html(Edge edge, std::string_view name, std::string_view html) {
  set_attribute(edge.handle, name, html, true);
}

std::string DotGraph::write() const {
  const std::lock_guard lock(graphviz_mutex());
  std::string out;
  agwrite(graph_, &out);
  return out;
}

Result<std::string> DotGraph::render(std::string_view engine, std::string_view format) {
  const std::lock_guard lock(graphviz_mutex());
  Result<std::string> result;
  const CapturedErrors errors;
  GVC_t* const context = layout_context();
  if (gvLayout(context, graph_, std::string(engine).c_str()) == 0) {
    char* data = nullptr;
    unsigned int length = 0;
    const int rendered = gvRenderData(context, graph_, std::string(format).c_str(), &data, &length);
    const std::unique_ptr<char, RenderDataDeleter> owned(data);
    if (rendered == 0 && data != nullptr) result.value = std::string(data, length);
  }
  gvFreeLayout(context, graph_);
  result.diagnostics = to_diagnostics(errors.messages());
  if (!result.value && !has_errors(result.diagnostics)) {
    result.diagnostics.push_back(make_error({}, "graphviz could not render with engine '" +
                                                    std::string(engine) + "' as '" +
                                                    std::string(format) + "'"));
  }
  return result;
}

std::size_t DotGraph::node_count() const {
  const std::lock_guard lock(graphviz_mutex());
  return static_cast<std::size_t>(agnnodes(graph_));
}

}  // namespace chronograph::detail
