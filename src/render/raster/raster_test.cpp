#include "render/raster/raster.hpp"

#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph::detail {
namespace {

using Image = std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)>;

struct Size {
  double width = 0;
  double height = 0;
};

std::string rasterise(std::string_view svg, RasterFormat format, double scale = 1) {
  const Result<std::string> out = rasterise_svg(svg, {format, scale}, "test.svg");
  EXPECT_TRUE(out.ok()) << (out.diagnostics.empty() ? "" : out.diagnostics[0].message);
  return out.value.value_or("");
}

// Width and height from the PNG's IHDR chunk, which follows the 8-byte signature.
Size png_size(const std::string& png) {
  EXPECT_GE(png.size(), 24U);
  EXPECT_EQ(png.substr(0, 8), std::string("\x89PNG\r\n\x1a\n", 8));
  if (png.size() < 24) return {};
  const auto be32 = [&](std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
      value = (value << 8) | static_cast<unsigned char>(png[at + i]);
    return static_cast<double>(value);
  };
  return {be32(16), be32(20)};
}

// The first page's MediaBox (cairo 1.16 writes page dictionaries uncompressed).
Size pdf_page(const std::string& pdf) {
  EXPECT_TRUE(pdf.starts_with("%PDF-1.")) << pdf.substr(0, 16);
  EXPECT_NE(pdf.find("%%EOF"), std::string::npos);
  const std::size_t at = pdf.find("/MediaBox [");
  Size size{};
  if (at == std::string::npos ||
      std::sscanf(pdf.c_str() + at, "/MediaBox [ 0 0 %lf %lf", &size.width, &size.height) != 2) {
    ADD_FAILURE() << "no MediaBox";
    return {};
  }
  return size;
}

Image decode(const std::string& png) {
  struct Reader {
    const std::string* bytes;
    std::size_t at = 0;
  } reader{&png};
  const auto read = [](void* closure, unsigned char* data, unsigned int length) {
    auto* r = static_cast<Reader*>(closure);
    if (r->bytes->size() - r->at < length) return CAIRO_STATUS_READ_ERROR;
    std::memcpy(data, r->bytes->data() + r->at, length);
    r->at += length;
    return CAIRO_STATUS_SUCCESS;
  };
  Image image(cairo_image_surface_create_from_png_stream(read, &reader), cairo_surface_destroy);
  EXPECT_EQ(cairo_surface_status(image.get()), CAIRO_STATUS_SUCCESS);
  return image;
}

// 0xRRGGBB of an opaque pixel (ARGB32 is premultiplied; opaque pixels are unchanged by that).
std::uint32_t pixel(cairo_surface_t* image, int x, int y) {
  cairo_surface_flush(image);
  const unsigned char* row = cairo_image_surface_get_data(image) +
                             static_cast<std::ptrdiff_t>(y) * cairo_image_surface_get_stride(image);
  std::uint32_t argb = 0;
  std::memcpy(&argb, row + 4 * static_cast<std::ptrdiff_t>(x), 4);
  return argb & 0xffffffU;
}

bool near(std::uint32_t rgb, std::uint32_t want, int tolerance) {
  for (const int shift : {16, 8, 0}) {
    const int a = static_cast<int>((rgb >> shift) & 0xffU);
    const int b = static_cast<int>((want >> shift) & 0xffU);
    if (std::abs(a - b) > tolerance) return false;
  }
  return true;
}

std::string svg_of(double width, double height, std::string_view unit = "",
                   std::string_view body = "") {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(width) +
         std::string(unit) + "\" height=\"" + std::to_string(height) + std::string(unit) + "\">" +
         std::string(body) + "</svg>";
}

TEST(Raster, PngIsTheSvgsSizeTimesTheScale) {
  const std::string svg = svg_of(40, 30);
  EXPECT_EQ(png_size(rasterise(svg, RasterFormat::png)).width, 40);
  EXPECT_EQ(png_size(rasterise(svg, RasterFormat::png)).height, 30);
  EXPECT_EQ(png_size(rasterise(svg, RasterFormat::png, 2)).width, 80);
  EXPECT_EQ(png_size(rasterise(svg, RasterFormat::png, 2)).height, 60);
  // Graphviz writes points: 96 dpi makes 30 pt 40 px, as a browser does.
  EXPECT_EQ(png_size(rasterise(svg_of(30, 15, "pt"), RasterFormat::png)).width, 40);
  EXPECT_EQ(png_size(rasterise(svg_of(30, 15, "pt"), RasterFormat::png)).height, 20);
  // A fractional size is rounded up, so nothing is cut off.
  EXPECT_EQ(png_size(rasterise(svg_of(10.2, 10), RasterFormat::png)).width, 11);
}

TEST(Raster, WithoutWidthAndHeightTheViewBoxIsThePage) {
  const std::string svg = R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 20"/>)";
  EXPECT_EQ(png_size(rasterise(svg, RasterFormat::png)).width, 50);
  const Result<std::string> none =
      rasterise_svg(R"(<svg xmlns="http://www.w3.org/2000/svg"/>)", {}, "test.svg");
  ASSERT_FALSE(none.value);
  ASSERT_EQ(none.diagnostics.size(), 1U);
  EXPECT_EQ(none.diagnostics[0].message,
            "the SVG has no width and height and no viewBox: no page size");
}

TEST(Raster, PngShowsTheStylesheetsColours) {
  // Colours come from a <style> class, as the views' SVGs set them.
  const std::string svg = svg_of(40, 30, "",
                                 "<style>.box { fill: #ff0000; } .page { fill: #ffffff; }</style>"
                                 R"(<rect class="page" width="40" height="30"/>)"
                                 R"(<rect class="box" x="10" y="10" width="10" height="10"/>)");
  const Image image = decode(rasterise(svg, RasterFormat::png));
  EXPECT_EQ(pixel(image.get(), 15, 15), 0xff0000U);
  EXPECT_EQ(pixel(image.get(), 5, 5), 0xffffffU);
  EXPECT_EQ(pixel(image.get(), 25, 15), 0xffffffU);
  const Image doubled = decode(rasterise(svg, RasterFormat::png, 2));
  EXPECT_EQ(pixel(doubled.get(), 39, 39), 0xff0000U);
  EXPECT_EQ(pixel(doubled.get(), 41, 41), 0xffffffU);
}

TEST(Raster, PdfPageIsTheSvgsSizeInPoints) {
  const std::string pdf = rasterise(svg_of(400, 300), RasterFormat::pdf);
  const Size page = pdf_page(pdf);
  EXPECT_DOUBLE_EQ(page.width, 300);
  EXPECT_DOUBLE_EQ(page.height, 225);
  // No creation date: the same SVG gives the same bytes.
  EXPECT_EQ(pdf.find("/CreationDate"), std::string::npos);
  EXPECT_EQ(rasterise(svg_of(400, 300), RasterFormat::pdf), pdf);
}

TEST(Raster, MalformedSvgIsAnErrorDiagnostic) {
  for (const std::string_view bad :
       {std::string_view(""), std::string_view("<svg"), std::string_view("not xml at all"),
        std::string_view("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                         "<rect></svg>")}) {
    for (const RasterFormat format : {RasterFormat::png, RasterFormat::pdf}) {
      const Result<std::string> out = rasterise_svg(bad, {format}, "in.yaml");
      EXPECT_FALSE(out.value) << bad;
      ASSERT_EQ(out.diagnostics.size(), 1U) << bad;
      EXPECT_EQ(out.diagnostics[0].severity, Severity::error);
      EXPECT_EQ(out.diagnostics[0].range.file, "in.yaml");
      EXPECT_TRUE(out.diagnostics[0].message.starts_with("cannot read the SVG: ")) << bad;
    }
  }
}

TEST(Raster, PagesOverTheLimitsAreErrorsNotAllocations) {
  const Result<std::string> wide = rasterise_svg(svg_of(40000, 10), {}, "in.yaml");
  EXPECT_FALSE(wide.value);
  ASSERT_EQ(wide.diagnostics.size(), 1U);
  EXPECT_EQ(wide.diagnostics[0].message,
            "the PNG picture would be 40000 × 10 px, more than 32767 px on a side (see "
            "docs/limits.md); render svg instead");
  // 20000 × 10 fits, but not at twice the size.
  EXPECT_TRUE(rasterise_svg(svg_of(20000, 10), {}, "in.yaml").ok());
  EXPECT_FALSE(rasterise_svg(svg_of(20000, 10), {RasterFormat::png, 2}, "in.yaml").value);
  const Result<std::string> big = rasterise_svg(svg_of(20000, 20000), {}, "in.yaml");
  EXPECT_FALSE(big.value);
  ASSERT_EQ(big.diagnostics.size(), 1U);
  EXPECT_EQ(big.diagnostics[0].message,
            "the PNG would be 20000 × 20000 px, more than 67108864 pixels (see docs/limits.md); "
            "render svg or pdf instead");
  // PDF is vector: the pixel count does not apply, the side does.
  EXPECT_TRUE(rasterise_svg(svg_of(20000, 20000), {RasterFormat::pdf}, "in.yaml").ok());
  EXPECT_FALSE(rasterise_svg(svg_of(40000, 10), {RasterFormat::pdf}, "in.yaml").value);
  EXPECT_FALSE(rasterise_svg(svg_of(10, 10), {RasterFormat::png, 0}, "in.yaml").value);
}

struct Example {
  std::string text;
  Loaded loaded;
};

Example load_example(const std::string& name) {
  Example example{testing::slurp(testing::source_dir() / "graphs" / name), {}};
  example.loaded = load(example.text, "graphs/" + name);
  EXPECT_TRUE(example.loaded.ok()) << name;
  return example;
}

std::string render_view(const Example& example, View view, Format format) {
  if (!example.loaded.graph) return "";
  RenderOptions options;
  options.view = view;
  options.format = format;
  const Result<std::string> out = render(*example.loaded.graph, example.loaded.report, options);
  EXPECT_TRUE(out.ok()) << format_diagnostics(out.diagnostics, example.text);
  return out.value.value_or("");
}

// The root element's width or height in CSS px (Graphviz writes pt).
double svg_length(const std::string& svg, const std::string& attribute) {
  pugi::xml_document document;
  EXPECT_TRUE(document.load_string(svg.c_str()));
  const std::string value = document.child("svg").attribute(attribute.c_str()).value();
  if (value.empty()) {
    ADD_FAILURE() << "no " << attribute;
    return 0;
  }
  return std::stod(value) * (value.ends_with("pt") ? 4.0 / 3.0 : 1.0);
}

TEST(Raster, EveryViewOfEveryExampleIsItsSvgsSize) {
  for (const std::string name :
       {"altman-korea-2024.yaml", "apollo-11-1969.yaml", "roman-republic.yaml"}) {
    const Example example = load_example(name);
    for (const View view : {View::timeline, View::storyline, View::graph}) {
      SCOPED_TRACE(name + " view " + std::to_string(static_cast<int>(view)));
      const std::string svg = render_view(example, view, Format::svg);
      const double width = svg_length(svg, "width");
      const double height = svg_length(svg, "height");
      const Size png = png_size(render_view(example, view, Format::png));
      EXPECT_EQ(png.width, std::ceil(width));
      EXPECT_EQ(png.height, std::ceil(height));
      const Size page = pdf_page(render_view(example, view, Format::pdf));
      EXPECT_NEAR(page.width, width * 0.75, 0.01);
      EXPECT_NEAR(page.height, height * 0.75, 0.01);
    }
  }
}

TEST(Raster, CancelledStrikesAreDrawnInTheTimelinePicture) {
  // The Graphviz picture lost the strike over a cancelled event and its legend swatch; the
  // rasterised SVG keeps every `<line class="strike">` in its #b00020.
  const Example example = load_example("apollo-11-1969.yaml");
  const std::string svg = render_view(example, View::timeline, Format::svg);
  ASSERT_NE(svg.find("status-cancelled"), std::string::npos);
  // Twice the size, so a 1.6 px stroke covers whole device pixels.
  const Image image = decode(rasterise(svg, RasterFormat::png, 2));
  pugi::xml_document document;
  ASSERT_TRUE(document.load_string(svg.c_str()));
  int strikes = 0;
  for (const pugi::xpath_node& found : document.select_nodes("//line[@class='strike']")) {
    ++strikes;
    const pugi::xml_node line = found.node();
    const double x = (line.attribute("x1").as_double() + line.attribute("x2").as_double()) / 2;
    const double y = line.attribute("y1").as_double();
    const std::uint32_t rgb = pixel(image.get(), static_cast<int>(x * 2), static_cast<int>(y * 2));
    EXPECT_TRUE(near(rgb, 0xb00020U, 24))
        << "strike at " << x << "," << y << ": " << std::hex << rgb;
  }
  EXPECT_EQ(strikes, 2);  // the skipped rest period and the legend's "cancelled"
}

}  // namespace
}  // namespace chronograph::detail
