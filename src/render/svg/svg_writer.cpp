#include "render/svg/svg_writer.hpp"

#include <sstream>

#include <fmt/format.h>

#include "layout/text.hpp"

namespace chronograph::detail {

pugi::xml_node svg_element(pugi::xml_node parent, const char* tag,
                           std::initializer_list<SvgAttribute> attributes) {
  pugi::xml_node node = parent.append_child(tag);
  for (const auto& [name, value] : attributes) svg_set(node, name, value);
  return node;
}

void svg_set(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(xml_safe(value).c_str());
}

void svg_text(pugi::xml_node node, std::string_view text) {
  node.append_child(pugi::node_pcdata).set_value(xml_safe(text).c_str());
}

std::string svg_serialize(const pugi::xml_document& document) {
  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

pugi::xml_node svg_root(pugi::xml_document& document, std::string_view css_class, double width,
                        double height, bool korean, std::string_view title,
                        std::string_view style_sheet) {
  // Hangul must render wherever the SVG is opened, so Korean fonts come first.
  constexpr const char* font_stack =
      "'Noto Sans CJK KR', 'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";
  pugi::xml_node svg = svg_element(
      document, "svg",
      {{"xmlns", "http://www.w3.org/2000/svg"},
       {"class", std::string(css_class)},
       {"width", format_number(width)},
       {"height", format_number(height)},
       {"viewBox", fmt::format("0 0 {} {}", format_number(width), format_number(height))},
       {"font-family", font_stack},
       {"lang", korean ? "ko" : "en"}});
  svg_text(svg_element(svg, "title"), title);
  svg_text(svg_element(svg, "style"), style_sheet);
  return svg;
}

}  // namespace chronograph::detail
