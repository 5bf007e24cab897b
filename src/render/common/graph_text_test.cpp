#include "render/common/graph_text.hpp"

#include <gtest/gtest.h>

#include "sample_graph.hpp"

namespace chronograph::detail::graph_view {
namespace {

TEST(GraphText, EdgeLabelsNameTheTypeCaptionAndGap) {
  Relation before{0, 1, RelationType::before};
  EXPECT_EQ(relation_label(before), "before");
  before.set_gap(DurationSpec{"7 months", 0, 0, false});
  before.set_label("then");
  EXPECT_EQ(relation_label(before), "before\nthen\ngap 7 months");
  Relation caption{0, 1, RelationType::label};
  EXPECT_EQ(relation_label(caption), "label");
  caption.set_label("courts");
  EXPECT_EQ(relation_label(caption), "courts");
  Relation participant{0, 1, RelationType::participant};
  participant.implied = true;
  EXPECT_EQ(relation_label(participant), "");
  participant.set_label("host");
  EXPECT_EQ(relation_label(participant), "host");
}

TEST(GraphText, ShortLabelsStayOneLine) {
  EXPECT_EQ(wrap_label("Altman lands in Korea", 40, 3),
            std::vector<std::string>{"Altman lands in Korea"});
  EXPECT_EQ(wrap_label("", 40, 3), std::vector<std::string>{});
}

TEST(GraphText, LongLabelsWrapAtSpacesAndCutWithAnEllipsis) {
  EXPECT_EQ(wrap_label("Talks with US Congress on building chip fabs", 20, 3),
            (std::vector<std::string>{"Talks with US", "Congress on building", "chip fabs"}));
  EXPECT_EQ(wrap_label("one two three four five six seven", 9, 2),
            (std::vector<std::string>{"one two", "three\u2026"}));
  // Hangul counts two columns a syllable; a word longer than a line is broken inside.
  EXPECT_EQ(wrap_label("삼성전자평택캠퍼스방문", 8, 2),
            (std::vector<std::string>{"삼성전자", "평택캠\u2026"}));
  const std::vector<std::string> lines = wrap_label(std::string(500, 'x'), 40, 3);
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(lines[2], std::string(39, 'x') + "\u2026");
}

TEST(GraphText, EntityTooltipSaysKindRoleAndAffiliation) {
  const EventGraph graph = testing::sample_graph();
  EXPECT_EQ(entity_tooltip(graph, *graph.find("kwak-noh-jung"), Language::ko),
            "곽노정\nKwak Noh-jung\nkind: person\nrole: CEO\naffiliation: SK하이닉스");
}

}  // namespace
}  // namespace chronograph::detail::graph_view
