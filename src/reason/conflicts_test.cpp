// The text of a contradiction, as `chronograph check` prints it.

#include <gtest/gtest.h>

#include "chronograph/reason.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::between;
using testing::GraphBuilder;
using testing::utc;

// Line numbers match GraphBuilder: an event at line n has its `when` at n + 1.
constexpr const char* source =
    "events:\n"                                  // 1
    "  - id: wapo-report\n"                      // 2
    "    when: 2024-01-24 (America/New_York)\n"  // 3
    "  - id: arrival\n"                          // 4
    "    when: 2024-01-25 late (Asia/Seoul)\n"   // 5
    "relations:\n"                               // 6
    "  - arrival before wapo-report\n";          // 7

TEST(ReasonConflicts, ReportsTheCycleWithItsArithmetic) {
  GraphBuilder built;
  // 24 Jan in Washington: 05:00Z on the 24th to 04:59:59Z on the 25th.
  const NodeId report =
      built.event("wapo-report", between(utc(2024, 1, 24, 5), utc(2024, 1, 25, 4, 59, 59)), 2,
                  "America/New_York");
  // Late on 25 Jan in Seoul: 18:00 to 23:59:59 at +09:00.
  const NodeId arrival = built.event(
      "arrival", between(utc(2024, 1, 25, 9), utc(2024, 1, 25, 14, 59, 59)), 4, "Asia/Seoul");
  built.relate(arrival, RelationType::before, report, 7);
  const ReasonReport result = reason(built.graph);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostics(result.diagnostics, source),
            "graphs/test.yaml:3:11: error: these statements about time cannot all hold (3 "
            "constraints)\n"
            "    when: 2024-01-24 (America/New_York)\n"
            "          ^~~~~~~~~~\n"
            "graphs/test.yaml:3:11: note: wapo-report starts no later than "
            "2024-01-24T23:59:59-05:00\n"
            "    when: 2024-01-24 (America/New_York)\n"
            "          ^~~~~~~~~~\n"
            "graphs/test.yaml:7:5: note: arrival is before wapo-report\n"
            "  - arrival before wapo-report\n"
            "    ^~~~~~~~~~~~~~~~~~~~\n"
            "graphs/test.yaml:5:11: note: arrival ends no earlier than 2024-01-25T18:00:00+09:00\n"
            "    when: 2024-01-25 late (Asia/Seoul)\n"
            "          ^~~~~~~~~~\n"
            "note: so arrival would have to end before 2024-01-25T13:59:59+09:00 and no earlier "
            "than 2024-01-25T18:00:00+09:00\n");
}

TEST(ReasonConflicts, CycleOfRelationsAlone) {
  GraphBuilder built;
  const NodeId a = built.event("a", testing::open(), 1);
  const NodeId b = built.event("b", testing::open(), 3);
  built.relate(a, RelationType::during, b, 5);
  built.relate(b, RelationType::before, a, 6);
  const ReasonReport result = reason(built.graph);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostics(result.diagnostics, ""),
            "graphs/test.yaml:1:5: error: these statements about time cannot all hold (3 "
            "constraints)\n"
            "graphs/test.yaml:1:5: note: a cannot end before it starts\n"
            "graphs/test.yaml:6:5: note: b is before a\n"
            "graphs/test.yaml:5:5: note: a is during b: a ends before b ends\n"
            "note: so a would have to end before it ends\n");
}

TEST(ReasonConflicts, SelfRelation) {
  GraphBuilder built;
  const NodeId a = built.event("a", testing::open(), 1);
  built.relate(a, RelationType::before, a, 3);
  const ReasonReport result = reason(built.graph);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostics(result.diagnostics, ""),
            "graphs/test.yaml:1:5: error: these statements about time cannot all hold (2 "
            "constraints)\n"
            "graphs/test.yaml:1:5: note: a cannot end before it starts\n"
            "graphs/test.yaml:3:5: note: a is before a\n"
            "note: so a would have to end before it ends\n");
}

}  // namespace
}  // namespace chronograph

namespace chronograph {
namespace {

TEST(ReasonConflicts, ImportedRelationsNameTheirTlink) {
  testing::GraphBuilder built;
  const NodeId a = built.event("e1", testing::exactly(100), 1);
  const NodeId b = built.event("e2", testing::exactly(50), 3);
  Relation relation;
  relation.from = a;
  relation.to = b;
  relation.type = RelationType::is_included;
  relation.set_origin("l7");
  relation.range = {"wsj_0006.tml", {12, 3}, {12, 40}};
  built.graph.add_relation(relation);
  const ReasonReport result = reason(built.graph);
  ASSERT_EQ(result.diagnostics.size(), 1u);
  ASSERT_GE(result.diagnostics[0].notes.size(), 2u);
  EXPECT_EQ(result.diagnostics[0].notes[1].message,
            "e1 is included in e2: e1 ends no later than e2 ends (TLINK l7)");
  EXPECT_EQ(result.diagnostics[0].notes[1].range.file, "wsj_0006.tml");
}

}  // namespace
}  // namespace chronograph
