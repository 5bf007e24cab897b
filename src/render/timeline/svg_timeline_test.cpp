#include <gtest/gtest.h>

#include <fstream>

#include <pugixml.hpp>

#include "chronograph/render.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string render_article(Language language) {
  RenderOptions options;
  options.language = language;
  const auto result = render_timeline_svg(testing::article_graph(), {}, options);
  EXPECT_TRUE(result.ok());
  return result.value.value_or("");
}

TEST(TimelineSvg, ArticleExampleIsWrittenForViewing) {
  for (const Language language : {Language::ko, Language::en}) {
    const std::string svg = render_article(language);
    std::ofstream(testing::binary_dir() / (language == Language::ko ? "timeline-article-ko.svg"
                                                                    : "timeline-article-en.svg"))
        << svg;
    pugi::xml_document document;
    EXPECT_TRUE(document.load_string(svg.c_str()));
  }
}

}  // namespace
}  // namespace chronograph
