// TimeML in, valid YAML out (issue 10, item 5): UTF-8 checked with a position, ids that are not
// chronograph ids renamed with the original kept, and the property that every TimeML file `check`
// accepts imports to YAML that `check` accepts with the same verdict (fuzz::timeml_target, the
// fuzzer's own property), over generated variations and the TE3-Platinum documents.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "chronograph/chronograph.hpp"
#include "targets.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string xml_escaped(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

// A small document: a creation time, one TIMEX3 (id `tid`), two instances (`eiid` and e2's "ei2"),
// three TLINKs between them; `words` is the first event's text.
std::string document(std::string_view tid, std::string_view eiid, std::string_view words,
                     std::string_view rel = "BEFORE") {
  const std::string t = xml_escaped(tid), e = xml_escaped(eiid);
  return "<?xml version=\"1.0\"?>\n<TimeML>\n<DOCID>doc</DOCID>\n<DCT><TIMEX3 tid=\"t0\" "
         "type=\"DATE\" value=\"2013-03-22\" functionInDocument=\"CREATION_TIME\">2013-03-22"
         "</TIMEX3></DCT>\n<TEXT>Storms <EVENT eid=\"e1\" class=\"OCCURRENCE\">" +
         xml_escaped(words) + "</EVENT> on <TIMEX3 tid=\"" + t +
         "\" type=\"DATE\" value=\"2013-03-21\">Thursday</TIMEX3>, then <EVENT eid=\"e2\" "
         "class=\"OCCURRENCE\">left</EVENT>.</TEXT>\n<MAKEINSTANCE eventID=\"e1\" eiid=\"" +
         e +
         "\" tense=\"PAST\"/>\n<MAKEINSTANCE eventID=\"e2\" eiid=\"ei2\" tense=\"PAST\"/>\n"
         "<TLINK lid=\"l1\" relType=\"" +
         std::string(rel) + "\" eventInstanceID=\"" + e +
         "\" relatedToEventInstance=\"ei2\"/>\n<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" "
         "eventInstanceID=\"" +
         e + "\" relatedToTime=\"" + t +
         "\"/>\n<TLINK lid=\"l3\" "
         "relType=\"AFTER\" eventInstanceID=\"ei2\" relatedToTime=\"" +
         t + "\"/>\n</TimeML>\n";
}

// Before: parse_timeml accepted them and `import` wrote a file that failed its own check.
TEST(TimemlImport, IdsThatAreNotChronographIdsAreRenamedAndTheOriginalKept) {
  const std::string text = document("t 9", "x\"><script>", "hit");
  const Result<Document> read = parse_timeml(text, "a.tml");
  ASSERT_TRUE(read.ok()) << format_diagnostics(read.diagnostics, text);
  const std::string yaml = emit_yaml(*read.value);
  EXPECT_NE(yaml.find("  t_9:\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("note: TIMEX3 value=2013-03-21 (TimeML id 't 9')"), std::string::npos);
  EXPECT_NE(yaml.find("  x___script_:\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("(TimeML id 'x\"><script>')"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("{from: x___script_, type: before, to: ei2}"), std::string::npos) << yaml;
  const Loaded reloaded = load(yaml, "a.yaml");
  EXPECT_TRUE(reloaded.clean()) << format_diagnostics(reloaded.diagnostics, yaml);
}

TEST(TimemlImport, ARenamedIdNeverTakesAValidOne) {
  // "t 9" would become t_9, which the instance already is.
  const std::string text = document("t 9", "t_9", "hit");
  const Result<Document> read = parse_timeml(text, "a.tml");
  ASSERT_TRUE(read.ok());
  const std::string yaml = emit_yaml(*read.value);
  EXPECT_NE(yaml.find("  t_9-2:\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("  t_9:\n"), std::string::npos) << yaml;
  EXPECT_TRUE(load(yaml, "a.yaml").clean());
}

// Latin-1 bytes used to pass into titles, and `import` wrote YAML that `check` rejected.
TEST(TimemlImport, InvalidUtf8IsAPositionedError) {
  const std::string text = "<TimeML>\n<TEXT>caf\xE9</TEXT></TimeML>";
  const Result<Document> read = parse_timeml(text, "l.tml");
  ASSERT_EQ(read.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostic(read.diagnostics[0], ""),
            "l.tml:2:10: error: invalid UTF-8 (byte 0xE9); TimeML files must be UTF-8\n");
  EXPECT_FALSE(read.value);
  for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF5\x80\x80\x80", "\xE2\x82"}) {
    const Result<Document> other = parse_timeml("<TimeML>" + bad + "</TimeML>", "x.tml");
    ASSERT_FALSE(other.diagnostics.empty());
    EXPECT_EQ(other.diagnostics[0].range.begin, (SourcePosition{1, 9})) << bad;
  }
  // U+FFFD written as such, Hangul and emoji are UTF-8.
  EXPECT_TRUE(fuzz::timeml_target(document("t1", "ei1", "\xEF\xBF\xBD 태풍 \xF0\x9F\x8C\x80")));
}

TEST(TimemlImport, EveryAcceptedVariationImportsWithTheSameVerdict) {
  const std::vector<std::string> ids{"t1",  "t 9", "x\"><script>", "-a",   "a:b",  "태풍",
                                     "t_9", "9",   "a.b",          "a#b",  "t\tx", "é",
                                     "ei2", "t0",  "'q'",          "a b ", "[x]",  "*x"};
  const std::vector<std::string> words{"hit",  "a: b", "#x",     "'q'",   "\"dq\"", "- x", "[x]",
                                       "{x}",  "x\ny", "가나다", "x  y",  "--- x",  "? x", "&x",
                                       "!tag", "%x",   "@x",     "x #c",  "\\n",    "",    "null",
                                       "~",    "yes",  "1e3",    " lead", "\t"};
  int accepted = 0;
  int checked = 0;
  for (const std::string& tid : ids) {
    for (const std::string& eiid : ids) {
      for (std::size_t w = 0; w < words.size(); w += (tid == eiid ? 1 : 5)) {
        for (const char* rel : {"BEFORE", "AFTER"}) {
          const std::string text = document(tid, eiid, words[w], rel);
          ++checked;
          EXPECT_TRUE(fuzz::timeml_target(text)) << text;
          if (load(text, "v.tml").clean()) ++accepted;
        }
      }
    }
  }
  // Most are clean; duplicate ids (tid == eiid, or "t0") and "AFTER" contradictions are not.
  EXPECT_GT(accepted, checked / 4);
  EXPECT_LT(accepted, checked);
}

TEST(TimemlImport, EveryTe3PlatinumDocumentImportsWithTheSameVerdict) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  const std::filesystem::path corpus = shared / "data" / "te3-platinum";
  if (!std::filesystem::is_directory(corpus)) GTEST_SKIP() << corpus << " is absent";
  int documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(corpus)) {
    if (entry.path().extension() != ".tml") continue;
    ++documents;
    EXPECT_TRUE(fuzz::timeml_target(testing::slurp(entry.path()))) << entry.path();
  }
  EXPECT_EQ(documents, 20);
}

}  // namespace
}  // namespace chronograph
