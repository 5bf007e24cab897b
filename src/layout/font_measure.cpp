// FontTextMeasure: advance widths from the installed fonts, resolved by fontconfig, opened by
// FreeType, shaped by HarfBuzz. Decisions are in docs/timeline.md ("Text measurement").

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb-ft.h>
#include <hb.h>

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <utility>

#include "chronograph/layout.hpp"
#include "layout/text.hpp"

namespace chronograph {

namespace {

// CSS generic families: fontconfig resolves them through its aliases, so a match for one says
// nothing about whether a named family is installed.
constexpr std::array<std::string_view, 6> generic_families = {"serif",   "sans-serif", "monospace",
                                                              "cursive", "fantasy",    "system-ui"};

bool is_generic(std::string_view family) {
  return std::find(generic_families.begin(), generic_families.end(), family) !=
         generic_families.end();
}

bool same_family(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) ==
           std::tolower(static_cast<unsigned char>(y));
  });
}

std::string string_property(FcPattern* pattern, const char* property, int n = 0) {
  FcChar8* value = nullptr;
  if (FcPatternGetString(pattern, property, n, &value) != FcResultMatch) return {};
  return reinterpret_cast<const char*>(value);
}

// One font of the fallback list. `charset` belongs to the font set's pattern; the face is opened
// the first time a code point needs it.
struct Font {
  FcPattern* pattern = nullptr;
  FcCharSet* charset = nullptr;
  std::string file;
  int index = 0;
  FT_Face face = nullptr;
  hb_font_t* shaper = nullptr;  // HarfBuzz's view of `face`, in design units
  bool failed = false;          // FreeType could not open it: skipped from then on
};

constexpr char32_t bmp_size = 0x10000;

}  // namespace

struct FontTextMeasure::Fonts {
  Language language = Language::en;
  FcConfig* config = nullptr;
  FcFontSet* sorted = nullptr;
  FT_Library freetype = nullptr;
  std::vector<Font> fonts;  // fallback order: fontconfig's sort of the requested families

  // One lock per width() call: FreeType faces are not safe to share between threads, and the
  // caches fill lazily. Advances are kept in ems (design units / units per em), so one entry
  // serves every font size.
  std::mutex mutex;
  std::vector<double> bmp_ems = std::vector<double>(bmp_size, -1.0);
  std::unordered_map<char32_t, double> astral_ems;
  hb_buffer_t* buffer = hb_buffer_create();

  Fonts() = default;
  Fonts(const Fonts&) = delete;
  Fonts& operator=(const Fonts&) = delete;
  ~Fonts() {
    hb_buffer_destroy(buffer);
    for (Font& font : fonts) {
      if (font.shaper != nullptr) hb_font_destroy(font.shaper);
      if (font.face != nullptr) FT_Done_Face(font.face);
    }
    if (freetype != nullptr) FT_Done_FreeType(freetype);
    if (sorted != nullptr) FcFontSetDestroy(sorted);
    if (config != nullptr) FcConfigDestroy(config);
  }

  FT_Face face_of(Font& font) {
    if (font.face == nullptr && !font.failed) {
      font.failed = FT_New_Face(freetype, font.file.c_str(), font.index, &font.face) != 0;
      if (!font.failed) {
        hb_face_t* face = hb_ft_face_create_referenced(font.face);
        font.shaper = hb_font_create(face);  // scale: units per em
        hb_face_destroy(face);
      }
    }
    return font.failed ? nullptr : font.face;
  }

  // The font that draws `c` and its glyph there.
  std::optional<std::pair<Font*, FT_UInt>> glyph_of(char32_t c) {
    for (Font& font : fonts) {
      if (font.charset == nullptr || !FcCharSetHasChar(font.charset, c)) continue;
      const FT_Face face = face_of(font);
      if (face == nullptr) continue;
      if (const FT_UInt glyph = FT_Get_Char_Index(face, c); glyph != 0) {
        return std::pair{&font, glyph};
      }
    }
    return std::nullopt;
  }

  double measure_ems(char32_t c) {
    // SVG text turns tabs and line breaks into spaces before drawing.
    if (c < 0x20) c = U' ';
    std::optional<std::pair<Font*, FT_UInt>> found = glyph_of(c);
    if (!found) {
      // No font has it: the browser draws the first font's missing-glyph box.
      for (Font& font : fonts)
        if (face_of(font) != nullptr) {
          found = std::pair{&font, FT_UInt{0}};
          break;
        }
      if (!found) return 0;
    }
    return shaped_ems(*found->first, c);
  }

  // HarfBuzz applies the font's language forms (locl): Noto Sans CJK's Korean space is 0.28 em,
  // its default one 0.224 em. A character of no script of its own (space, digits, punctuation)
  // takes the page's main script, as it does between the letters around it in a browser.
  double shaped_ems(const Font& font, char32_t c) {
    hb_buffer_clear_contents(buffer);
    const auto code_point = static_cast<hb_codepoint_t>(c);
    hb_buffer_add_codepoints(buffer, &code_point, 1, 0, 1);
    hb_script_t script = hb_unicode_script(hb_unicode_funcs_get_default(), code_point);
    if (script == HB_SCRIPT_COMMON || script == HB_SCRIPT_INHERITED || script == HB_SCRIPT_UNKNOWN)
      script = language == Language::ko ? HB_SCRIPT_HANGUL : HB_SCRIPT_LATIN;
    hb_buffer_set_script(buffer, script);
    hb_buffer_set_direction(buffer, HB_DIRECTION_LTR);
    hb_buffer_set_language(buffer,
                           hb_language_from_string(language == Language::ko ? "ko" : "en", -1));
    hb_shape(font.shaper, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    hb_position_t advance = 0;
    for (unsigned i = 0; i < count; ++i) advance += positions[i].x_advance;
    return static_cast<double>(advance) / font.face->units_per_EM;
  }

  double ems(char32_t c) {
    if (c < bmp_size) {
      double& cached = bmp_ems[c];
      if (cached < 0) cached = measure_ems(c);
      return cached;
    }
    const auto [at, inserted] = astral_ems.try_emplace(c, 0.0);
    if (inserted) at->second = measure_ems(c);
    return at->second;
  }
};

std::vector<std::string> FontTextMeasure::default_families() {
  // The stack src/render/timeline/svg_writer.cpp writes into font-family (a test keeps the two
  // equal), so the layout measures with the font the viewer draws with.
  return {"Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", "sans-serif"};
}

Result<FontTextMeasure> FontTextMeasure::open(Language language,
                                              const std::vector<std::string>& families) {
  Result<FontTextMeasure> result;
  auto fonts = std::make_unique<Fonts>();
  fonts->language = language;
  fonts->config = FcInitLoadConfigAndFonts();
  if (fonts->config == nullptr) {
    result.diagnostics.push_back(make_error({}, "fontconfig could not load its configuration"));
    return result;
  }
  if (FT_Init_FreeType(&fonts->freetype) != 0) {
    result.diagnostics.push_back(make_error({}, "FreeType could not start"));
    return result;
  }

  FcPattern* pattern = FcPatternCreate();
  for (const std::string& family : families)
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  // Pinned, so the user's locale does not reorder the fallback fonts.
  FcPatternAddString(pattern, FC_LANG, reinterpret_cast<const FcChar8*>("ko"));
  FcConfigSubstitute(fonts->config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult sort_result = FcResultNoMatch;
  fonts->sorted = FcFontSort(fonts->config, pattern, FcTrue, nullptr, &sort_result);
  FcPatternDestroy(pattern);

  if (fonts->sorted != nullptr) {
    for (int i = 0; i < fonts->sorted->nfont; ++i) {
      Font font;
      font.pattern = fonts->sorted->fonts[i];
      font.file = string_property(font.pattern, FC_FILE);
      FcPatternGetInteger(font.pattern, FC_INDEX, 0, &font.index);
      FcPatternGetCharSet(font.pattern, FC_CHARSET, 0, &font.charset);
      FcBool scalable = FcTrue;
      FcPatternGetBool(font.pattern, FC_SCALABLE, 0, &scalable);
      if (!font.file.empty() && font.charset != nullptr && scalable)
        fonts->fonts.push_back(std::move(font));
    }
  }
  const auto usable = std::find_if(fonts->fonts.begin(), fonts->fonts.end(),
                                   [&](Font& font) { return fonts->face_of(font) != nullptr; });
  if (usable == fonts->fonts.end()) {
    result.diagnostics.push_back(make_error({}, "fontconfig found no font to measure text with"));
    return result;
  }

  const std::string primary = string_property(usable->pattern, FC_FAMILY);
  bool named_installed = false;
  for (int n = 0; !named_installed; ++n) {
    const std::string name = string_property(usable->pattern, FC_FAMILY, n);
    if (name.empty()) break;
    named_installed = std::any_of(families.begin(), families.end(), [&](const std::string& f) {
      return !is_generic(f) && same_family(f, name);
    });
  }
  std::string wanted;
  for (const std::string& family : families)
    if (!is_generic(family)) wanted += fmt::format("{}'{}'", wanted.empty() ? "" : ", ", family);
  if (!named_installed && !wanted.empty()) {
    result.diagnostics.push_back(make_warning(
        {},
        fmt::format("no font of {} is installed; text is measured with '{}'", wanted, primary)));
  }
  result.value.emplace(FontTextMeasure(std::move(fonts)));
  return result;
}

FontTextMeasure::FontTextMeasure(std::unique_ptr<Fonts> fonts) : fonts_(std::move(fonts)) {}
FontTextMeasure::FontTextMeasure(FontTextMeasure&&) noexcept = default;
FontTextMeasure& FontTextMeasure::operator=(FontTextMeasure&&) noexcept = default;
FontTextMeasure::~FontTextMeasure() = default;

double FontTextMeasure::width(std::string_view utf8, double font_size) const {
  double ems = 0;
  const std::lock_guard lock(fonts_->mutex);
  for (std::size_t pos = 0; pos < utf8.size();)
    ems += fonts_->ems(detail::next_code_point(utf8, pos));
  return ems * font_size;
}

std::string FontTextMeasure::family_of(char32_t code_point) const {
  const std::lock_guard lock(fonts_->mutex);
  const auto found = fonts_->glyph_of(code_point);
  return found ? string_property(found->first->pattern, FC_FAMILY) : std::string();
}

}  // namespace chronograph
