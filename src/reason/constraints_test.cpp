#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reason/network.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::between;
using testing::open;

std::vector<std::string> numbered(const EventGraph& graph) {
  detail::NetworkData network;
  Diagnostics diagnostics;
  detail::collect_constraints(graph, network, diagnostics, detail::Numbering::stated_time);
  std::vector<std::string> ids;
  for (const NodeId node : network.events) ids.push_back(graph.id(node));
  return ids;
}

// Points are numbered by stated start (earliest, else latest), ties in file order, events with no
// stated start last.
TEST(ReasonNumbering, ByStatedStartThenFileOrderUndatedLast) {
  testing::GraphBuilder built;
  built.event("late", between(50, 60), 1);
  built.event("undated", open(), 2);
  built.event("early", between(-30, -20), 3);
  built.event("tie-first", between(10, 20), 4);
  built.event("only-latest", Bounds{unbounded_past, 5}, 5);
  built.event("tie-second", between(10, 90), 6);
  built.event("undated-too", open(), 7);
  EXPECT_EQ(numbered(built.graph),
            (std::vector<std::string>{"early", "only-latest", "tie-first", "tie-second", "late",
                                      "undated", "undated-too"}));
}

// Stated starts so far apart that key and index no longer share one 64-bit word: the comparison
// sort must give the same order as the radix sort would.
TEST(ReasonNumbering, KeysTooFarApartForOneWordSortTheSame) {
  testing::GraphBuilder built;
  constexpr Seconds far = unbounded_future - 1;  // a span of 2⁶¹, nine events: 61 + 4 bits
  built.event("last", between(far, far), 1);
  built.event("undated", open(), 2);
  built.event("first", between(-far, -far), 3);
  for (int i = 0; i < 5; ++i) built.event("middle-" + std::to_string(i), between(9 - i, 9), 4 + i);
  built.event("also-first", between(-far, 0), 9);
  EXPECT_EQ(numbered(built.graph),
            (std::vector<std::string>{"first", "also-first", "middle-4", "middle-3", "middle-2",
                                      "middle-1", "middle-0", "last", "undated"}));
}

}  // namespace
}  // namespace chronograph
