#pragma once
// Reason stage: orders events and checks that what the file states about time can all hold.
// The statements form a Simple Temporal Network with strict and non-strict inequalities
// (Dechter, Meiri & Pearl 1991); see docs/reasoning.md.

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"

namespace chronograph {

enum class Order { before, after, overlaps, unknown };

[[nodiscard]] std::string_view to_string(Order order);

struct DerivedOrder {
  NodeId first = 0;
  NodeId second = 0;
  Order order = Order::unknown;  // of `first` relative to `second`
};

namespace detail {
struct NetworkData;
}

// The tightened network kept after reasoning, for questions about any two events.
class TemporalNetwork {
 public:
  explicit TemporalNetwork(std::unique_ptr<detail::NetworkData> data);
  ~TemporalNetwork();
  TemporalNetwork(const TemporalNetwork&) = delete;
  TemporalNetwork& operator=(const TemporalNetwork&) = delete;

  // What necessarily holds between two events: `before` when a ends no later than b starts,
  // `after` the converse, `overlaps` when each starts strictly before the other ends.
  // Sound but not complete: `unknown` may hide an order that only a long chain would prove.
  [[nodiscard]] Order order(NodeId a, NodeId b) const;
  // False when contradictions were found (the bounds then come from the statements that remain).
  [[nodiscard]] bool consistent() const;

  [[nodiscard]] const detail::NetworkData& data() const { return *data_; }

 private:
  std::unique_ptr<detail::NetworkData> data_;
};

// Statements about time that cannot all hold: the events they are about and the relations among
// them, with the error `check` prints for them (a note per statement, then the arithmetic).
struct Contradiction {
  std::vector<NodeId> events;            // in the chain's order, each once
  std::vector<std::uint32_t> relations;  // Relation::sequence of each relation in the chain
  Diagnostic diagnostic;
};

struct ReasonReport {
  std::vector<NodeId> chronological;  // events by earliest start, then latest end, then file order
  std::vector<DerivedOrder>
      neighbours;  // order of each event relative to the next in `chronological`
  Diagnostics diagnostics;
  // The necessary-before pairs among neighbours: the derived order edges after transitive
  // reduction, as far as neighbours can show it (see docs/reasoning.md).
  std::vector<DerivedOrder> order_edges;
  std::shared_ptr<const TemporalNetwork> network;  // empty only when the graph had no events
  // One per contradiction reported in `diagnostics` (up to the limit there), in that order. The
  // bounds above then come from the statements that remain (docs/reasoning.md).
  std::vector<Contradiction> contradictions;
};

// Reason stage entry. Tightens Event::start / Event::end in place and reports contradictions.
// Never throws on bad input; contradictions are error diagnostics.
[[nodiscard]] ReasonReport reason(EventGraph& graph);

// Order of `a` relative to `b` as the report's network derives it (unknown without a network).
[[nodiscard]] Order derived_order(const ReasonReport& report, NodeId a, NodeId b);

// Why an event's bounds are what they are: for each bound the chain of statements that sets it.
struct ExplanationStep {
  SourceRange range;
  std::string text;
};

struct BoundExplanation {
  std::string what;                    // "starts no earlier than"
  Seconds value = 0;                   // the bound, or unbounded_past / unbounded_future when open
  std::string instant;                 // value formatted in the event's zone; empty when open
  std::vector<ExplanationStep> steps;  // from the first statement to the last; empty when open
};

struct Explanation {
  NodeId event = 0;
  // start earliest, start latest, end earliest, end latest
  std::array<BoundExplanation, 4> bounds;
};

[[nodiscard]] Explanation explain(const EventGraph& graph, const ReasonReport& report,
                                  NodeId event);
// Text for `chronograph explain FILE EVENT`.
[[nodiscard]] std::string format_explanation(const EventGraph& graph,
                                             const Explanation& explanation);

}  // namespace chronograph
