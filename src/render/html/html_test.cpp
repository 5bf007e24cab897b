#include <gtest/gtest.h>

#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "chronograph/chronograph.hpp"
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

std::string page_for(View view, std::string_view text = hostile) {
  const Loaded loaded = load(text, "hostile.yaml");
  EXPECT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.graph) return "";
  RenderOptions options;
  options.view = view;
  options.format = Format::html;
  options.language = Language::ko;
  const Result<std::string> page = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(page.ok()) << format_diagnostics(page.diagnostics, text);
  return page.value.value_or("");
}

std::string embedded_data(const std::string& page) {
  const std::string open = R"(<script type="application/json" id="chronograph-data">)";
  const auto begin = page.find(open);
  if (begin == std::string::npos) return "";
  const auto end = page.find("</script>", begin);
  return page.substr(begin + open.size(), end - begin - open.size());
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

TEST(Html, ScriptsAreOnlyTheTwoThePageWrites) {
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
    EXPECT_EQ(opened, 2U);  // the data block and the viewer
    EXPECT_EQ(closed, 2U);
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

}  // namespace
}  // namespace chronograph
