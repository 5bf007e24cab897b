#pragma once
// File access for the CLI and embedders. Nothing here throws; every failure is a diagnostic
// `PATH: error: …` (docs/limits.md, "Input and output paths").

#include <string>
#include <string_view>
#include <utility>

#include "chronograph/diagnostic.hpp"
#include "chronograph/limits.hpp"

namespace chronograph {

// Reads a file, a FIFO or a device. At most `limit` + 1 bytes are read, so an endless source
// (/dev/zero) ends and the parser then reports it as too large; the limit is the input format's
// (limits::max_data_input_bytes for JSON and CSV).
[[nodiscard]] Result<std::string> read_file(const std::string& path,
                                            std::size_t limit = limits::max_input_bytes);
// The same from an open descriptor (standard input is 0), `name` used in diagnostics.
[[nodiscard]] Result<std::string> read_descriptor(int fd, const std::string& name,
                                                  std::size_t limit = limits::max_input_bytes);

// A file's text as a parser reads it. A regular file is mapped, not copied: its pages come from
// the kernel's file cache, cost no copy, and can be handed back once it is parsed (release()).
// Anything else (a FIFO, a device, standard input) is read into memory.
class SourceText {
 public:
  SourceText() = default;
  explicit SourceText(std::string text) : text_(std::move(text)) {}
  SourceText(SourceText&& other) noexcept;
  SourceText& operator=(SourceText&& other) noexcept;
  SourceText(const SourceText&) = delete;
  SourceText& operator=(const SourceText&) = delete;
  ~SourceText();

  [[nodiscard]] std::string_view view() const {
    return mapped_ ? std::string_view(mapped_, size_) : std::string_view(text_);
  }
  [[nodiscard]] bool mapped() const { return mapped_ != nullptr; }
  // The text will not be read for a while: a mapped file's pages leave this process's memory;
  // reading it again reads them back from the file cache. Read text stays as it is.
  void release() const noexcept;

 private:
  friend Result<SourceText> map_file(const std::string& path, std::size_t limit);
  std::string text_;
  const char* mapped_ = nullptr;
  std::size_t size_ = 0;
};

// read_file, mapping a regular file instead of reading it. A file that shrinks while it is
// mapped ends the process with SIGBUS, as it does every program that maps its input.
[[nodiscard]] Result<SourceText> map_file(const std::string& path,
                                          std::size_t limit = limits::max_input_bytes);

// Writes `bytes` to `path`:
//   a regular file or a new name: replaced atomically (temp file in the same folder, renamed over
//     it), so a failure never leaves a half-written file; the file keeps its permissions;
//   a symlink: followed, and its final target replaced that way (the link stays a link);
//   a character device, FIFO or socket: written straight through (-o /dev/null stays a device).
// Every write, sync, close and rename error is reported.
[[nodiscard]] Diagnostics write_file(const std::string& path, std::string_view bytes);
// Older spelling of write_file(), kept so existing callers build.
[[nodiscard]] Diagnostics write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace chronograph
