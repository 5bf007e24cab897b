#include "layout/header.hpp"

#include "layout/text.hpp"

namespace chronograph::detail {

PageHeader layout_header(const EventGraph& graph, Language language, const TextMeasure& measure,
                         double font_size, double page_width) {
  const double small = font_size - 1;
  const double room = page_width - 2 * page_margin;
  PageHeader header;
  header.title = fit_text(measure, graph.info.title.in(language), font_size * 1.5, room);
  header.title_box = {page_margin, page_margin, measure.width(header.title, font_size * 1.5),
                      font_size * 1.5 + 4};
  std::string subtitle = graph.info.source_title;
  for (const std::string& part :
       {graph.info.source_url,
        graph.info.published
            ? format_instant(graph.info.published->start.earliest, graph.info.published->zone)
            : std::string()})
    if (!part.empty()) subtitle += (subtitle.empty() ? "" : " · ") + part;
  header.subtitle = fit_text(measure, subtitle, small, room);
  header.subtitle_box = {page_margin, header.title_box.bottom() + 2,
                         measure.width(header.subtitle, small), small + 4};
  return header;
}

}  // namespace chronograph::detail
