#include <string>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "chronograph/emit.hpp"
#include "chronograph/timeml.hpp"
#include "emit/emit_test_documents.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::full_document;

TEST(EmitYaml, WritesEveryFieldInFormatOrder) {
  EXPECT_EQ(emit_yaml(full_document()), R"(chronograph: 1
title: {ko: 샘 올트먼 방한, en: Sam Altman visits Korea}
source:
  title: 연합뉴스
  url: https://example.com/a?b=1&c=2
  published: 2024-01-26T19:55+09:00
  language: ko
zone: Asia/Seoul
calendar: julian
entities:
  altman:
    name: Sam Altman
    kind: person
    role: CEO
    affiliation: openai
    tags: [ai]
    note: first visit since 2023
  openai:
    name: OpenAI
    kind: organization
events:
  arrival:
    title: {ko: 입국}
    when: 2024-01-25 evening
    duration: PT2H
    place: openai
    participants:
      - {entity: altman, role: visitor}
      - openai
    status: reported
    source:
      quote: "\"입국했다\""
      where: paragraph 2
    tags: [travel, "yes"]
    note: "two\nlines"
  meeting:
    title: "no"
    when: 2024-01-26T10:00
    end: 2024-01-26T12:00
    calendar: gregorian
    source: met
relations:
  - {from: arrival, type: before, to: meeting, gap: ~12h}  # origin: l1
  - {from: altman, type: label, to: openai, label: "runs: the company"}
)");
}

TEST(EmitYaml, LoadsBackAsTheSameStructure) {
  const YAML::Node root = YAML::Load(emit_yaml(full_document()));
  EXPECT_EQ(root["chronograph"].as<int>(), 1);
  EXPECT_EQ(root["title"]["ko"].as<std::string>(), "샘 올트먼 방한");
  EXPECT_EQ(root["source"]["url"].as<std::string>(), "https://example.com/a?b=1&c=2");
  EXPECT_EQ(root["entities"]["altman"]["affiliation"].as<std::string>(), "openai");
  const YAML::Node arrival = root["events"]["arrival"];
  EXPECT_EQ(arrival["participants"][0]["role"].as<std::string>(), "visitor");
  EXPECT_EQ(arrival["participants"][1].as<std::string>(), "openai");
  EXPECT_EQ(arrival["source"]["quote"].as<std::string>(), "\"입국했다\"");
  EXPECT_EQ(arrival["tags"][1].as<std::string>(), "yes");
  EXPECT_EQ(arrival["note"].as<std::string>(), "two\nlines");
  EXPECT_EQ(root["events"]["meeting"]["title"].as<std::string>(), "no");
  EXPECT_EQ(root["relations"][0]["gap"].as<std::string>(), "~12h");
  EXPECT_FALSE(root["relations"][0]["origin"].IsDefined());
  EXPECT_EQ(root["relations"][1]["label"].as<std::string>(), "runs: the company");
  EXPECT_FALSE(root["events"]["meeting"]["status"].IsDefined());
  EXPECT_EQ(root["calendar"].as<std::string>(), "julian");
  EXPECT_EQ(root["events"]["meeting"]["calendar"].as<std::string>(), "gregorian");
  EXPECT_FALSE(root["events"]["arrival"]["calendar"].IsDefined());
}

TEST(EmitYaml, EmptyDocumentHasVersionAndZoneOnly) {
  EXPECT_EQ(emit_yaml(Document{}), "chronograph: 1\nzone: UTC\n");
}

// An imported TimeML file written out keeps every event, tag and relation (with its lid).
TEST(EmitYaml, ImportedTimemlLoadsBack) {
  const std::string text = R"(<TimeML><DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">today</TIMEX3></DCT>
<TEXT>It <EVENT eid="e1" class="OCCURRENCE">rained</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2013-W12">this week</TIMEX3>.</TEXT>
<MAKEINSTANCE eiid="ei1" eventID="e1" tense="PAST" aspect="NONE"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="IBEFORE" timeID="t0" relatedToEventInstance="ei1"/>
</TimeML>)";
  const Result<Document> imported = parse_timeml(text, "d1.tml", {.anchor_timex = true});
  ASSERT_TRUE(imported.ok());
  const YAML::Node root = YAML::Load(emit_yaml(*imported.value));
  EXPECT_EQ(root["title"].as<std::string>(), "d1");
  EXPECT_EQ(root["source"]["published"].as<std::string>(), "2013-03-22");
  EXPECT_EQ(root["events"].size(), 3U);
  EXPECT_EQ(root["events"]["t1"]["when"].as<std::string>(), "2013-03-18/2013-03-24");
  EXPECT_EQ(root["events"]["ei1"]["title"].as<std::string>(), "rained (ei1)");
  EXPECT_EQ(root["events"]["ei1"]["tags"][1].as<std::string>(), "class:OCCURRENCE");
  EXPECT_FALSE(root["events"]["ei1"]["when"].IsDefined());
  ASSERT_EQ(root["relations"].size(), 2U);
  EXPECT_EQ(root["relations"][1]["from"].as<std::string>(), "t0");
  EXPECT_EQ(root["relations"][1]["type"].as<std::string>(), "meets");
  EXPECT_NE(emit_yaml(*imported.value).find("to: ei1}  # origin: l2\n"), std::string::npos);
}

TEST(EmitYaml, Te3PlatinumDocumentsLoadBack) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  for (const auto& entry : std::filesystem::directory_iterator(shared / "data" / "te3-platinum")) {
    if (entry.path().extension() != ".tml") continue;
    const std::string text = testing::slurp(entry.path());
    const Result<Document> imported = parse_timeml(text, entry.path().string());
    ASSERT_TRUE(imported.ok()) << entry.path();
    const std::string yaml = emit_yaml(*imported.value);
    const YAML::Node root = YAML::Load(yaml);
    EXPECT_EQ(root["events"].size(), imported.value->events.size()) << entry.path();
    EXPECT_EQ(root["relations"].size(), imported.value->relations.size()) << entry.path();
  }
}

}  // namespace
}  // namespace chronograph
