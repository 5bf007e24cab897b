#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "chronograph/timeml.hpp"

namespace chronograph {
namespace {

// Lines 1–9 are fixed, so the fixtures' own elements start on line 10.
std::string timeml(std::string_view body) {
  return std::string(R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>fixture_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
<TEXT>
The storm <EVENT eid="e1" class="OCCURRENCE">hit</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2D">two
  days</TIMEX3> later.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE" polarity="POS"/>
<MAKEINSTANCE eiid="ei2" eventID="e2" tense="PAST" aspect="PERFECTIVE" polarity="NEG"/>
)") + std::string(body) +
         "</TimeML>\n";
}

std::string diagnostics_of(const std::string& text, const TimemlOptions& options = {}) {
  return format_diagnostics(parse_timeml(text, "doc.tml", options).diagnostics, text);
}

TEST(ReadTimeml, EventsPerTimexAndInstanceInFileOrder) {
  const Result<Document> result = parse_timeml(timeml(""), "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.diagnostics.empty());
  const Document& document = *result.value;
  EXPECT_EQ(document.path, "doc.tml");
  EXPECT_EQ(document.title.plain, "fixture_1");
  EXPECT_EQ(document.source.title, "fixture_1");
  EXPECT_EQ(document.default_zone.value, "UTC");
  ASSERT_TRUE(document.source.published.has_value());
  EXPECT_EQ(document.source.published->value, "2013-03-22");
  EXPECT_EQ(document.source.published->range, (SourceRange{"doc.tml", {4, 42}, {4, 52}}));

  std::vector<std::string> ids;
  std::vector<std::string> titles;
  for (const EventDecl& event : document.events) {
    ids.push_back(event.id.value);
    titles.push_back(event.title.plain);
    EXPECT_TRUE(event.when.value.empty()) << event.id.value;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"t0", "t1", "t2", "ei1", "ei2"}));
  EXPECT_EQ(titles, (std::vector<std::string>{"March 22, 2013 (t0)", "Wednesday (t1)",
                                              "two days (t2)", "hit (ei1)", "ended (ei2)"}));
  const EventDecl& dct = document.events[0];
  EXPECT_EQ(dct.tags, (std::vector<std::string>{"timex", "type:DATE", "creation-time"}));
  EXPECT_EQ(dct.note, "TIMEX3 value=2013-03-22");
  EXPECT_EQ(dct.id.range, (SourceRange{"doc.tml", {4, 19}, {4, 21}}));
  const EventDecl& ended = document.events[4];
  EXPECT_EQ(ended.tags, (std::vector<std::string>{"event", "class:OCCURRENCE", "tense:PAST",
                                                  "aspect:PERFECTIVE"}));
  EXPECT_EQ(ended.note, "EVENT e2, polarity=NEG");
  EXPECT_EQ(ended.range, (SourceRange{"doc.tml", {9, 1}, {9, 88}}));
  EXPECT_TRUE(document.relations.empty());
}

TEST(ReadTimeml, TitleFromTitleElement) {
  const std::string text = R"(<TimeML><DOCID>d</DOCID><TITLE>
    Storm   hits
  coast</TITLE><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22"
  functionInDocument="CREATION_TIME">today</TIMEX3></DCT></TimeML>)";
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value->title.plain, "Storm hits coast");
  EXPECT_EQ(result.value->source.title, "d");
}

TEST(ReadTimeml, AnchoringTranslatesDatesAndLeavesDurations) {
  const Result<Document> result = parse_timeml(timeml(""), "doc.tml", {.anchor_timex = true});
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.diagnostics.empty());
  const Document& document = *result.value;
  EXPECT_EQ(document.events[0].when.value, "2013-03-22");
  EXPECT_EQ(document.events[1].when.value, "2013-03-20");
  EXPECT_EQ(document.events[1].when.range, (SourceRange{"doc.tml", {6, 97}, {6, 107}}));
  EXPECT_EQ(document.events[2].when.value, "");
  EXPECT_EQ(document.events[2].tags, (std::vector<std::string>{"timex", "type:DURATION"}));
  EXPECT_EQ(document.events[3].when.value, "");
}

TEST(ReadTimeml, AnchoringReadsReferencesAgainstTheCreationTime) {
  const std::string text = timeml(R"(<TIMEX3 tid="t3" type="DATE" value="PAST_REF">before</TIMEX3>
<TIMEX3 tid="t4" type="TIME" value="2013-03-22TMO" mod="START">early this morning</TIMEX3>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml", {.anchor_timex = true});
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value->events[5].when.value, "../2013-03-22");
  EXPECT_EQ(result.value->events[6].when.value, "2013-03-22 morning");
  EXPECT_EQ(result.value->events[6].tags,
            (std::vector<std::string>{"timex", "type:TIME", "mod:START"}));
}

TEST(ReadTimeml, UntranslatableValueWarnsOnlyWhenAnchoring) {
  const std::string text = timeml(R"(<TIMEX3 tid="t3" type="DATE" value="XXXX-WI">winter</TIMEX3>
)");
  EXPECT_EQ(diagnostics_of(text), "");
  EXPECT_EQ(diagnostics_of(text, {.anchor_timex = true}),
            "doc.tml:10:37: warning: cannot anchor TIMEX3 t3 value 'XXXX-WI': the year is unknown\n"
            "<TIMEX3 tid=\"t3\" type=\"DATE\" value=\"XXXX-WI\">winter</TIMEX3>\n"
            "                                    ^~~~~~~\n");
}

TEST(ReadTimeml, MissingCreationTimeWarnsAndLeavesReferencesUnanchored) {
  const std::string text = R"(<TimeML>
<TIMEX3 tid="t1" type="DATE" value="PRESENT_REF">now</TIMEX3>
</TimeML>)";
  const Result<Document> result = parse_timeml(text, "doc.tml", {.anchor_timex = true});
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result.value->source.published.has_value());
  EXPECT_EQ(format_diagnostics(result.diagnostics, text),
            "doc.tml:1:1: warning: no TIMEX3 with functionInDocument=\"CREATION_TIME\"; the "
            "document has no creation time\n"
            "<TimeML>\n"
            "^~~~~~~~\n"
            "doc.tml:2:37: warning: cannot anchor TIMEX3 t1 value 'PRESENT_REF': PRESENT_REF "
            "needs a document creation time\n"
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>\n"
            "                                    ^~~~~~~~~~~\n");
}

TEST(ReadTimeml, MalformedXmlIsAnErrorAtItsPosition) {
  const std::string text = "<TimeML>\n<TEXT>a <EVENT eid=\"e1\">b</TEXT>\n</TimeML>\n";
  const Result<Document> result = parse_timeml(text, "doc.tml");
  EXPECT_FALSE(result.value.has_value());
  EXPECT_EQ(format_diagnostics(result.diagnostics, text),
            "doc.tml:2:28: error: malformed XML: Start-end tags mismatch\n"
            "<TEXT>a <EVENT eid=\"e1\">b</TEXT>\n"
            "                           ^\n");
}

TEST(ReadTimeml, EmptyInputIsAnError) {
  const Result<Document> result = parse_timeml("", "doc.tml");
  EXPECT_FALSE(result.value.has_value());
  EXPECT_EQ(format_diagnostics(result.diagnostics, ""),
            "doc.tml:1:1: error: malformed XML: No document element found\n");
}

TEST(ReadTimeml, OtherRootIsAnError) {
  const std::string text = "<?xml version=\"1.0\"?>\n<html><body/></html>\n";
  EXPECT_EQ(diagnostics_of(text),
            "doc.tml:2:1: error: expected a <TimeML> root element, found <html>\n"
            "<html><body/></html>\n"
            "^~~~~~\n");
}

TEST(ReadTimeml, InstanceOfMissingEventIsSkippedWithAWarning) {
  const std::string text = timeml(R"(<MAKEINSTANCE eiid="ei9" eventID="e9" tense="PAST"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value->events.size(), 5U);
  EXPECT_EQ(format_diagnostics(result.diagnostics, text),
            "doc.tml:10:35: warning: MAKEINSTANCE ei9 names no EVENT 'e9'; it is skipped\n"
            "<MAKEINSTANCE eiid=\"ei9\" eventID=\"e9\" tense=\"PAST\"/>\n"
            "                                  ^~\n");
}

TEST(ReadTimeml, InstanceWithoutIdsIsSkippedWithAWarning) {
  const std::string text = timeml(R"(<MAKEINSTANCE eventID="e1"/>
<MAKEINSTANCE eiid="ei7"/>
<TIMEX3 type="DATE" value="2013">2013</TIMEX3>
)");
  EXPECT_EQ(diagnostics_of(text),
            "doc.tml:10:1: warning: MAKEINSTANCE without eiid is skipped\n"
            "<MAKEINSTANCE eventID=\"e1\"/>\n"
            "^~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "doc.tml:11:1: warning: MAKEINSTANCE without eventID is skipped\n"
            "<MAKEINSTANCE eiid=\"ei7\"/>\n"
            "^~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            "doc.tml:12:1: warning: TIMEX3 without tid is skipped\n"
            "<TIMEX3 type=\"DATE\" value=\"2013\">2013</TIMEX3>\n"
            "^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n");
}

TEST(ReadTimeml, DuplicateIdIsAnErrorWithTheFirstDefinition) {
  const std::string text = timeml(R"(<MAKEINSTANCE eiid="t1" eventID="e1"/>
)");
  EXPECT_EQ(
      diagnostics_of(text),
      "doc.tml:10:21: error: duplicate id 't1'\n"
      "<MAKEINSTANCE eiid=\"t1\" eventID=\"e1\"/>\n"
      "                    ^~\n"
      "doc.tml:6:61: note: the first definition is here\n" +
          std::string(
              R"(The storm <EVENT eid="e1" class="OCCURRENCE">hit</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2D">two)") +
          "\n" + std::string(60, ' ') + "^" + std::string(47, '~') + "\n");
}

TEST(ReadTimeml, UnknownTimexTypeWarns) {
  const std::string text = timeml(R"(<TIMEX3 tid="t3" type="DAY" value="2013">2013</TIMEX3>
)");
  EXPECT_EQ(diagnostics_of(text),
            "doc.tml:10:24: warning: TIMEX3 type 'DAY' is none of DATE, TIME, DURATION, SET\n"
            "<TIMEX3 tid=\"t3\" type=\"DAY\" value=\"2013\">2013</TIMEX3>\n"
            "                       ^~~\n");
}

TEST(ReadTimeml, CreationTimeProblemsWarn) {
  const std::string text = R"(<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-W12" functionInDocument="CREATION_TIME">x</TIMEX3></DCT>
<TIMEX3 tid="t1" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">y</TIMEX3>
<TEXT><EVENT eid="e1">a</EVENT> <EVENT eid="e1">b</EVENT></TEXT>
</TimeML>)";
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_FALSE(result.value->source.published.has_value());
  std::string messages;
  for (const Diagnostic& d : result.diagnostics)
    messages += std::to_string(d.range.begin.line) + ":" + std::to_string(d.range.begin.column) +
                " " + d.message + "\n";
  EXPECT_EQ(messages,
            "3:1 a second CREATION_TIME TIMEX3; the first one is used\n"
            "4:45 duplicate EVENT eid 'e1'; MAKEINSTANCEs name the first\n"
            "2:42 document creation time '2013-W12' is not a date\n");
}

TEST(ReadTimeml, SlinksAndAlinksAreCountedInANote) {
  const std::string text = timeml(
      R"(<SLINK lid="l1" eventInstanceID="ei1" subordinatedEventInstance="ei2" relType="MODAL"/>
<ALINK lid="l2" eventInstanceID="ei1" relatedToEventInstance="ei2" relType="INITIATES"/>
<SLINK lid="l3" eventInstanceID="ei2" subordinatedEventInstance="ei1" relType="EVIDENTIAL"/>
)");
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result.value->relations.empty());
  ASSERT_EQ(result.diagnostics.size(), 1U);
  EXPECT_EQ(result.diagnostics[0].severity, Severity::note);
  EXPECT_EQ(result.diagnostics[0].message,
            "ignored 2 SLINK(s) and 1 ALINK(s): only TLINKs order events in time");
}

// What chronograph's TimeML export writes (docs/timeml.md, "Writing TimeML"), under whatever prefix
// the root binds the namespace to: exact times, our relation types and gaps, the titles as
// written; what was derived for other TimeML readers is skipped.
TEST(ReadTimeml, ChronographsOwnAttributesStateTimesAndRelations) {
  const std::string text =
      R"(<TimeML xmlns:x="urn:chronograph:timeml:1" x:zone="Asia/Seoul" x:language="ko">
<TEXT><EVENT eid="e1" class="OCCURRENCE">Arrival</EVENT> (<TIMEX3 tid="t1" type="DATE" value="2024-01-25" x:derived="true">2024-01-25</TIMEX3>)
<EVENT eid="e2" class="OCCURRENCE">Tour</EVENT></TEXT>
<MAKEINSTANCE eiid="arrival" eventID="e1" x:when="2024-01-25 late"/>
<MAKEINSTANCE eiid="tour" eventID="e2" x:when="2024-01-26 오전" x:status="planned"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="arrival" relatedToTime="t1" x:derived="true"/>
<x:TLINK lid="l2" eventInstanceID="arrival" relatedToEventInstance="tour" x:type="causes" x:gap="1h..1d"/>
<TLINK lid="l3" relType="DURING" eventInstanceID="tour" relatedToEventInstance="arrival" x:type="overlap"/>
</TimeML>)";
  const Result<Document> result = parse_timeml(text, "doc.tml");
  ASSERT_TRUE(result.value);
  EXPECT_EQ(
      format_diagnostics(result.diagnostics, text),
      "doc.tml:8:98: error: x:type 'overlap' is not a relation about time (before, during, "
      "part-of, causes, …)\n" +
          std::string(text.substr(text.rfind("<TLINK"), text.rfind("\n") - text.rfind("<TLINK"))) +
          "\n" + std::string(97, ' ') + "^~~~~~~\n");
  const Document& document = *result.value;
  EXPECT_EQ(document.default_zone.value, "Asia/Seoul");
  EXPECT_EQ(document.source.language, "ko");
  ASSERT_EQ(document.events.size(), 2U);
  EXPECT_EQ(document.events[0].title.plain, "Arrival");
  EXPECT_EQ(document.events[0].when.value, "2024-01-25 late");
  EXPECT_EQ(document.events[0].when.range, (SourceRange{"doc.tml", {4, 51}, {4, 66}}));
  EXPECT_EQ(document.events[1].status.value, "planned");
  ASSERT_EQ(document.relations.size(), 1U);
  const RelationDecl& causes = document.relations[0];
  EXPECT_EQ(causes.type.value, "causes");
  ASSERT_TRUE(causes.gap);
  EXPECT_EQ(causes.gap->value, "1h..1d");
  EXPECT_EQ(causes.origin, "l2");
}

}  // namespace
}  // namespace chronograph
