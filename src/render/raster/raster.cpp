#include "render/raster/raster.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <fmt/format.h>
#include <librsvg/rsvg.h>

#include <cmath>
#include <memory>
#include <utility>

namespace chronograph::detail {

namespace {

// PDF pages are measured in points; the SVG is in CSS pixels at 96 per inch.
constexpr double points_per_px = 72.0 / 96.0;

struct GObjectUnref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
struct GErrorFree {
  void operator()(GError* error) const { g_error_free(error); }
};
struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using Handle = std::unique_ptr<RsvgHandle, GObjectUnref>;
using Error = std::unique_ptr<GError, GErrorFree>;
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using Context = std::unique_ptr<cairo_t, ContextDestroy>;

// cairo's stream writers call this from C: nothing may escape it, so a failed append (out of
// memory) becomes cairo's write error and then our diagnostic.
cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

struct Page {
  double width = 0;  // CSS px
  double height = 0;
};

Result<Page> page_of(RsvgHandle* handle, const SourceRange& where) {
  Page page;
  if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &page.width, &page.height)) {
    // No absolute width and height (missing or in %): the viewBox is the page, as a browser
    // sizes an SVG opened on its own.
    gboolean has_viewbox = FALSE;
    RsvgRectangle viewbox{};
    rsvg_handle_get_intrinsic_dimensions(handle, nullptr, nullptr, nullptr, nullptr, &has_viewbox,
                                         &viewbox);
    if (!has_viewbox)
      return {std::nullopt,
              {make_error(where, "the SVG has no width and height and no viewBox: no page size")}};
    page = {viewbox.width, viewbox.height};
  }
  // Written so that NaN fails too.
  if (!(page.width > 0 && page.height > 0))
    return {std::nullopt,
            {make_error(where, fmt::format("the SVG's page is empty ({} × {} px)", page.width,
                                           page.height))}};
  return {page, {}};
}

// The limits of docs/limits.md, checked before any surface is allocated.
Diagnostics check_size(const Page& page, const RasterOptions& options, const SourceRange& where) {
  constexpr auto side = static_cast<double>(limits::max_picture_side);
  constexpr auto pixels = static_cast<double>(limits::max_picture_pixels);
  const bool png = options.format == RasterFormat::png;
  const double scale = png ? options.scale : 1;
  const double width = std::ceil(page.width * scale);
  const double height = std::ceil(page.height * scale);
  if (width > side || height > side)
    return {make_error(where,
                       fmt::format("the {} picture would be {:.0f} × {:.0f} px, more than "
                                   "{} px on a side (see docs/limits.md); render svg "
                                   "instead",
                                   png ? "PNG" : "PDF", width, height, limits::max_picture_side))};
  if (png && width * height > pixels)
    return {make_error(where, fmt::format("the PNG would be {:.0f} × {:.0f} px, more than {} "
                                          "pixels (see docs/limits.md); render svg or pdf instead",
                                          width, height, limits::max_picture_pixels))};
  return {};
}

Surface make_surface(const Page& page, const RasterOptions& options, std::string* pdf_bytes) {
  if (options.format == RasterFormat::png)
    return Surface(cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, static_cast<int>(std::ceil(page.width * options.scale)),
        static_cast<int>(std::ceil(page.height * options.scale))));
  Surface surface(cairo_pdf_surface_create_for_stream(append, pdf_bytes, page.width * points_per_px,
                                                      page.height * points_per_px));
  // cairo stamps the current time as /CreationDate by default; an invalid date drops the entry,
  // so the same SVG gives the same PDF bytes, as every other format does.
  if (cairo_surface_status(surface.get()) == CAIRO_STATUS_SUCCESS)
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "");
  return surface;
}

Diagnostic cairo_error(const SourceRange& where, cairo_status_t status) {
  return make_error(
      where, fmt::format("cannot draw the picture: cairo: {}", cairo_status_to_string(status)));
}

Result<std::string> draw(RsvgHandle* handle, const Page& page, const RasterOptions& options,
                         const SourceRange& where) {
  // Declared before the surface: a PDF surface writes into it until it is finished.
  std::string bytes;
  const Surface surface = make_surface(page, options, &bytes);
  if (const cairo_status_t status = cairo_surface_status(surface.get()))
    return {std::nullopt, {cairo_error(where, status)}};
  {
    const Context cr(cairo_create(surface.get()));
    if (const cairo_status_t status = cairo_status(cr.get()))
      return {std::nullopt, {cairo_error(where, status)}};
    const double scale = options.format == RasterFormat::png ? options.scale : points_per_px;
    cairo_scale(cr.get(), scale, scale);
    const RsvgRectangle viewport{0, 0, page.width, page.height};
    GError* raw_error = nullptr;
    if (!rsvg_handle_render_document(handle, cr.get(), &viewport, &raw_error)) {
      const Error error(raw_error);
      return {std::nullopt,
              {make_error(where, fmt::format("cannot draw the picture: {}",
                                             error ? error->message : "librsvg"))}};
    }
    if (const cairo_status_t status = cairo_status(cr.get()))
      return {std::nullopt, {cairo_error(where, status)}};
  }
  cairo_status_t status = CAIRO_STATUS_SUCCESS;
  if (options.format == RasterFormat::png) {
    status = cairo_surface_write_to_png_stream(surface.get(), append, &bytes);
  } else {
    cairo_surface_finish(surface.get());
    status = cairo_surface_status(surface.get());
  }
  if (status != CAIRO_STATUS_SUCCESS) return {std::nullopt, {cairo_error(where, status)}};
  return {std::move(bytes), {}};
}

}  // namespace

Result<std::string> rasterise_svg(std::string_view svg, const RasterOptions& options,
                                  std::string_view source_name) {
  const SourceRange where{std::string(source_name), {}, {}};
  if (options.format == RasterFormat::png && !(options.scale > 0 && std::isfinite(options.scale)))
    return {
        std::nullopt,
        {make_error(where, fmt::format("PNG scale {} is not a positive number", options.scale))}};
  GError* raw_error = nullptr;
  // new_from_data gives no base URL, so the SVG cannot pull in files or URLs, and keeps
  // librsvg's own XML limits (no RSVG_HANDLE_FLAG_UNLIMITED).
  const Handle handle(rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()),
                                                svg.size(), &raw_error));
  const Error error(raw_error);
  if (!handle)
    return {std::nullopt,
            {make_error(where, fmt::format("cannot read the SVG: {}",
                                           error ? error->message : "librsvg"))}};
  // 96 dpi is CSS's pixel: Graphviz's `pt` lengths become 4/3 px, as in a browser.
  rsvg_handle_set_dpi(handle.get(), 96);
  const Result<Page> page = page_of(handle.get(), where);
  if (!page.value) return {std::nullopt, page.diagnostics};
  if (Diagnostics too_big = check_size(*page.value, options, where); !too_big.empty())
    return {std::nullopt, std::move(too_big)};
  return draw(handle.get(), *page.value, options, where);
}

}  // namespace chronograph::detail
