#pragma once
// Internal to the model stage: `when` and `end` values written relative to other events
// (docs/format.md, "Relative times"). They are gathered while events are built and placed once
// every event is in the graph, anchors first, since an expression may name an event further
// down the file.

#include <memory>
#include <string>
#include <vector>

#include "chronograph/document.hpp"
#include "chronograph/graph.hpp"
#include "model/resolve.hpp"
#include "time/relative.hpp"

namespace chronograph::detail {

class RelativeTimes {
 public:
  // Reads a relative `when` (or `end`, `in_end`) of the event `node`; false, with the error,
  // when the text does not read. The text is copied.
  bool add(NodeId node, const Located<std::string>& text, bool in_end, Diagnostics& diagnostics);

  // Resolves the ids (unknown ids, entities, self references and cycles are errors at the
  // expression), then places each event after its anchors: its `when`/`end` bounds from the
  // anchor's stated bounds and its RelativeLinks for the reasoner.
  void resolve(EventGraph& graph, const IdTable& ids, const std::string& default_zone,
               Diagnostics& diagnostics);

 private:
  struct Pending {
    NodeId node = 0;
    bool in_end = false;
    // A copy: the declarations are released as events are built.
    std::unique_ptr<const Located<std::string>> text;
    RelativeSyntax syntax;
    NodeId anchors[2] = {0, 0};
    bool anchor_ends[2] = {false, false};
    bool usable = true;
  };

  bool resolve_anchors(Pending& pending, const IdTable& ids, const EventGraph& graph,
                       Diagnostics& diagnostics);
  std::vector<NodeId> placing_order(const EventGraph& graph, Diagnostics& diagnostics);
  void place(EventGraph& graph, Pending& pending, const std::string& default_zone,
             Diagnostics& diagnostics);

  std::vector<Pending> pending_;
};

}  // namespace chronograph::detail
