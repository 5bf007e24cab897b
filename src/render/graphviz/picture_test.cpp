#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string render_example(View view, Format format) {
  const std::string text = testing::slurp(testing::source_dir() / "graphs/altman-korea-2024.yaml");
  const Loaded loaded = load(text, "graphs/altman-korea-2024.yaml");
  EXPECT_TRUE(loaded.ok());
  if (!loaded.graph) return "";
  RenderOptions options;
  options.view = view;
  options.format = format;
  options.language = Language::ko;
  const Result<std::string> out = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(out.ok()) << format_diagnostics(out.diagnostics, text);
  return out.value.value_or("");
}

TEST(Picture, PngOfEveryViewIsAPngOfSomeSize) {
  for (const View view : {View::timeline, View::graph}) {
    const std::string png = render_example(view, Format::png);
    ASSERT_GE(png.size(), 8U);
    EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
    EXPECT_GT(png.size(), 20'000U);  // a drawing with text, not an empty canvas
  }
}

TEST(Picture, PdfOfEveryViewIsAPdfOfSomeSize) {
  for (const View view : {View::timeline, View::graph}) {
    const std::string pdf = render_example(view, Format::pdf);
    EXPECT_TRUE(pdf.starts_with("%PDF-1.")) << pdf.substr(0, 16);
    EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
    EXPECT_GT(pdf.size(), 10'000U);
  }
}

TEST(Picture, PinnedTimelineKeepsTheLayoutsPageSize) {
  // The PNG header carries width and height; nop2 with notranslate keeps the `bb` the DOT wrote.
  const std::string png = render_example(View::timeline, Format::png);
  ASSERT_GE(png.size(), 24U);
  const auto be32 = [&](std::size_t at) {
    return (static_cast<unsigned>(static_cast<unsigned char>(png[at])) << 24) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 1])) << 16) |
           (static_cast<unsigned>(static_cast<unsigned char>(png[at + 2])) << 8) |
           static_cast<unsigned>(static_cast<unsigned char>(png[at + 3]));
  };
  const std::string svg = render_example(View::timeline, Format::svg);
  const auto width_at = svg.find("width=\"") + 7;
  const double width = std::stod(svg.substr(width_at, svg.find('"', width_at) - width_at));
  // gvc renders 72 points per inch at 96 dpi: 4/3 pixels per point. The drawing's own extent can
  // end a little inside the layout's page (the example's is 15 pt narrower), never outside it.
  EXPECT_LE(be32(16), width * 4 / 3 + 2);
  EXPECT_GE(be32(16), width * 4 / 3 * 0.95);
}

}  // namespace
}  // namespace chronograph
