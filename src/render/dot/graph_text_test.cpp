#include "render/dot/graph_text.hpp"

#include <gtest/gtest.h>

#include "render/dot/sample_graph_for_tests.hpp"

namespace chronograph::detail::graph_view {
namespace {

TEST(GraphText, EdgeLabelsNameTheTypeCaptionAndGap) {
  Relation before{0, 1, RelationType::before};
  EXPECT_EQ(relation_label(before), "before");
  before.gap = DurationSpec{"7 months", 0, 0, false};
  before.label = "then";
  EXPECT_EQ(relation_label(before), "before\nthen\ngap 7 months");
  Relation caption{0, 1, RelationType::label};
  EXPECT_EQ(relation_label(caption), "label");
  caption.label = "courts";
  EXPECT_EQ(relation_label(caption), "courts");
  Relation participant{0, 1, RelationType::participant};
  participant.implied = true;
  EXPECT_EQ(relation_label(participant), "");
  participant.label = "host";
  EXPECT_EQ(relation_label(participant), "host");
}

TEST(GraphText, EntityTooltipSaysKindRoleAndAffiliation) {
  const EventGraph graph = testing::sample_graph();
  EXPECT_EQ(entity_tooltip(graph, *graph.find("kwak-noh-jung"), Language::ko),
            "곽노정\nKwak Noh-jung\nkind: person\nrole: CEO\naffiliation: SK하이닉스");
}

}  // namespace
}  // namespace chronograph::detail::graph_view
