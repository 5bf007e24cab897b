#pragma once
// File access for the CLI and embedders. Writes are atomic: a temp file beside the target, renamed
// over it, so a failure never leaves a half-written file.

#include <string>
#include <string_view>

#include "chronograph/diagnostic.hpp"

namespace chronograph {

[[nodiscard]] Result<std::string> read_file(const std::string& path);
[[nodiscard]] Diagnostics write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace chronograph
