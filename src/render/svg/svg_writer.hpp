#pragma once
// Internal: a small layer over pugixml for writing SVG. pugixml does the escaping; this layer
// removes what XML cannot carry at all (invalid UTF-8, control characters). Numbers are printed
// by format_number (render/common/numbers.hpp), the same way on every machine.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include <pugixml.hpp>

#include "render/common/numbers.hpp"
#include "render/common/xml_text.hpp"

namespace chronograph::detail {

using SvgAttribute = std::pair<const char*, std::string>;

// Appends <tag a="…" …> to `parent`; attribute values pass through xml_safe.
pugi::xml_node svg_element(pugi::xml_node parent, const char* tag,
                           std::initializer_list<SvgAttribute> attributes = {});
void svg_set(pugi::xml_node node, const char* name, std::string_view value);
// Appends text content.
void svg_text(pugi::xml_node node, std::string_view text);

// The <svg> root every chronograph picture starts with: size, viewBox, the CJK-first font stack,
// language, a <title> and the view's style sheet.
pugi::xml_node svg_root(pugi::xml_document& document, std::string_view css_class, double width,
                        double height, bool korean, std::string_view title,
                        std::string_view style_sheet);

// The document as text, with an XML declaration, two-space indentation.
std::string svg_serialize(const pugi::xml_document& document);

}  // namespace chronograph::detail
