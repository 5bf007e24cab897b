// One self-contained HTML page per view: the view's SVG inline, the page's own style sheet and
// script, and the event data as JSON (render_json's document plus each event's bounds in the
// document's zone). Nothing is loaded from anywhere. See docs/html.md.

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "chronograph/render.hpp"
#include "layout/calendar.hpp"
#include "render/html/inline_svg.hpp"
#include "render/html/viewer_assets.hpp"

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

Json text_or_null(const std::string& text) {
  return text.empty() ? Json() : Json(text);
}

Json bounds_in(const Bounds& bounds, const std::string& zone) {
  return {{"earliest", text_or_null(format_instant(bounds.earliest, zone))},
          {"latest", text_or_null(format_instant(bounds.latest, zone))}};
}

// The details panel shows bounds as the pictures do: where that is not the ISO text (years before
// 1 CE: "44 BCE", not "-0043"; Julian dates), `shown` carries it; the ISO text stays for
// programs.
void add_shown(Json& json, const Bounds& bounds, const std::string& zone, Language language,
               Calendar calendar) {
  const std::string earliest = detail::display_instant(bounds.earliest, zone, language, calendar);
  const std::string latest = detail::display_instant(bounds.latest, zone, language, calendar);
  if (earliest == format_instant(bounds.earliest, zone) &&
      latest == format_instant(bounds.latest, zone))
    return;
  json["shown"] = {{"earliest", text_or_null(earliest)}, {"latest", text_or_null(latest)}};
}

// render_json's document, with each event's bounds also in the document's zone, as text that
// cannot end its <script> element: JSON allows `<` only inside strings, where \u003c means the
// same.
std::string page_data(const EventGraph& graph, const ReasonReport& report, Language language) {
  Json data = Json::parse(render_json(graph, report));
  const std::string zone = graph.info.zone.empty() ? "UTC" : graph.info.zone;
  for (Json& event : data["events"]) {
    const auto node = graph.find(event["id"].get<std::string>());
    if (!node) continue;
    const Event& model = graph.event(*node);
    const std::string own_zone = event["zone"].get<std::string>();
    add_shown(event["start"], model.start, own_zone, language, model.calendar);
    add_shown(event["end"], model.end, own_zone, language, model.calendar);
    event["document"] = {{"zone", zone},
                         {"start", bounds_in(model.start, zone)},
                         {"end", bounds_in(model.end, zone)}};
    add_shown(event["document"]["start"], model.start, zone, language, model.calendar);
    add_shown(event["document"]["end"], model.end, zone, language, model.calendar);
  }
  const std::string text = data.dump(-1, ' ', false, Json::error_handler_t::replace);
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

}  // namespace

Result<std::string> render_html(const EventGraph& graph, const ReasonReport& report,
                                const RenderOptions& options) {
  RenderOptions svg_options = options;
  svg_options.format = Format::svg;
  Result<std::string> svg = render(graph, report, svg_options);
  if (!svg.value) return svg;
  Result<std::string> inline_view = detail::inline_svg(*svg.value, graph);
  Result<std::string> result;
  result.diagnostics = std::move(svg.diagnostics);
  result.diagnostics.insert(result.diagnostics.end(), inline_view.diagnostics.begin(),
                            inline_view.diagnostics.end());
  if (!inline_view.value) return result;

  const std::string& title = graph.info.title.in(options.language);
  const std::string lang = options.language == Language::ko ? "ko" : "en";
  std::string page;
  page += "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n";
  page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  page += "<meta name=\"generator\" content=\"chronograph\">\n";
  page += "<title>" + escape_html(title.empty() ? "chronograph" : title) + "</title>\n";
  page += "<style>" + std::string(detail::viewer_style()) + "</style>\n</head>\n<body>\n";
  page += "<header class=\"bar\">\n<h1>" + escape_html(title) + "</h1>\n";
  page +=
      "<input id=\"search\" type=\"search\" placeholder=\"Search events · 사건 검색\" "
      "aria-label=\"Search events\" autocomplete=\"off\">\n";
  page += "<span id=\"search-count\" aria-live=\"polite\"></span>\n";
  page +=
      "<span class=\"zoom\"><button id=\"zoom-in\" type=\"button\" title=\"Zoom in\">+</button>"
      "<button id=\"zoom-out\" type=\"button\" title=\"Zoom out\">\u2212</button>"
      "<button id=\"zoom-reset\" type=\"button\" title=\"Fit\">Fit</button></span>\n";
  page += "</header>\n<main>\n<div id=\"view\">" + *inline_view.value + "</div>\n";
  page +=
      "<aside id=\"details\" hidden><button id=\"details-close\" type=\"button\" "
      "aria-label=\"Close\">\u00d7</button><div id=\"details-body\"></div></aside>\n</main>\n";
  page += "<script type=\"application/json\" id=\"chronograph-data\">" +
          page_data(graph, report, options.language) + "</script>\n";
  page += "<script>" + std::string(detail::viewer_script()) + "</script>\n</body>\n</html>\n";
  result.value = std::move(page);
  return result;
}

}  // namespace chronograph
