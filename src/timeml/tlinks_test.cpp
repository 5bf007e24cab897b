#include "timeml/tlinks.hpp"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include <ostream>

#include "chronograph/graph.hpp"
#include "chronograph/timeml.hpp"

namespace chronograph {
namespace {

// Lines 1–8 are fixed, so the fixtures' TLINKs start on line 9.
std::string timeml(std::string_view tlinks) {
  return std::string(R"(<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">today</TIMEX3></DCT>
<TEXT>
Rain <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> and <EVENT eid="e2" class="OCCURRENCE">stopped</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3>.
</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1"/>
<MAKEINSTANCE eiid="ei2" eventID="e2"/>
<!-- TLINKs -->
)") + std::string(tlinks) +
         "</TimeML>\n";
}

std::string diagnostics_of(const std::string& text) {
  return format_diagnostics(parse_timeml(text, "doc.tml").diagnostics, text);
}

struct RelTypeCase {
  const char* rel_type;
  const char* relation;
};

// Keeps ctest's test names free of the parameter's raw bytes.
void PrintTo(const RelTypeCase& row, std::ostream* out) {
  *out << row.rel_type;
}

class TlinkRelTypes : public ::testing::TestWithParam<RelTypeCase> {};

TEST_P(TlinkRelTypes, MapToAChronographTemporalRelation) {
  const RelTypeCase& row = GetParam();
  const std::string text = timeml(std::string(R"(<TLINK lid="l7" relType=")") + row.rel_type +
                                  R"(" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, text);
  ASSERT_EQ(result.value->relations.size(), 1U);
  const RelationDecl& relation = result.value->relations[0];
  EXPECT_EQ(relation.type.value, row.relation);
  EXPECT_EQ(relation.origin, "l7");
  EXPECT_EQ(relation.from.value, "ei1");
  EXPECT_EQ(relation.to.value, "ei2");
  EXPECT_EQ(relation.type.range.begin, (SourcePosition{9, 26}));
  EXPECT_EQ(relation.range.begin, (SourcePosition{9, 1}));
  const auto type = relation_type_from_string(relation.type.value);
  ASSERT_TRUE(type.has_value());
  EXPECT_TRUE(is_temporal(*type));
}

INSTANTIATE_TEST_SUITE_P(
    AllFourteen, TlinkRelTypes,
    ::testing::Values(RelTypeCase{"BEFORE", "before"}, RelTypeCase{"AFTER", "after"},
                      RelTypeCase{"IBEFORE", "meets"}, RelTypeCase{"IAFTER", "met-by"},
                      RelTypeCase{"INCLUDES", "includes"},
                      RelTypeCase{"IS_INCLUDED", "is-included"},
                      RelTypeCase{"DURING", "is-included"}, RelTypeCase{"DURING_INV", "includes"},
                      RelTypeCase{"SIMULTANEOUS", "equals"}, RelTypeCase{"IDENTITY", "equals"},
                      RelTypeCase{"BEGINS", "starts"}, RelTypeCase{"BEGUN_BY", "started-by"},
                      RelTypeCase{"ENDS", "finishes"}, RelTypeCase{"ENDED_BY", "finished-by"}),
    [](const ::testing::TestParamInfo<RelTypeCase>& info) {
      return std::string(info.param.rel_type);
    });

TEST(Tlinks, EveryCombinationOfEventAndTimeEnds) {
  const std::string text = timeml(
      R"(<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>
<TLINK lid="l3" relType="BEFORE" timeID="t1" relatedToTime="t0"/>
<TLINK lid="l4" relType="INCLUDES" timeID="t1" relatedToEventInstance="ei1"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, text);
  std::string relations;
  for (const RelationDecl& r : result.value->relations)
    relations += r.origin + ": " + r.from.value + " " + r.type.value + " " + r.to.value + "\n";
  EXPECT_EQ(relations,
            "l1: ei1 before ei2\n"
            "l2: ei2 is-included t1\n"
            "l3: t1 before t0\n"
            "l4: t1 includes ei1\n");
}

TEST(Tlinks, ContradictionsAreKeptForTheReasonerWithTheirLids) {
  const std::string text = timeml(
      R"(<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
<TLINK lid="l3" relType="AFTER" eventInstanceID="ei1" relatedToEventInstance="ei1"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.diagnostics.empty());
  ASSERT_EQ(result.value->relations.size(), 3U);
  EXPECT_EQ(result.value->relations[0].origin, "l1");
  EXPECT_EQ(result.value->relations[1].origin, "l2");
  EXPECT_EQ(result.value->relations[2].from.value, result.value->relations[2].to.value);
}

TEST(Tlinks, UnknownRelTypeIsAnError) {
  const std::string text = timeml(
      R"(<TLINK lid="l1" relType="OVERLAPS" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  EXPECT_FALSE(result.ok());
  EXPECT_TRUE(result.value->relations.empty());
  EXPECT_EQ(format_diagnostics(result.diagnostics, text),
            "doc.tml:9:26: error: unknown TLINK relType 'OVERLAPS' (TimeML 1.2.1 has BEFORE, "
            "AFTER, IBEFORE, IAFTER, INCLUDES, IS_INCLUDED, DURING, DURING_INV, SIMULTANEOUS, "
            "IDENTITY, BEGINS, BEGUN_BY, ENDS, ENDED_BY)\n"
            "<TLINK lid=\"l1\" relType=\"OVERLAPS\" eventInstanceID=\"ei1\" "
            "relatedToEventInstance=\"ei2\"/>\n"
            "                         ^~~~~~~~\n");
}

TEST(Tlinks, MissingEndsAreErrors) {
  const std::string text =
      timeml(R"(<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei9" relatedToTime="t7"/>
<TLINK lid="l2" relType="BEFORE" eventInstanceID="e1" relatedToTime="t1"/>
)");
  EXPECT_EQ(diagnostics_of(text),
            "doc.tml:9:51: error: TLINK source 'ei9' names no MAKEINSTANCE\n"
            "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei9\" relatedToTime=\"t7\"/>\n"
            "                                                  ^~~\n"
            "doc.tml:9:71: error: TLINK target 't7' names no TIMEX3\n"
            "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"ei9\" relatedToTime=\"t7\"/>\n"
            "                                                                      ^~\n"
            "doc.tml:10:51: error: TLINK source 'e1' names no MAKEINSTANCE\n"
            "<TLINK lid=\"l2\" relType=\"BEFORE\" eventInstanceID=\"e1\" relatedToTime=\"t1\"/>\n"
            "                                                  ^~\n"
            "doc.tml:4:6: note: 'e1' is an EVENT; TLINKs name its MAKEINSTANCE's eiid\n"
            "Rain <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> and <EVENT eid=\"e2\" "
            "class=\"OCCURRENCE\">stopped</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" "
            "value=\"2013-03-20\">Wednesday</TIMEX3>.\n"
            "     ^" +
                std::string(34, '~') + "\n");
}

TEST(Tlinks, MissingAttributesAreErrorsAtTheTag) {
  const std::string text =
      timeml(R"(<TLINK lid="l1" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l2" relType="BEFORE" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei1" timeID="t1" relatedToTime="t0"/>
)");
  EXPECT_EQ(diagnostics_of(text),
            "doc.tml:9:1: error: TLINK has no relType\n"
            "<TLINK lid=\"l1\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"/>\n"
            "^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "doc.tml:10:1: error: TLINK has no source (neither eventInstanceID nor timeID)\n"
            "<TLINK lid=\"l2\" relType=\"BEFORE\" relatedToEventInstance=\"ei2\"/>\n"
            "^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "doc.tml:11:1: error: TLINK has no target (neither relatedToEventInstance nor "
            "relatedToTime)\n"
            "<TLINK lid=\"l3\" relType=\"BEFORE\" eventInstanceID=\"ei1\"/>\n"
            "^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "doc.tml:12:64: error: TLINK has both eventInstanceID and timeID; a source is one or "
            "the other\n"
            "<TLINK lid=\"l4\" relType=\"BEFORE\" eventInstanceID=\"ei1\" timeID=\"t1\" "
            "relatedToTime=\"t0\"/>\n"
            "                                                               ^~\n");
}

TEST(Tlinks, EndOfTheOtherKindWarnsButLinks) {
  const std::string text =
      timeml(R"(<TLINK lid="l1" relType="BEFORE" eventInstanceID="t1" relatedToTime="t0"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value->relations.size(), 1U);
  EXPECT_EQ(format_diagnostics(result.diagnostics, text),
            "doc.tml:9:51: warning: eventInstanceID names 't1', which is a TIMEX3, not a "
            "MAKEINSTANCE\n"
            "<TLINK lid=\"l1\" relType=\"BEFORE\" eventInstanceID=\"t1\" relatedToTime=\"t0\"/>\n"
            "                                                  ^~\n"
            "doc.tml:4:112: note: 't1' is defined here\n"
            "Rain <EVENT eid=\"e1\" class=\"OCCURRENCE\">fell</EVENT> and <EVENT eid=\"e2\" "
            "class=\"OCCURRENCE\">stopped</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" "
            "value=\"2013-03-20\">Wednesday</TIMEX3>.\n" +
                std::string(111, ' ') + "^" + std::string(47, '~') + "\n");
}

TEST(Tlinks, MissingAndDuplicateLidsWarn) {
  const std::string text =
      timeml(R"(<TLINK relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
<TLINK lid="l1" relType="AFTER" eventInstanceID="ei2" relatedToEventInstance="ei1"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value->relations.size(), 3U);
  EXPECT_EQ(format_diagnostics(result.diagnostics, text),
            "doc.tml:9:1: warning: TLINK without lid; a conflict cannot name it\n"
            "<TLINK relType=\"BEFORE\" eventInstanceID=\"ei1\" relatedToEventInstance=\"ei2\"/>\n"
            "^" +
                std::string(75, '~') + "\n" +
                "doc.tml:11:13: warning: duplicate TLINK lid 'l1'\n"
                "<TLINK lid=\"l1\" relType=\"AFTER\" eventInstanceID=\"ei2\" "
                "relatedToEventInstance=\"ei1\"/>\n"
                "            ^~\n");
}

}  // namespace
}  // namespace chronograph
