#include "chronograph/io.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>

#include <fmt/format.h>

namespace chronograph {

Result<std::string> read_file(const std::string& path) {
  Result<std::string> result;
  const auto fail = [&](std::string message) {
    result.value.reset();
    result.diagnostics.push_back(make_error({path, {}, {}}, std::move(message)));
    return result;
  };
  std::error_code error;
  // A directory opens as a stream on Linux and then throws from the first read.
  if (std::filesystem::is_directory(path, error)) return fail("cannot read file: is a directory");
  try {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(fmt::format("cannot open file: {}", std::strerror(errno)));
    result.value.emplace(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) return fail("cannot read file");
  } catch (const std::exception& exception) {
    // Nothing escapes the library (e.g. std::ios_base::failure or bad_alloc from a huge file).
    return fail(fmt::format("cannot read file: {}", exception.what()));
  }
  return result;
}

Diagnostics write_file_atomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  Diagnostics diagnostics;
  const fs::path target(path);
  // The temp file sits beside the target so the rename stays on one file system and is atomic.
  std::random_device entropy;
  const fs::path temp =
      target.parent_path() / fmt::format(".{}.tmp-{:08x}", target.filename().string(), entropy());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    if (!out) {
      diagnostics.push_back(make_error(
          {path, {}, {}}, fmt::format("cannot create output file: {}", std::strerror(errno))));
      return diagnostics;
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ignored;
      fs::remove(temp, ignored);
      diagnostics.push_back(make_error({path, {}, {}}, "cannot write output file"));
      return diagnostics;
    }
  }
  std::error_code error;
  fs::rename(temp, target, error);
  if (error) {
    std::error_code ignored;
    fs::remove(temp, ignored);
    diagnostics.push_back(
        make_error({path, {}, {}}, fmt::format("cannot replace output file: {}", error.message())));
  }
  return diagnostics;
}

}  // namespace chronograph
