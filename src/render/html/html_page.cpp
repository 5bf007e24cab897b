// One self-contained HTML page per view: the view's SVG inline, the page's own style sheet and
// script, the event data as JSON (render_json's document plus, per event and entity, what the
// details panel shows in the page's language), and the page's UI strings. Nothing is loaded from
// anywhere. A thinned timeline (level of detail) carries full records only for the events it draws,
// an index of every event (page_index.hpp) and all of it deflated. See docs/html.md.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "chronograph/layout.hpp"
#include "chronograph/limits.hpp"
#include "chronograph/render.hpp"
#include "render/common/event_text.hpp"
#include "render/html/inline_svg.hpp"
#include "render/html/packed.hpp"
#include "render/html/page_index.hpp"
#include "render/html/ui_text.hpp"
#include "render/html/viewer_assets.hpp"
#include "render/json/json_document.hpp"

namespace chronograph {

namespace {

using Json = nlohmann::ordered_json;

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// JSON as text that cannot end its <script> element: JSON allows `<` only inside strings, where
// \u003c means the same.
std::string script_json(const Json& json) {
  const std::string text = json.dump(-1, ' ', false, Json::error_handler_t::replace);
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '<')
      out += "\\u003c";
    else
      out += c;
  }
  return out;
}

Json text_or_null(const std::string& text) {
  return text.empty() ? Json() : Json(text);
}

Json bounds_in(const Bounds& bounds, const std::string& zone) {
  return {{"earliest", text_or_null(format_instant(bounds.earliest, zone))},
          {"latest", text_or_null(format_instant(bounds.latest, zone))}};
}

// The display name and, when it says something else, the other language's, as the views pick
// them: plain-string names and bilingual ones alike.
void add_names(Json& display, const char* key, const EventGraph& graph, NodeId node,
               const Text& text, Language language) {
  const std::vector<std::string> lines = detail::text_lines(text, language);
  display[key] = detail::node_title(graph, node, language);
  display["other"] = lines.size() > 1 ? Json(lines[1]) : Json();
}

// The same instants written the same way in two zones ("Z" and "UTC", or two zones with one offset
// then) say nothing new: the panel shows one block for them.
bool same_text(const Event& event, const std::string& a, const std::string& b) {
  for (const Seconds instant :
       {event.start.earliest, event.start.latest, event.end.earliest, event.end.latest}) {
    if (format_instant(instant, a) != format_instant(instant, b)) return false;
  }
  return true;
}

std::string zone_name(const std::string& zone) {
  return zone == "Z" ? "UTC" : zone;
}

// One block of start and end per distinct zone: the event's own, then the document's.
Json bounds_blocks(const Event& event, const std::string& own_zone,
                   const std::string& document_zone, Language language) {
  Json blocks = Json::array();
  for (const std::string& zone : {own_zone, document_zone}) {
    if (blocks.size() == 1 && same_text(event, own_zone, zone)) break;
    blocks.push_back(
        {{"zone", zone_name(zone)},
         {"start", detail::describe_bounds(event.start, zone, language, event.calendar)},
         {"end", detail::describe_bounds(event.end, zone, language, event.calendar)}});
  }
  return blocks;
}

// `keep` (by NodeId): the events that get a full record; all of them without it.
Json data_json(const EventGraph& graph, const ReasonReport& report, Language language,
               const std::vector<bool>* keep) {
  Json data = detail::json_document(graph, report, keep);
  const std::string zone = graph.info.zone.empty() ? "UTC" : graph.info.zone;
  for (Json& event : data["events"]) {
    const auto node = graph.find(event["id"].get<std::string>());
    if (!node) continue;
    const Event& model = graph.event(*node);
    event["document"] = {{"zone", zone},
                         {"start", bounds_in(model.start, zone)},
                         {"end", bounds_in(model.end, zone)}};
    Json display = Json::object();
    add_names(display, "title", graph, *node, model.title, language);
    display["status"] = status_text(model.status, language);
    display["bounds"] = bounds_blocks(model, event["zone"].get<std::string>(), zone, language);
    event["display"] = std::move(display);
  }
  for (Json& entity : data["entities"]) {
    const auto node = graph.find(entity["id"].get<std::string>());
    if (!node) continue;
    const Entity& model = graph.entity(*node);
    Json display = Json::object();
    add_names(display, "name", graph, *node, model.name, language);
    display["kind"] = detail::kind_text(model.kind, language);
    entity["display"] = std::move(display);
  }
  return data;
}

// The bar above the view: title, search, zoom; every word from the UI table.
std::string page_bar(const std::string& title, Language language) {
  const auto ui = [language](detail::Ui key) {
    return escape_html(detail::ui_text(key, language));
  };
  std::string bar = "<header class=\"bar\">\n<h1>" + escape_html(title) + "</h1>\n";
  bar += "<input id=\"search\" type=\"search\" placeholder=\"" + ui(detail::Ui::search) +
         "\" aria-label=\"" + ui(detail::Ui::search) + "\" autocomplete=\"off\">\n";
  bar += "<span id=\"search-count\" aria-live=\"polite\"></span>\n";
  bar += "<span class=\"zoom\"><button id=\"zoom-in\" type=\"button\" title=\"" +
         ui(detail::Ui::zoom_in) + "\">+</button><button id=\"zoom-out\" type=\"button\" title=\"" +
         ui(detail::Ui::zoom_out) + "\">\u2212</button><button id=\"zoom-reset\" type=\"button\">" +
         ui(detail::Ui::fit) + "</button></span>\n</header>\n";
  return bar;
}

// The view's SVG and, for the timeline, the scene it was drawn from (the page's index needs it).
struct Drawing {
  Result<std::string> svg;
  std::optional<TimelineScene> scene;
  // A thinned storyline: which nodes it draws one by one (its meetings).
  std::optional<std::vector<bool>> storyline_drawn;
};

Drawing draw_storyline(const EventGraph& graph, const ReasonReport& report,
                       const RenderOptions& options) {
  const StorylineScene scene = storyline_scene(graph, report, options);
  Drawing drawing{
      {render_storyline_svg(graph, scene), scene.diagnostics}, std::nullopt, std::nullopt};
  std::vector<bool> drawn(graph.node_count(), false);
  std::size_t drawn_events = 0;
  for (const StorylineMeeting& meeting : scene.meetings)
    if (!drawn[meeting.event]) {
      drawn[meeting.event] = true;
      ++drawn_events;
    }
  // Packed too when it folds nothing but leaves many events off its lines (a table whose
  // participants are of no known kind draws no line at all): their records would be the page.
  const std::size_t undrawn = graph.events().size() - drawn_events;
  if (scene.aggregated == 0 && undrawn <= limits::html_undrawn_records) return drawing;
  drawing.storyline_drawn = std::move(drawn);
  return drawing;
}

Drawing draw_view(const EventGraph& graph, const ReasonReport& report,
                  const RenderOptions& options) {
  RenderOptions svg_options = options;
  svg_options.format = Format::svg;
  if (options.view == View::storyline) return draw_storyline(graph, report, svg_options);
  if (options.view != View::timeline)
    return {render(graph, report, svg_options), std::nullopt, std::nullopt};
  Result<TimelineScene> scene = timeline_scene(graph, report, svg_options);
  if (!scene.value)
    return {{std::nullopt, std::move(scene.diagnostics)}, std::nullopt, std::nullopt};
  Drawing drawing{{render_timeline_svg(graph, *scene.value), scene.value->diagnostics},
                  std::nullopt,
                  std::nullopt};
  drawing.scene = std::move(scene.value);
  return drawing;
}

constexpr std::string_view packed_view_open =
    "<script type=\"application/octet-stream\" id=\"chronograph-view-deflated\">";

// A thinned timeline or storyline: its page carries an index and is deflated.
bool thinned(const Drawing& drawing) {
  return (drawing.scene && drawing.scene->lane_row_cap != 0) || drawing.storyline_drawn;
}

// The view inside `#view`: inline, or on a thinned page deflated beside it (its SVG is a third of
// such a page as text, a twentieth deflated; the 1M-row ACLED-style page was 6.3 MB with it
// inline), which the script inflates into `#view` before it starts.
std::optional<std::string> view_element(const Drawing& drawing, std::string svg,
                                        Language language) {
  if (!thinned(drawing)) return "<div id=\"view\">" + svg + "</div>\n";
  std::optional<std::string> packed = detail::deflate_base64(svg);
  if (!packed) return std::nullopt;
  return "<div id=\"view\"><noscript><p>" +
         escape_html(detail::ui_text(detail::Ui::needs_script, language)) +
         "</p></noscript></div>\n" + std::string(packed_view_open) + *packed + "</script>\n";
}

constexpr std::string_view packed_open =
    "<script type=\"application/octet-stream\" id=\"chronograph-data-deflated\">";
constexpr std::string_view script_close = "</script>\n";

// What the page's data element became, and the title length a thinned page's index kept.
struct DataElement {
  std::string element;
  std::size_t title_chars = limits::html_index_title_chars;
};

// The data element: plain JSON, or for a thinned timeline or storyline the drawn events' records
// with the index of all, deflated, in `budget` bytes where it can be.
std::optional<DataElement> data_element(const EventGraph& graph, const ReasonReport& report,
                                        const Drawing& drawing, Language language,
                                        std::size_t budget) {
  const std::optional<TimelineScene>& scene = drawing.scene;
  if (!thinned(drawing)) {
    return DataElement{"<script type=\"application/json\" id=\"chronograph-data\">" +
                       script_json(data_json(graph, report, language, nullptr)) + "</script>\n"};
  }
  std::vector<bool> drawn(graph.node_count(), false);
  if (scene) {
    for (const EventMark& mark : scene->marks) drawn[mark.event] = true;
  } else {
    drawn = *drawing.storyline_drawn;
  }
  const auto index = [&](std::size_t chars) {
    return scene ? detail::page_index(graph, *scene, language, chars)
                 : detail::search_index(graph, language, chars);
  };
  const std::size_t wrapping = packed_open.size() + script_close.size();
  const std::optional<detail::PackedData> packed = detail::pack_within(
      data_json(graph, report, language, &drawn), index, budget > wrapping ? budget - wrapping : 0);
  if (!packed) return std::nullopt;
  return DataElement{std::string(packed_open) + packed->text + std::string(script_close),
                     packed->title_chars};
}

Diagnostic out_of_memory(const EventGraph& graph) {
  return make_error({graph.info.path, {}, {}}, "html: out of memory compressing the page's data");
}

// Said when a thinned page's index could not keep its titles whole.
Diagnostic cut_titles_note(const EventGraph& graph, std::size_t title_chars) {
  const std::size_t events = graph.events().size();
  const std::string said =
      title_chars == 0
          ? fmt::format(
                "html: the page's search finds its {} events by id only: their titles "
                "would take it past {} bytes; the JSON export has them",
                events, limits::html_page_bytes)
          : fmt::format(
                "html: the page's search keeps the first {} characters of each of its {} "
                "event titles, to stay under {} bytes; the JSON export has them whole",
                title_chars, events, limits::html_page_bytes);
  Diagnostic note;
  note.severity = Severity::note;
  note.range = {graph.info.path, {}, {}};
  note.message = said;
  return note;
}

}  // namespace

Result<std::string> render_html(const EventGraph& graph, const ReasonReport& report,
                                const RenderOptions& options) {
  Drawing drawing = draw_view(graph, report, options);
  if (!drawing.svg.value) return std::move(drawing.svg);
  Result<std::string> inline_view = detail::inline_svg(*drawing.svg.value, graph);
  Result<std::string> result;
  result.diagnostics = std::move(drawing.svg.diagnostics);
  result.diagnostics.insert(result.diagnostics.end(), inline_view.diagnostics.begin(),
                            inline_view.diagnostics.end());
  if (!inline_view.value) return result;
  const Language language = options.language;

  const std::string& title = graph.info.title.in(language);
  const std::string lang = language == Language::ko ? "ko" : "en";
  std::string page;
  page += "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<meta name=\"generator\" content=\"chronograph\">\n";
  page += "<title>" + escape_html(title.empty() ? "chronograph" : title) + "</title>\n";
  page += "<style>" + std::string(detail::viewer_style()) + "</style>\n</head>\n<body>\n";
  page += page_bar(title, language);
  const std::optional<std::string> view =
      view_element(drawing, std::move(*inline_view.value), language);
  if (!view) {
    result.diagnostics.push_back(out_of_memory(graph));
    return result;
  }
  page += "<main>\n" + *view;
  page += "<aside id=\"details\" aria-label=\"" +
          escape_html(detail::ui_text(detail::Ui::details, language)) +
          "\" hidden><button id=\"details-close\" type=\"button\" aria-label=\"" +
          escape_html(detail::ui_text(detail::Ui::close, language)) +
          "\">\u00d7</button><div id=\"details-body\"></div></aside>\n</main>\n";
  std::string tail = "<script type=\"application/json\" id=\"chronograph-ui\">" +
                     script_json(detail::ui_strings(language)) + "</script>\n";
  tail += "<script>(() => {\n'use strict';" + std::string(detail::viewer_index_script()) +
          std::string(detail::viewer_script()) + "})();</script>\n</body>\n</html>\n";

  const std::size_t around = page.size() + tail.size();
  const std::optional<DataElement> data =
      data_element(graph, report, drawing, language,
                   limits::html_page_bytes > around ? limits::html_page_bytes - around : 0);
  if (!data) {
    result.diagnostics.push_back(out_of_memory(graph));
    return result;
  }
  if (data->title_chars < limits::html_index_title_chars)
    result.diagnostics.push_back(cut_titles_note(graph, data->title_chars));
  page += data->element;
  page += tail;
  result.value = std::move(page);
  return result;
}

}  // namespace chronograph
