#include "render/html/page_index.hpp"

#include <gtest/gtest.h>

#include <array>
#include <functional>

#include <string>

#include "chronograph/chronograph.hpp"
#include "chronograph/limits.hpp"
#include "layout/article_fixture.hpp"
#include "render/html/packed.hpp"

namespace chronograph {
namespace {

using Json = nlohmann::ordered_json;

// The front-coded column back as strings (ASCII ids: a UTF-16 unit is a byte).
std::vector<std::string> ascii_column(const Json& column) {
  std::vector<std::string> out;
  std::string previous;
  for (std::size_t i = 0; i < column["shared"].size(); ++i) {
    previous = previous.substr(0, column["shared"][i].get<std::size_t>()) +
               column["rest"][i].get<std::string>();
    out.push_back(previous);
  }
  return out;
}

TEST(PageIndex, AThinnedPageIndexesEveryEventInFileOrder) {
  const EventGraph graph = testing::busy_graph(20000, 30);
  const TimelineScene scene = layout_timeline(graph, {}, {});
  ASSERT_GT(scene.lane_row_cap, 0U);
  const Json index = detail::page_index(graph, scene, Language::en);
  ASSERT_EQ(index["count"], 20000);
  const std::vector<std::string> ids = ascii_column(index["ids"]);
  ASSERT_EQ(ids.size(), 20000U);
  for (std::size_t i = 0; i < ids.size(); ++i) ASSERT_EQ(ids[i], "e" + std::to_string(i));
  // x is delta-coded: summed back it is each event's place, drawn or folded, to half a unit of the
  // index.
  std::vector<double> x(ids.size());
  std::int64_t running = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    ASSERT_GE(index["lane"][i].get<int>(), 0);
    ASSERT_LT(index["lane"][i].get<std::size_t>(), index["lanes"].size());
    running += index["x"][i].get<std::int64_t>();
    x[i] = static_cast<double>(running) / detail::index_x_units;
  }
  for (const FoldedEvent& folded : scene.folded)
    ASSERT_NEAR(x[folded.event], folded.x_start, 0.5 / detail::index_x_units + 1e-9);
  for (const EventMark& mark : scene.marks)
    ASSERT_NEAR(x[mark.event], (mark.x_start_earliest + mark.x_start_latest) / 2,
                0.5 / detail::index_x_units + 1e-9);
  EXPECT_EQ(index["band_height"], scene.density.front().box.height);
}

TEST(PageIndex, FrontCodingSharesWholeCodePointsCountedInUtf16) {
  EventGraph graph;
  const Bounds day{testing::at(2024, 1, 1), testing::at(2024, 1, 1)};
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "가";
  for (const auto& [id, title] :
       std::vector<std::pair<std::string, std::string>>{{"a", "서울 회담 가"},
                                                        {"b", "서울 회담 나"},
                                                        {"c", "\U0001D11E a"},
                                                        {"d", "\U0001D11E b"},
                                                        {"e", hundred},
                                                        {"f", "x\xFFy"},
                                                        {"g", "x\xFFz"}})
    testing::add_sketch(graph, {id, "", title, day, day});
  const TimelineScene scene = layout_timeline(graph, {}, {});
  const Json titles = detail::page_index(graph, scene, Language::en)["titles"];
  // "서울 회담 " is 6 UTF-16 units; 가 and 나 share their first UTF-8 byte but not a code point.
  // An invalid byte is one U+FFFD, as the JSON writer writes it: one unit.
  EXPECT_EQ(titles["shared"], Json({0, 6, 0, 3, 0, 0, 2}));
  EXPECT_EQ(titles["rest"][1], "나");
  EXPECT_EQ(titles["rest"][3], "b");
  EXPECT_EQ(titles["rest"][6], "z");
  std::string eighty;
  for (int i = 0; i < 80; ++i) eighty += "가";
  EXPECT_EQ(titles["rest"][4], eighty + "\u2026");
}

std::string page(int events, View view = View::timeline) {
  EventGraph graph = testing::busy_graph(events, 30);
  const ReasonReport report = reason(graph);
  RenderOptions options;
  options.view = view;
  options.format = Format::html;
  const Result<std::string> html = render(graph, report, options);
  EXPECT_TRUE(html.ok());
  return html.value.value_or("");
}

// The page of a thinned timeline carries full records only for what it draws: each further event
// costs its few index bytes, not its record (about 600 bytes of JSON).
TEST(PageIndex, AThinnedPageGrowsByTheIndexNotTheRecords) {
  const std::string small = page(20000);
  const std::string large = page(40000);
  for (const std::string* html : {&small, &large}) {
    EXPECT_NE(html->find("id=\"chronograph-data-deflated\""), std::string::npos);
    EXPECT_EQ(html->find("id=\"chronograph-data\""), std::string::npos);
  }
  EXPECT_LT(large.size() - small.size(), 20000U * 16);
}

// Its view is deflated as well (the SVG was a third of the 1M-row pages, as text): without the
// script the page says what it needs; a page that is not thinned keeps its view inline.
TEST(PageIndex, AThinnedPagesViewIsDeflatedAndSaysItNeedsTheScript) {
  const std::string thinned = page(20000);
  EXPECT_NE(thinned.find("id=\"chronograph-view-deflated\""), std::string::npos);
  EXPECT_EQ(thinned.find("<svg"), std::string::npos);
  EXPECT_NE(thinned.find("<div id=\"view\"><noscript><p>This page draws its events with "
                         "JavaScript"),
            std::string::npos);
  const std::string small = page(20);
  EXPECT_EQ(small.find("id=\"chronograph-view-deflated\""), std::string::npos);
  EXPECT_NE(small.find("<div id=\"view\"><svg"), std::string::npos);
}

// A thinned storyline's page as well (it was 150 MB at 100k events): its index places nothing,
// since an event sits on several lines, and serves the search.
TEST(PageIndex, AThinnedStorylinePageGrowsByTheIndexNotTheRecords) {
  const std::string small = page(20000, View::storyline);
  const std::string large = page(40000, View::storyline);
  for (const std::string* html : {&small, &large}) {
    EXPECT_NE(html->find("id=\"chronograph-data-deflated\""), std::string::npos);
    EXPECT_EQ(html->find("id=\"chronograph-data\""), std::string::npos);
  }
  // The larger may draw fewer meetings, and be the smaller page.
  EXPECT_LT(large.size(), small.size() + 20000U * 16);
}

TEST(PageIndex, ASearchIndexHasEveryEventAndNoPlaces) {
  const EventGraph graph = testing::busy_graph(300, 30);
  const Json index = detail::search_index(graph, Language::en);
  ASSERT_EQ(index["count"], 300);
  const std::vector<std::string> ids = ascii_column(index["ids"]);
  ASSERT_EQ(ids.size(), 300U);
  for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], "e" + std::to_string(i));
  for (const Json& lane : index["lane"]) EXPECT_EQ(lane, -1);
  EXPECT_TRUE(index["lanes"].empty());
  EXPECT_TRUE(index["axis"].empty());
}

// A graph of `count` events whose titles are long and unlike each other (words of a small
// pseudo-random vocabulary), as a newsroom's are: they do not compress away as "Event number N"
// does.
EventGraph wordy_graph(std::size_t count) {
  EventGraph graph;
  std::uint32_t state = 12345;
  const auto next = [&] { return state = state * 1103515245U + 12345U; };
  for (std::size_t i = 0; i < count; ++i) {
    Event event;
    event.id = "ev" + std::to_string(i);
    for (int word = 0; word < 9; ++word) {
      if (word > 0) event.title.plain += ' ';
      for (std::uint32_t letters = 2 + next() % 7; letters > 0; --letters)
        event.title.plain += static_cast<char>('a' + (next() >> 16) % 26);
    }
    graph.add_event(event);
  }
  return graph;
}

Json empty_data() {
  return {{"events", Json::array()}};
}

// The index pack_within asks for, keeping how many title characters each pass asked.
std::function<Json(std::size_t)> recording_index(const EventGraph& graph,
                                                 std::vector<std::size_t>& asked) {
  return [&graph, &asked](std::size_t chars) {
    asked.push_back(chars);
    return detail::search_index(graph, Language::en, chars);
  };
}

// What pack_within writes for the data with that index, as the page carries it.
std::string packed_search_index(const EventGraph& graph, std::size_t chars) {
  Json whole = empty_data();
  whole["index"] = detail::search_index(graph, Language::en, chars);
  return *detail::deflate_base64(whole.dump(-1, ' ', false, Json::error_handler_t::replace));
}

// The page's budget: titles whole when they fit, cut to what fits when they do not, none when not
// even the ids fit; the text is the data packed with the titles it says it kept.
TEST(PageIndex, APageOverItsBudgetCutsTheIndexTitlesToFit) {
  const EventGraph graph = wordy_graph(3000);
  const Json data = empty_data();
  std::vector<std::size_t> asked;
  const auto index = recording_index(graph, asked);
  const auto packed_with = [&](std::size_t chars) { return packed_search_index(graph, chars); };
  const std::size_t full = packed_with(limits::html_index_title_chars).size();
  const std::size_t bare = packed_with(0).size();
  ASSERT_GT(full, bare + 20000);  // the titles are most of it

  const std::optional<detail::PackedData> roomy = detail::pack_within(data, index, full);
  ASSERT_TRUE(roomy);
  EXPECT_EQ(roomy->title_chars, limits::html_index_title_chars);
  EXPECT_EQ(asked.size(), 1U);  // one pass when it fits

  const std::size_t budget = bare + (full - bare) / 3;
  const std::optional<detail::PackedData> cut = detail::pack_within(data, index, budget);
  ASSERT_TRUE(cut);
  EXPECT_GE(cut->title_chars, limits::html_index_min_title_chars);
  EXPECT_LT(cut->title_chars, limits::html_index_title_chars);
  EXPECT_LE(cut->text.size(), budget);
  EXPECT_EQ(cut->text, packed_with(cut->title_chars));

  const std::optional<detail::PackedData> tight = detail::pack_within(data, index, bare - 1);
  ASSERT_TRUE(tight);
  EXPECT_EQ(tight->title_chars, 0U);
  EXPECT_EQ(tight->text, packed_with(0));
}

// Titles that are a few short categories (an ACLED export's sub-event types) barely shrink as the
// cut comes down until it reaches them: each pass shrinks the cut by the room the last one left,
// so a page where none fit is found in a few passes (it took seven on 1M rows, 12 s).
TEST(PageIndex, ShortTitlesThatDoNotFitAreGivenUpInAFewPasses) {
  EventGraph graph;
  const std::array<std::string, 6> kinds{
      "Peaceful protest",      "Protest with intervention",          "Mob violence",
      "Violent demonstration", "Excessive force against protesters", "Looting"};
  std::uint32_t state = 7;
  for (int i = 0; i < 5000; ++i) {
    Event event;
    event.id = "XKR" + std::to_string(i);
    state = state * 1103515245U + 12345U;
    event.title.plain = kinds[(state >> 16) % kinds.size()];
    graph.add_event(event);
  }
  const Json data = empty_data();
  std::vector<std::size_t> asked;
  const auto index = recording_index(graph, asked);
  const std::size_t full = packed_search_index(graph, limits::html_index_title_chars).size();
  const std::size_t bare = packed_search_index(graph, 0).size();
  // Room for a third of the titles' bytes: the first guess (a third of 80 characters) cuts
  // none of them much, and no cut lets six categories fit.
  const std::optional<detail::PackedData> packed =
      detail::pack_within(data, index, bare + (full - bare) / 3);
  ASSERT_TRUE(packed);
  EXPECT_EQ(packed->title_chars, 0U);
  EXPECT_LE(asked.size(), 4U) << ::testing::PrintToString(asked);
}

// A storyline that draws no line (no event has a person or organisation in it, as in a table
// whose participants are of no known kind) leaves every event off the page: past
// limits::html_undrawn_records of them, its page packs them into the index too.
TEST(PageIndex, AStorylineThatLeavesManyEventsOffItsLinesIsPacked) {
  for (const std::size_t events : {std::size_t{200}, limits::html_undrawn_records + 500}) {
    EventGraph graph = wordy_graph(events);
    for (const NodeId node : graph.events()) {
      Event& event = graph.event(node);
      event.when.start = event.when.end = {testing::at(2024, 1, 1), testing::at(2024, 1, 2)};
      event.stated_start = event.start = event.when.start;
      event.stated_end = event.end = event.when.end;
    }
    const ReasonReport report = reason(graph);
    RenderOptions options;
    options.view = View::storyline;
    options.format = Format::html;
    const Result<std::string> html = render(graph, report, options);
    ASSERT_TRUE(html.value);
    const bool packed = html.value->find("id=\"chronograph-data-deflated\"") != std::string::npos;
    EXPECT_EQ(packed, events > limits::html_undrawn_records) << events;
    if (packed) {
      EXPECT_LT(html.value->size(), events * 200) << events;
    }
  }
}

}  // namespace
}  // namespace chronograph
