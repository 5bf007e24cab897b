#pragma once
// Internal: text as the HTML page carries a big document: zlib-deflated (RFC 1950, what the
// browser's DecompressionStream('deflate') reads) and base64-encoded, so it sits in a <script>
// element as plain ASCII that cannot end the element.

#include <optional>
#include <string>
#include <string_view>

namespace chronograph::detail {

// Base64 (RFC 4648, with '=' padding) of bytes.
[[nodiscard]] std::string base64(std::string_view bytes);

// nullopt only when zlib cannot allocate.
[[nodiscard]] std::optional<std::string> deflate_base64(std::string_view text);

}  // namespace chronograph::detail
