// The 20 TempEval-3 platinum documents through model and reasoning: which are consistent, and for
// the others the TLINK lids in the contradictions, with and without anchoring the TIMEX3 values.
// A change in the importer, the model or the reasoner that changes a verdict is noticed here.

#include <algorithm>
#include <cctype>
#include <ostream>
#include <set>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "chronograph/timeml.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

struct Verdict {
  const char* file;
  const char* conflicts;           // lids in contradictions, TLINKs only; "" = consistent
  const char* anchored_conflicts;  // the same with anchor_timex
};

void PrintTo(const Verdict& verdict, std::ostream* out) {
  *out << verdict.file;
}

// The lids of the TLINKs that the reasoner's error diagnostics point at, sorted and joined.
std::string conflicting_lids(const Document& document, const Diagnostics& diagnostics) {
  std::set<std::string> lids;
  for (const Diagnostic& diagnostic : diagnostics) {
    if (diagnostic.severity != Severity::error) continue;
    for (const Diagnostic& note : diagnostic.notes)
      for (const RelationDecl& relation : document.relations)
        if (relation.range == note.range && !relation.origin.empty()) lids.insert(relation.origin);
  }
  std::string joined;
  for (const std::string& lid : lids) joined += (joined.empty() ? "" : " ") + lid;
  return joined;
}

// "" when consistent, else the lids; a model error is a test failure.
std::string check(const std::string& text, const std::string& path, bool anchor) {
  const Result<Document> document = parse_timeml(text, path, {.anchor_timex = anchor});
  EXPECT_TRUE(document.ok()) << format_diagnostics(document.diagnostics, text);
  if (!document.value) return "no document";
  Result<EventGraph> model = build_model(*document.value);
  EXPECT_TRUE(model.ok()) << format_diagnostics(model.diagnostics, text);
  if (!model.value) return "no model";
  const ReasonReport report = reason(*model.value);
  const bool consistent = !has_errors(report.diagnostics);
  if (report.network) {
    EXPECT_EQ(report.network->consistent(), consistent);
  }
  if (consistent) return "";
  const std::string lids = conflicting_lids(*document.value, report.diagnostics);
  return lids.empty() ? "inconsistent" : lids;
}

class Te3Reasoning : public ::testing::TestWithParam<Verdict> {};

TEST_P(Te3Reasoning, VerdictAndConflictingLids) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const Verdict& expected = GetParam();
  const auto path = shared / "data" / "te3-platinum" / expected.file;
  const std::string text = testing::slurp(path);
  EXPECT_EQ(check(text, expected.file, false), expected.conflicts);
  EXPECT_EQ(check(text, expected.file, true), expected.anchored_conflicts);
}

INSTANTIATE_TEST_SUITE_P(
    Documents, Te3Reasoning,
    ::testing::Values(
        Verdict{"AP_20130322.tml", "", ""}, Verdict{"CNN_20130321_821.tml", "", ""},
        Verdict{"CNN_20130322_1003.tml", "", "l10 l200 l201 l220 l30 l32 l44 l45 l50 l6"},
        Verdict{"CNN_20130322_1243.tml", "", ""}, Verdict{"CNN_20130322_248.tml", "", ""},
        Verdict{"CNN_20130322_314.tml", "", ""}, Verdict{"WSJ_20130318_731.tml", "", ""},
        Verdict{"WSJ_20130321_1145.tml", "", ""}, Verdict{"WSJ_20130322_159.tml", "", ""},
        Verdict{"WSJ_20130322_804.tml", "", ""},
        Verdict{"bbc_20130322_1150.tml", "", "l4 l6 l66 l67 l69 l70 l78"},
        Verdict{"bbc_20130322_1353.tml", "", ""}, Verdict{"bbc_20130322_1600.tml", "", ""},
        Verdict{"bbc_20130322_332.tml", "", ""}, Verdict{"bbc_20130322_721.tml", "", ""},
        Verdict{"nyt_20130321_china_pollution.tml", "", ""},
        Verdict{"nyt_20130321_cyprus.tml", "", ""}, Verdict{"nyt_20130321_sarcozy.tml", "", ""},
        Verdict{"nyt_20130321_women_senate.tml", "", ""},
        Verdict{"nyt_20130322_strange_computer.tml", "", ""}),
    [](const ::testing::TestParamInfo<Verdict>& info) {
      std::string name = info.param.file;
      name = name.substr(0, name.find('.'));
      std::replace_if(
          name.begin(), name.end(),
          [](char c) { return std::isalnum(static_cast<unsigned char>(c)) == 0; }, '_');
      return name;
    });

TEST(TimemlReasoning, ContradictingTlinksAreReportedByLid) {
  const std::string text = R"(<TimeML>
<TEXT><EVENT eid="e1" class="OCCURRENCE">rain</EVENT> <EVENT eid="e2" class="OCCURRENCE">wind</EVENT> <EVENT eid="e3" class="OCCURRENCE">snow</EVENT></TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/>
<MAKEINSTANCE eiid="ei2" eventID="e2"/>
<MAKEINSTANCE eiid="ei3" eventID="e3"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei3" relatedToEventInstance="ei1"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
</TimeML>)";
  EXPECT_EQ(check(text, "doc.tml", false), "l1 l3");
}

TEST(TimemlReasoning, AnchoringSurfacesConflictsTheTlinksAloneDoNotHave) {
  const std::string text = R"(<TimeML>
<TEXT><TIMEX3 tid="t1" type="DATE" value="2012-08">August</TIMEX3> <TIMEX3 tid="t2" type="DATE" value="2012-07">July</TIMEX3>
<EVENT eid="e1" class="OCCURRENCE">told</EVENT> <EVENT eid="e2" class="OCCURRENCE">fired</EVENT></TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/>
<MAKEINSTANCE eiid="ei2" eventID="e2"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t2"/>
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
</TimeML>)";
  EXPECT_EQ(check(text, "doc.tml", false), "");
  EXPECT_EQ(check(text, "doc.tml", true), "l1 l2 l3");
}

// Each relType against its converse stated the other way round is consistent; against BEFORE's
// converse where the reading says they cannot both hold, it is not.
TEST(TimemlReasoning, EndpointReadingsOfTheRelTypes) {
  auto two_links = [](const char* first, const char* second) {
    return std::string(R"(<TimeML>
<TEXT><EVENT eid="e1" class="OCCURRENCE">a</EVENT> <EVENT eid="e2" class="OCCURRENCE">b</EVENT></TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/>
<MAKEINSTANCE eiid="ei2" eventID="e2"/>
<TLINK lid="l1" relType=")") +
           first + R"(" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType=")" +
           second + R"(" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
</TimeML>)";
  };
  // Converse pairs agree.
  for (const auto& [a, b] : {std::pair{"BEFORE", "AFTER"},
                             {"IBEFORE", "IAFTER"},
                             {"INCLUDES", "IS_INCLUDED"},
                             {"DURING", "DURING_INV"},
                             {"BEGINS", "BEGUN_BY"},
                             {"ENDS", "ENDED_BY"},
                             {"SIMULTANEOUS", "IDENTITY"}})
    EXPECT_EQ(check(two_links(a, b), "doc.tml", false), "") << a << " / " << b;
  // Non-strict containment both ways is equality, not a contradiction.
  EXPECT_EQ(check(two_links("INCLUDES", "INCLUDES"), "doc.tml", false), "");
  // Strict readings contradict themselves both ways.
  for (const char* strict : {"BEFORE", "BEGINS", "ENDS"})
    EXPECT_EQ(check(two_links(strict, strict), "doc.tml", false), "l1 l2") << strict;
}

}  // namespace
}  // namespace chronograph
