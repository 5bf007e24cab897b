#include "chronograph/io.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include <fmt/format.h>

#include "chronograph/limits.hpp"
#include "parse/checks.hpp"

namespace chronograph {

namespace {

namespace fs = std::filesystem;

Diagnostic file_error(const std::string& path, std::string message) {
  return make_error({path, {}, {}}, std::move(message));
}

std::string errno_text(int error) {
  return std::strerror(error);
}

// Closes on every path out of a function; the explicit close() of a writer checks its result.
class Descriptor {
 public:
  explicit Descriptor(int fd) : fd_(fd) {}
  Descriptor(const Descriptor&) = delete;
  Descriptor& operator=(const Descriptor&) = delete;
  ~Descriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  [[nodiscard]] int get() const { return fd_; }
  [[nodiscard]] bool valid() const { return fd_ >= 0; }
  // 0 or the errno of close(2): NFS and some devices report a failed write only here.
  int close() {
    const int result = ::close(fd_);
    fd_ = -1;
    return result == 0 ? 0 : errno;
  }

 private:
  int fd_;
};

// Reads until end of file, at most limit + 1 bytes, so /dev/zero or an endless FIFO ends.
int read_all(int fd, std::size_t limit, std::string& text) {
  std::array<char, 65536> buffer{};
  while (text.size() <= limit) {
    const ssize_t n = ::read(fd, buffer.data(), buffer.size());
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    text.append(buffer.data(), static_cast<std::size_t>(n));
  }
  return 0;
}

// 0 or the errno of the first failed write(2).
int write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return 0;
}

// The file a chain of symlinks ends at (which need not exist yet), so the link itself is kept and
// its target replaced. Relative links are read against the link's own folder.
std::optional<fs::path> follow_links(fs::path path, int& error) {
  for (int hops = 0; hops < 40; ++hops) {
    struct stat status {};
    if (::lstat(path.c_str(), &status) != 0 || !S_ISLNK(status.st_mode)) return path;
    std::error_code code;
    const fs::path link = fs::read_symlink(path, code);
    if (code) {
      error = code.value();
      return std::nullopt;
    }
    path = link.is_absolute() ? link : path.parent_path() / link;
  }
  error = ELOOP;
  return std::nullopt;
}

// A short name (".cg" and six random characters) so any name valid for the target, up to
// NAME_MAX, leaves room; created exclusively so a concurrent writer's temp is never reused.
int create_temp(const fs::path& folder, fs::path& temp) {
  static constexpr std::string_view alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device entropy;
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  int error = EEXIST;
  for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
    std::string name = ".cg";
    for (int i = 0; i < 6; ++i) name += alphabet[pick(entropy)];
    temp = folder / name;
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    error = errno;
  }
  errno = error;
  return -1;
}

// Devices and FIFOs are written in place: renaming over them would replace /dev/null itself.
Diagnostics write_through(const std::string& path, const fs::path& target, std::string_view bytes) {
  Diagnostics diagnostics;
  Descriptor out(::open(target.c_str(), O_WRONLY | O_CLOEXEC));
  if (!out.valid()) {
    diagnostics.push_back(file_error(path, "cannot open output: " + errno_text(errno)));
    return diagnostics;
  }
  if (const int error = write_all(out.get(), bytes))
    diagnostics.push_back(file_error(path, "cannot write output: " + errno_text(error)));
  else if (const int closed = out.close())
    diagnostics.push_back(file_error(path, "cannot write output: " + errno_text(closed)));
  return diagnostics;
}

// A regular file (or a new one) is replaced atomically: a temp file in the same folder, written,
// synced and closed, then renamed over the target, so a failure never leaves a half-written file.
Diagnostics replace_atomically(const std::string& path, const fs::path& target,
                               std::string_view bytes, const struct stat* existing) {
  Diagnostics diagnostics;
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  fs::path temp;
  Descriptor out(create_temp(folder, temp));
  if (!out.valid()) {
    diagnostics.push_back(file_error(path, "cannot create output file: " + errno_text(errno)));
    return diagnostics;
  }
  // The replacement keeps the permissions the file had.
  if (existing != nullptr) ::fchmod(out.get(), existing->st_mode & 07777);
  int error = write_all(out.get(), bytes);
  // EINVAL: the file system cannot sync (nothing to lose by going on).
  if (error == 0 && ::fsync(out.get()) != 0 && errno != EINVAL) error = errno;
  if (const int closed = out.close(); error == 0) error = closed;
  if (error == 0 && ::rename(temp.c_str(), target.c_str()) != 0) {
    diagnostics.push_back(file_error(path, "cannot replace output file: " + errno_text(errno)));
  } else if (error != 0) {
    diagnostics.push_back(file_error(path, "cannot write output file: " + errno_text(error)));
  }
  if (!diagnostics.empty()) ::unlink(temp.c_str());
  return diagnostics;
}

}  // namespace

namespace {

// The read of an open file: `status` when fstat(2) told it.
Result<std::string> read_opened(const Descriptor& in, const std::string& path, std::size_t limit,
                                const struct stat* status) {
  Result<std::string> result;
  const auto fail = [&](std::string message) {
    result.value.reset();
    result.diagnostics.push_back(file_error(path, std::move(message)));
    return result;
  };
  try {
    if (status && S_ISDIR(status->st_mode)) return fail("cannot read file: is a directory");
    std::string text;
    if (status && S_ISREG(status->st_mode)) {
      const auto size = static_cast<std::size_t>(status->st_size);
      // Refused unread: a 3 GB file is not read into memory to be told it is too large. Said as
      // the parsers say it of a longer stream (a FIFO, a device), at the file's start.
      if (size > limit) {
        result.diagnostics.push_back(
            make_error(detail::file_start(path), detail::file_too_large_message(limit)));
        return result;
      }
      text.reserve(size + 1);  // one allocation, not a doubling string's copies
    }
    if (const int error = read_all(in.get(), limit, text))
      return fail("cannot read file: " + errno_text(error));
    result.value = std::move(text);
  } catch (const std::exception& exception) {
    // Nothing escapes the library (bad_alloc while growing the text).
    return fail(fmt::format("cannot read file: {}", exception.what()));
  }
  return result;
}

}  // namespace

Result<std::string> read_file(const std::string& path, std::size_t limit) {
  // O_RDONLY on a FIFO waits for its writer, then reads it like a file.
  const Descriptor in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in.valid())
    return {std::nullopt, {file_error(path, "cannot open file: " + errno_text(errno))}};
  struct stat status {};
  const bool known = ::fstat(in.get(), &status) == 0;
  return read_opened(in, path, limit, known ? &status : nullptr);
}

SourceText::SourceText(SourceText&& other) noexcept
    : text_(std::move(other.text_)),
      mapped_(std::exchange(other.mapped_, nullptr)),
      size_(std::exchange(other.size_, 0)) {}

SourceText& SourceText::operator=(SourceText&& other) noexcept {
  if (this != &other) {
    SourceText old(std::move(*this));
    text_ = std::move(other.text_);
    mapped_ = std::exchange(other.mapped_, nullptr);
    size_ = std::exchange(other.size_, 0);
  }
  return *this;
}

SourceText::~SourceText() {
  if (mapped_) ::munmap(const_cast<char*>(mapped_), size_);
}

void SourceText::release() const noexcept {
  if (mapped_) ::madvise(const_cast<char*>(mapped_), size_, MADV_DONTNEED);
}

Result<SourceText> map_file(const std::string& path, std::size_t limit) {
  Result<SourceText> result;
  const Descriptor in(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!in.valid()) {
    result.diagnostics.push_back(file_error(path, "cannot open file: " + errno_text(errno)));
    return result;
  }
  struct stat status {};
  const bool known = ::fstat(in.get(), &status) == 0;
  const auto size = known ? static_cast<std::size_t>(status.st_size) : 0;
  // An empty file cannot be mapped; /proc files say 0 and have text: both are read.
  if (known && S_ISREG(status.st_mode) && size > 0 && size <= limit) {
    void* at = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, in.get(), 0);
    if (at != MAP_FAILED) {
      result.value.emplace();
      result.value->mapped_ = static_cast<const char*>(at);
      result.value->size_ = size;
      return result;
    }
  }
  Result<std::string> read = read_opened(in, path, limit, known ? &status : nullptr);
  result.diagnostics = std::move(read.diagnostics);
  if (read.value) result.value.emplace(std::move(*read.value));
  return result;
}

Result<std::string> read_descriptor(int fd, const std::string& name, std::size_t limit) {
  Result<std::string> result;
  try {
    std::string text;
    if (const int error = read_all(fd, limit, text)) {
      result.diagnostics.push_back(file_error(name, "cannot read: " + errno_text(error)));
      return result;
    }
    result.value = std::move(text);
  } catch (const std::exception& exception) {
    result.diagnostics.push_back(
        file_error(name, fmt::format("cannot read: {}", exception.what())));
  }
  return result;
}

Diagnostics write_file(const std::string& path, std::string_view bytes) {
  try {
    int error = 0;
    const std::optional<fs::path> target = follow_links(path, error);
    if (!target) return {file_error(path, "cannot resolve output path: " + errno_text(error))};
    struct stat status {};
    if (::stat(target->c_str(), &status) != 0) {
      if (errno != ENOENT) return {file_error(path, "cannot open output: " + errno_text(errno))};
      return replace_atomically(path, *target, bytes, nullptr);
    }
    if (S_ISDIR(status.st_mode)) return {file_error(path, "cannot write output: is a directory")};
    if (!S_ISREG(status.st_mode)) return write_through(path, *target, bytes);
    return replace_atomically(path, *target, bytes, &status);
  } catch (const std::exception& exception) {
    return {file_error(path, fmt::format("cannot write output: {}", exception.what()))};
  }
}

Diagnostics write_file_atomically(const std::string& path, std::string_view bytes) {
  return write_file(path, bytes);
}

}  // namespace chronograph
