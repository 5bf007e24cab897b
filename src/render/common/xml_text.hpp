#pragma once
// Internal: text XML 1.0 can carry, for every XML writer (SVG, GraphML, GEXF). The writers' XML
// libraries escape markup characters; what they pass through unchanged (invalid UTF-8, control
// characters) would make the document unreadable, so it is replaced here first.

#include <string>
#include <string_view>

namespace chronograph::detail {

// Valid UTF-8 without the control characters XML 1.0 forbids; anything else becomes U+FFFD.
std::string xml_safe(std::string_view text);

}  // namespace chronograph::detail
