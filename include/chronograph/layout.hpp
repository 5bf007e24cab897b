#pragma once
// Layout stage: reasoned events in, scenes out (chronograph/scene.hpp): where every part of the
// timeline and the storyline goes, in page units. Computed by chronograph itself in
// O(n log n); renderers only draw what a scene holds. docs/timeline.md, docs/storyline.md.

#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "chronograph/scene.hpp"
#include "chronograph/time.hpp"

namespace chronograph {

// How wide a text is drawn. The estimate below can be replaced by a real font measurer.
class TextMeasure {
 public:
  virtual ~TextMeasure() = default;
  [[nodiscard]] virtual double width(std::string_view utf8, double font_size) const = 0;
};

// Per character class: Hangul/CJK 1.0 em, digits and Latin 0.55 em (capitals 0.65), space 0.3 em.
class EstimatedTextMeasure final : public TextMeasure {
 public:
  [[nodiscard]] double width(std::string_view utf8, double font_size) const override;
};

// Advance widths from installed fonts, resolved once through fontconfig from a CSS-like family
// list; each code point is measured with the first font of the sorted list that has it, as a
// browser falls back, and shaped alone by HarfBuzz in the page's language (Noto Sans CJK draws a
// wider space in Korean text). Kerning is ignored. Opening reads the fontconfig setup (files and
// its environment variables), so the library never opens one by itself: callers opt in and pass
// it as LayoutOptions::measure. width() may be called from several threads at once.
class FontTextMeasure final : public TextMeasure {
 public:
  // The font-family stack the SVGs declare, first choice first.
  [[nodiscard]] static std::vector<std::string> default_families();
  // An error when fontconfig finds no usable font at all; a warning when none of the named
  // families is installed and a substitute (the generic family) measures instead.
  // `language` is the page's (the SVG's lang attribute).
  [[nodiscard]] static Result<FontTextMeasure> open(
      Language language, const std::vector<std::string>& families = default_families());

  FontTextMeasure(FontTextMeasure&&) noexcept;
  FontTextMeasure& operator=(FontTextMeasure&&) noexcept;
  ~FontTextMeasure() override;

  [[nodiscard]] double width(std::string_view utf8, double font_size) const override;
  // Family name of the font that draws `code_point`; empty when no font has it.
  [[nodiscard]] std::string family_of(char32_t code_point) const;

 private:
  struct Fonts;
  explicit FontTextMeasure(std::unique_ptr<Fonts> fonts);
  std::unique_ptr<Fonts> fonts_;
};

// What the axis gives room to: one event's finite [lo, hi] (an open side is clipped to its
// finite bound and flagged) and how precisely it is known, in seconds (0: exactly). A segment
// never ticks finer than the most precise span that meets it, up to a day.
struct AxisSpan {
  Seconds lo = 0;
  Seconds hi = 0;
  bool open_before = false;
  bool open_after = false;
  Seconds resolution = 0;
  // A bar's sides (the timeline's; the storyline's room around a point has none): its start lies
  // in [lo, starts_by], its end in [ends_from, hi]. A long span does not stretch the axis, but
  // each finite side of one known to within the long-span limit gets room of its own, so the bar
  // begins and ends where the axis can show it rather than inside a scale break.
  bool has_sides = false;
  Seconds starts_by = 0;
  Seconds ends_from = 0;
};

struct AxisOptions {
  Language language = Language::en;
  std::string zone = "UTC";  // the document's: its calendar places ticks and snaps segments
  // The document's calendar: Julian months and years for ticks, labels marked "(Julian)".
  Calendar calendar = Calendar::gregorian;
  // A second zone with tick rows of its own above the document zone's; empty: none. It must be
  // a zone (Zone::find); the renderers check the user's choice first.
  std::string second_zone;
  // Empty stretches longer than this become scale breaks.
  Seconds break_threshold = 36 * 3600;
  // The width left over after every segment's minimum is shared by how many spans meet a
  // segment (this share) and by the log of its length (the rest).
  double count_share = 0.7;
  // The storyline's meetings are points: a segment whose first or last span is an instant on a
  // unit boundary (10:00) gets one more unit on that side, so no point sits on its edge.
  bool points_need_air = false;
  double left = 0;                       // x where the first segment starts
  double width = 0;                      // room for segments and breaks
  double top = 0;                        // y of the first tick row
  double font_size = 11;                 // tick, break and zone labels
  const TextMeasure* measure = nullptr;  // nullptr: EstimatedTextMeasure
  // Where zone names are written (the lane-header column), when there are two zones.
  double zone_label_left = 0;
  double zone_label_width = 0;
};

// The time axis both views draw: segments and scale breaks from the spans (docs/timeline.md,
// "Segments and scale breaks"), their widths, and the tick rows. O(n log n).
[[nodiscard]] Axis layout_axis(std::span<const AxisSpan> spans, const AxisOptions& options);

// What a lane groups: the first participant, the place, the first participant's entity kind
// (person, organisation, …), or nothing (one lane).
enum class LaneGrouping { participant, place, kind, none };

struct LayoutOptions {
  Language language = Language::en;
  // Empty spans (no event's [earliest, latest] covers them) longer than this become scale breaks.
  Seconds break_threshold = 36 * 3600;
  double page_width = 1400;
  double font_size = 12;
  const TextMeasure* measure = nullptr;  // nullptr: EstimatedTextMeasure
  LaneGrouping lanes = LaneGrouping::participant;
  // A second time zone for the axis (IANA name or offset, as in files; "UTC"): its own tick rows
  // above the document zone's. Empty: none. An unknown zone is the renderer's error to report.
  std::string second_zone;
  // Ids of events a thinned page draws as marks before any other (level of detail,
  // docs/timeline.md); ids that name no event are ignored.
  std::vector<std::string> focus;
};

// Layout stage entry. Deterministic: ties are broken by file order. Reads Event::start / end as
// the reason stage left them (falling back to the stated bounds when it has not run); `report` is
// part of the contract for orderings the layout may use later and is not read yet.
[[nodiscard]] TimelineScene layout_timeline(const EventGraph& graph, const ReasonReport& report,
                                            const LayoutOptions& options);

// Localised names used by the layout and the renderers.
[[nodiscard]] std::string_view legend_text(LegendKey key, Language language);
[[nodiscard]] std::string_view status_text(EventStatus status, Language language);
// Stable machine name of a legend key ("scale-break"), for CSS classes and data attributes.
[[nodiscard]] std::string_view legend_key_name(LegendKey key);

// ---- Storyline view (docs/storyline.md): one line per participant, meeting at shared events. ----

struct StorylineOptions {
  Language language = Language::en;
  Seconds break_threshold = 36 * 3600;  // as LayoutOptions: the x axis is the timeline's
  double page_width = 1400;
  double font_size = 12;
  const TextMeasure* measure = nullptr;  // nullptr: EstimatedTextMeasure
  std::size_t sweeps = 4;  // rounds of barycentric sweeps (left→right, right→left)
  // Event ids drawn as meetings first when the page is too full for every event (as the
  // timeline's `focus`).
  std::vector<std::string> focus;
};

// Storyline layout entry. Deterministic: ties are broken by file order.
[[nodiscard]] StorylineScene layout_storyline(const EventGraph& graph, const ReasonReport& report,
                                              const StorylineOptions& options);

}  // namespace chronograph
