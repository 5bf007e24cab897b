#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include <nlohmann/json.hpp>

#include "chronograph/chronograph.hpp"
#include "render/html/ui_text.hpp"
#include "render/html/viewer_assets.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

// Event text that would break a page written without escaping.
constexpr std::string_view hostile = R"(chronograph: 1
title: {ko: "회의 </script><script>alert(1)</script>", en: "A & B <b>bold</b>"}
zone: Asia/Seoul
source: {url: "https://example.org/article?a=1&b=2"}
entities:
  kwak: {name: {ko: 곽노정, en: Kwak Noh-jung}, kind: person}
events:
  meeting:
    title: {ko: "곽노정 SK하이닉스 사장과 회동 </script>", en: "Meeting \"quoted\" <i>"}
    when: 2024-01-26 오후
    participants: [kwak]
    source: {quote: "<!-- not a comment -->", where: paragraph 4}
  report:
    title: Washington Post report
    when: 2024-01-24 America/New_York
)";

std::string page_for(View view, std::string_view text = hostile, Language language = Language::ko) {
  const Loaded loaded = load(text, "hostile.yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.graph) return "";
  RenderOptions options;
  options.view = view;
  options.format = Format::html;
  options.language = language;
  const Result<std::string> page = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(page.ok()) << format_diagnostics(page.diagnostics, text);
  return page.value.value_or("");
}

// A bundled example's page in the example's own language, as the CLI renders it by default.
std::string example_page(const std::string& name, View view = View::timeline) {
  const std::string text = testing::slurp(testing::source_dir() / "graphs" / (name + ".yaml"));
  const Loaded loaded = load(text, name + ".yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.graph) return "";
  RenderOptions options;
  options.view = view;
  options.format = Format::html;
  options.language = loaded.graph->info.language == "ko" ? Language::ko : Language::en;
  const Result<std::string> page = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(page.ok()) << format_diagnostics(page.diagnostics, text);
  return page.value.value_or("");
}

std::string script_block(const std::string& page, const std::string& id) {
  const std::string open = R"(<script type="application/json" id=")" + id + R"(">)";
  const auto begin = page.find(open);
  if (begin == std::string::npos) return "";
  const auto end = page.find("</script>", begin);
  return page.substr(begin + open.size(), end - begin - open.size());
}

std::string embedded_data(const std::string& page) {
  return script_block(page, "chronograph-data");
}

const nlohmann::json& by_id(const nlohmann::json& list, const std::string& id) {
  for (const auto& item : list)
    if (item["id"] == id) return item;
  static const nlohmann::json none;
  ADD_FAILURE() << "no " << id;
  return none;
}

bool has_hangul(std::string_view text) {
  // UTF-8 of U+AC00..U+D7A3 (syllables) and U+3131..U+318E (jamo) starts EA..ED or E3 84..E3 86.
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    if (b0 >= 0xEA && b0 <= 0xED && b1 >= 0x80) return true;
    if (b0 == 0xE3 && b1 >= 0x84 && b1 <= 0x86) return true;
  }
  return false;
}

TEST(Html, FormatsAreKnownByNameAndExtension) {
  EXPECT_EQ(format_from_string("html"), Format::html);
  EXPECT_EQ(format_from_string("png"), Format::png);
  EXPECT_EQ(format_from_string("pdf"), Format::pdf);
  EXPECT_EQ(format_from_extension("out/Visit.HTML"), Format::html);
  EXPECT_EQ(format_from_extension("visit.htm"), Format::html);
  EXPECT_EQ(format_from_extension("visit.png"), Format::png);
  EXPECT_EQ(format_from_extension("visit.pdf"), Format::pdf);
}

TEST(Html, ScriptsAreOnlyTheThreeThePageWrites) {
  for (const View view : {View::timeline, View::graph}) {
    const std::string page = page_for(view);
    ASSERT_FALSE(page.empty());
    std::size_t opened = 0;
    for (auto at = page.find("<script"); at != std::string::npos; at = page.find("<script", at + 1))
      ++opened;
    std::size_t closed = 0;
    for (auto at = page.find("</script"); at != std::string::npos;
         at = page.find("</script", at + 1))
      ++closed;
    EXPECT_EQ(opened, 3U);  // the data block, the UI strings and the viewer
    EXPECT_EQ(closed, 3U);
    EXPECT_EQ(page.find("<b>"), std::string::npos);
    EXPECT_EQ(page.find("<i>"), std::string::npos);
    EXPECT_EQ(page.find("<!-- not"), std::string::npos);
  }
}

TEST(Html, EmbeddedDataIsRenderJsonPlusDocumentZoneBounds) {
  const std::string page = page_for(View::timeline);
  const std::string text = embedded_data(page);
  ASSERT_FALSE(text.empty());
  EXPECT_EQ(text.find('<'), std::string::npos);
  const auto data = nlohmann::json::parse(text);
  EXPECT_EQ(data["events"][0]["titles"]["ko"], "곽노정 SK하이닉스 사장과 회동 </script>");
  EXPECT_EQ(data["source"]["url"], "https://example.org/article?a=1&b=2");
  const auto& report = data["events"][1];
  EXPECT_EQ(report["id"], "report");
  EXPECT_EQ(report["zone"], "America/New_York");
  EXPECT_EQ(report["start"]["earliest"], "2024-01-24T00:00:00-05:00");
  EXPECT_EQ(report["document"]["zone"], "Asia/Seoul");
  EXPECT_EQ(report["document"]["start"]["earliest"], "2024-01-24T14:00:00+09:00");
}

TEST(Html, NoUrlOutsideTheSourceUrlText) {
  // The article's URL may appear as text (the timeline's subtitle names it) and in the data.
  for (const View view : {View::timeline, View::graph}) {
    std::string page = page_for(view);
    const std::string data = embedded_data(page);
    EXPECT_NE(data.find("https://example.org/article?a=1&b=2"), std::string::npos);
    page.replace(page.find(data), data.size(), "");
    const std::string shown = "https://example.org/article?a=1&amp;b=2";
    for (auto at = page.find(shown); at != std::string::npos; at = page.find(shown))
      page.erase(at, shown.size());
    const auto http = page.find("http");
    EXPECT_EQ(http, std::string::npos) << page.substr(http == std::string::npos ? 0 : http, 80);
  }
}

TEST(Html, EveryViewMarksEventsWithDataEvent) {
  for (const View view : {View::timeline, View::graph}) {
    const std::string page = page_for(view);
    EXPECT_NE(page.find(R"(data-event="meeting")"), std::string::npos);
    EXPECT_NE(page.find(R"(data-event="report")"), std::string::npos);
    EXPECT_EQ(page.find(R"(data-event="kwak")"), std::string::npos);  // entities are not events
    EXPECT_NE(page.find("<svg"), std::string::npos);
    EXPECT_EQ(page.find("<?xml"), std::string::npos);
    EXPECT_EQ(page.find("<!DOCTYPE svg"), std::string::npos);
  }
}

TEST(Html, ExampleHtmlHasTheHangulTitleEscapedOnce) {
  const std::string page = page_for(View::timeline);
  EXPECT_NE(page.find("<title>회의 &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>"),
            std::string::npos);
  EXPECT_NE(page.find(R"(<html lang="ko">)"), std::string::npos);
}

TEST(Html, NamesComeFromPlainAndBilingualNamesAlike) {
  // Apollo writes plain names (`name: Neil Armstrong`); the page is English.
  const auto apollo = nlohmann::json::parse(embedded_data(example_page("apollo-11-1969")));
  EXPECT_EQ(by_id(apollo["entities"], "armstrong")["display"]["name"], "Neil Armstrong");
  EXPECT_TRUE(by_id(apollo["entities"], "armstrong")["display"]["other"].is_null());
  EXPECT_EQ(by_id(apollo["entities"], "armstrong")["display"]["kind"], "person");
  EXPECT_EQ(by_id(apollo["events"], "launch")["display"]["title"],
            "Saturn V lifts off from pad 39A");
  // The fixture's names are bilingual; its page is Korean.
  const auto data = nlohmann::json::parse(embedded_data(page_for(View::timeline)));
  EXPECT_EQ(by_id(data["entities"], "kwak")["display"]["name"], "곽노정");
  EXPECT_EQ(by_id(data["entities"], "kwak")["display"]["other"], "Kwak Noh-jung");
  EXPECT_EQ(by_id(data["entities"], "kwak")["display"]["kind"], "인물");
  EXPECT_EQ(by_id(data["events"], "report")["display"]["title"], "Washington Post report");
}

TEST(Html, OneBoundsBlockPerDistinctZone) {
  const auto data = nlohmann::json::parse(embedded_data(page_for(View::timeline)));
  const auto& meeting = by_id(data["events"], "meeting")["display"]["bounds"];
  ASSERT_EQ(meeting.size(), 1U);  // Seoul, the document's zone too
  EXPECT_EQ(meeting[0]["zone"], "Asia/Seoul");
  const auto& report = by_id(data["events"], "report")["display"]["bounds"];
  ASSERT_EQ(report.size(), 2U);
  EXPECT_EQ(report[0]["zone"], "America/New_York");
  EXPECT_EQ(report[1]["zone"], "Asia/Seoul");
  // Written with Z in a document without a zone: UTC either way, so one block.
  const std::string utc = R"(chronograph: 1
events:
  landing: {title: Landing, when: 1969-07-20T20:17Z}
)";
  const auto plain = nlohmann::json::parse(embedded_data(page_for(View::timeline, utc)));
  const auto& landing = by_id(plain["events"], "landing")["display"]["bounds"];
  ASSERT_EQ(landing.size(), 1U) << landing.dump();
  EXPECT_EQ(landing[0]["zone"], "UTC");
  EXPECT_EQ(landing[0]["start"], "1969-07-20T20:17:00Z ~ 1969-07-20T20:18:00Z 사이")
      << "the bounds in words, in the page's language: " << landing[0]["start"];
}

TEST(Html, EntitiesAreMarkedInEveryView) {
  const std::string graph = example_page("apollo-11-1969", View::graph);
  EXPECT_NE(graph.find(R"(data-entity="armstrong")"), std::string::npos);
  const std::string timeline = example_page("apollo-11-1969", View::timeline);
  bool marked = false;  // a lane header's own tag names the entity
  for (auto at = timeline.find(R"(class="lane-header")"); at != std::string::npos;
       at = timeline.find(R"(class="lane-header")", at + 1))
    marked = marked ||
             timeline.substr(at, timeline.find('>', at) - at).find(R"(data-entity="armstrong")") !=
                 std::string::npos;
  EXPECT_TRUE(marked);
  const std::string storyline = example_page("apollo-11-1969", View::storyline);
  EXPECT_NE(storyline.find(R"(data-entity="aldrin")"), std::string::npos);
  EXPECT_NE(storyline.find(R"(class="line-label halo")"), std::string::npos);
}

// The page with what the document says (data, the view's drawing, the title) cut out: what is
// left is the page's own words.
std::string page_own_text(std::string page) {
  const auto cut = [&page](const std::string& open, const std::string& close) {
    const auto begin = page.find(open);
    if (begin == std::string::npos) return;
    const auto end = page.find(close, begin);
    page.erase(begin, end + close.size() - begin);
  };
  cut(R"(<script type="application/json" id="chronograph-data">)", "</script>");
  cut("<svg", "</svg>");
  cut("<title>", "</title>");
  cut("<h1>", "</h1>");
  return page;
}

TEST(Html, UiStringsAreInThePageLanguage) {
  const std::string english = example_page("apollo-11-1969");
  const std::string own = page_own_text(english);
  EXPECT_FALSE(has_hangul(own)) << own.substr(0, 2000);
  EXPECT_NE(own.find(R"(placeholder="Search events")"), std::string::npos);
  EXPECT_NE(english.find(R"(<html lang="en">)"), std::string::npos);

  const std::string korean = example_page("altman-korea-2024");
  EXPECT_NE(korean.find(R"(placeholder="사건 검색")"), std::string::npos);
  EXPECT_NE(korean.find(R"(<html lang="ko">)"), std::string::npos);
  const auto ui = nlohmann::json::parse(script_block(korean, "chronograph-ui"));
  EXPECT_EQ(ui["participants"], "참여");
  EXPECT_EQ(ui["status_planned"], "예정");
  EXPECT_EQ(page_own_text(korean).find("Search events"), std::string::npos);
}

TEST(Html, EveryUiStringTheScriptUsesIsDefined) {
  const std::string script(detail::viewer_script());
  const nlohmann::json ui = detail::ui_strings(Language::en);
  const auto word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
  std::size_t uses = 0;
  for (auto at = script.find("ui."); at != std::string::npos; at = script.find("ui.", at + 1)) {
    if (at > 0 && (word(script[at - 1]) || script[at - 1] == '.')) continue;
    std::size_t end = at + 3;
    while (end < script.size() &&
           (std::islower(static_cast<unsigned char>(script[end])) || script[end] == '_'))
      ++end;
    if (end == at + 3) continue;
    const std::string key = script.substr(at + 3, end - at - 3);
    EXPECT_TRUE(ui.contains(key)) << "ui." << key;
    ++uses;
  }
  EXPECT_GT(uses, 10U);
  for (const auto& [key, value] : ui.items()) EXPECT_FALSE(value.get<std::string>().empty()) << key;
  EXPECT_FALSE(has_hangul(script));  // the script's words are all in the table
}

}  // namespace
}  // namespace chronograph
