// Input and output paths through the real binary: devices, FIFOs, symlinks, long names and write
// errors (issue 10, items 2 and 3; docs/limits.md, "Input and output paths").

#include <gtest/gtest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "chronograph/io.hpp"
#include "chronograph/limits.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

namespace fs = std::filesystem;
using testing::run_cli;
using testing::slurp;

const std::string example = (testing::source_dir() / "graphs/altman-korea-2024.yaml").string();

class PathsTest : public testing::ScratchTest {
 protected:
  int entries(const fs::path& folder) const {
    int count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder)) ++count;
    return count;
  }
};

// A FIFO whose reading end is held open from the start, so the writer's open never blocks and a
// reader thread sees end of file only once `release()` drops the test's own writing end: whatever
// the command did (wrote through, or renamed a file over the FIFO), nothing can hang.
class FifoReader {
 public:
  explicit FifoReader(const fs::path& path) {
    if (::mkfifo(path.c_str(), 0600) != 0) return;
    read_end_ = ::open(path.c_str(), O_RDONLY | O_NONBLOCK);
    keeper_ = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
    ::fcntl(read_end_, F_SETFL, ::fcntl(read_end_, F_GETFL) & ~O_NONBLOCK);
    reader_ = std::thread([this] {
      std::array<char, 4096> buffer{};
      for (ssize_t n; (n = ::read(read_end_, buffer.data(), buffer.size())) > 0;)
        text_.append(buffer.data(), static_cast<std::size_t>(n));
    });
  }
  ~FifoReader() { release(); }
  [[nodiscard]] bool ready() const { return read_end_ >= 0 && keeper_ >= 0; }
  const std::string& release() {
    if (keeper_ >= 0) ::close(keeper_);
    keeper_ = -1;
    if (reader_.joinable()) reader_.join();
    if (read_end_ >= 0) ::close(read_end_);
    read_end_ = -1;
    return text_;
  }

 private:
  int read_end_ = -1;
  int keeper_ = -1;
  std::thread reader_;
  std::string text_;
};

bool is_char_device(const fs::path& path) {
  struct stat status {};
  return ::lstat(path.c_str(), &status) == 0 && S_ISCHR(status.st_mode);
}

// Renaming a temp file over /dev/null replaced the system's /dev/null with a regular file (as
// root) or failed with "Permission denied" (as a user).
TEST_F(PathsTest, DevNullIsWrittenThroughAndStaysADevice) {
  ASSERT_TRUE(is_char_device("/dev/null"));
  const testing::CliOutcome result = run_cli("render " + example + " -o /dev/null --format json");
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "");
  EXPECT_TRUE(is_char_device("/dev/null"));
}

TEST_F(PathsTest, AFifoAsOutputIsWrittenThroughAndStaysAFifo) {
  const fs::path fifo = dir_ / "out.json";
  FifoReader reader(fifo);
  ASSERT_TRUE(reader.ready());
  const testing::CliOutcome result = run_cli("render " + example + " -o " + fifo.string());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  const std::string& text = reader.release();
  EXPECT_EQ(text.rfind("{", 0), 0u) << "the reader got the JSON";
  EXPECT_GT(text.size(), 10'000u);
  EXPECT_TRUE(fs::is_fifo(fs::symlink_status(fifo)));
  EXPECT_EQ(entries(dir_), 1) << "no temp file left beside the FIFO";
}

TEST_F(PathsTest, AFifoAsInputIsRead) {
  const fs::path fifo = dir_ / "in.yaml";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  // The writer opens the FIFO blocking, so it waits for the command to open it for reading.
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << slurp(example); });
  const testing::CliOutcome result = run_cli("check " + fifo.string());
  writer.join();
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(result.output, "");
}

// The link used to be replaced by a regular file; its target is replaced, in the target's folder.
TEST_F(PathsTest, ASymlinkIsFollowedAndItsTargetReplaced) {
  fs::create_directories(dir_ / "real");
  std::ofstream(dir_ / "real" / "t.json") << "old";
  fs::create_symlink("real/t.json", dir_ / "link.json");
  const testing::CliOutcome result =
      run_cli("render " + example + " -o " + (dir_ / "link.json").string());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_EQ(fs::read_symlink(dir_ / "link.json"), "real/t.json");
  EXPECT_EQ(slurp(dir_ / "real" / "t.json").rfind("{", 0), 0u);
  EXPECT_EQ(entries(dir_), 2);
  EXPECT_EQ(entries(dir_ / "real"), 1) << "no temp file left in the target's folder";
}

TEST_F(PathsTest, ADanglingSymlinkCreatesItsTarget) {
  fs::create_symlink("made.json", dir_ / "link.json");
  EXPECT_EQ(run_cli("render " + example + " -o " + (dir_ / "link.json").string()).exit_code, 0);
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.json"));
  EXPECT_EQ(slurp(dir_ / "made.json").rfind("{", 0), 0u);
}

// NAME_MAX is 255; the temp name used to be the name plus 14 bytes.
TEST_F(PathsTest, A250ByteFileNameWorks) {
  const fs::path out = dir_ / (std::string(245, 'a') + ".json");
  ASSERT_EQ(out.filename().string().size(), 250u);
  const testing::CliOutcome result = run_cli("render " + example + " -o " + out.string());
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_GT(fs::file_size(out), 10'000u);
  EXPECT_EQ(entries(dir_), 1);
}

TEST_F(PathsTest, AReplacedFileKeepsItsPermissions) {
  const fs::path out = dir_ / "t.json";
  std::ofstream(out) << "old";
  fs::permissions(out, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_EQ(run_cli("render " + example + " -o " + out.string()).exit_code, 0);
  EXPECT_EQ(fs::status(out).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write);
}

// Used to be "cannot write output file" without the reason, after replacing /dev/full itself as
// root.
TEST_F(PathsTest, AWriteErrorNamesThePathAndTheReason) {
  const testing::CliOutcome result = run_cli("render " + example + " -o /dev/full --format json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, "/dev/full: error: cannot write output: No space left on device\n");
  EXPECT_TRUE(is_char_device("/dev/full"));
}

TEST_F(PathsTest, ADirectoryAsOutputIsAnError) {
  const testing::CliOutcome result =
      run_cli("render " + example + " -o " + dir_.string() + " --format json");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, dir_.string() + ": error: cannot write output: is a directory\n");
}

TEST_F(PathsTest, AMissingOutputFolderIsAnError) {
  const fs::path out = dir_ / "no" / "t.json";
  const testing::CliOutcome result = run_cli("render " + example + " -o " + out.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output,
            out.string() + ": error: cannot create output file: No such file or directory\n");
}

// /dev/zero used to be read until memory ran out; reading stops past the input limit.
TEST_F(PathsTest, AnEndlessInputStopsAtTheSizeLimit) {
  const testing::CliOutcome result = run_cli("check /dev/zero");
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output,
            "/dev/zero:1:1: error: file is larger than 64 MiB (see docs/limits.md)\n");
}

// A regular file past the limit is refused from its size, before a byte is read: a sparse 3 GB
// file is told it is too large without 2 GB of it read into memory first.
TEST_F(PathsTest, AFileLargerThanTheLimitIsRefusedUnread) {
  const fs::path file = dir_ / "huge.json";
  { std::ofstream create(file); }
  fs::resize_file(file, std::uintmax_t{3} << 30);
  const Result<std::string> read = read_file(file.string(), limits::max_data_input_bytes);
  EXPECT_FALSE(read.value.has_value());
  ASSERT_EQ(read.diagnostics.size(), 1u);
  EXPECT_EQ(format_diagnostics(read.diagnostics, ""),
            file.string() + ":1:1: error: file is larger than 2048 MiB (see docs/limits.md)\n");
  const testing::CliOutcome cli = run_cli("check " + file.string());
  EXPECT_EQ(cli.exit_code, 1);
  EXPECT_EQ(cli.output,
            file.string() + ":1:1: error: file is larger than 2048 MiB (see docs/limits.md)\n");
}

// The CLI maps a regular input (map_file): the same text as read_file gives, readable again after
// release(); what cannot be mapped (an empty file, a directory, a file past the limit) is read or
// refused as read_file does it.
TEST_F(PathsTest, AMappedFileReadsAsTheReadOne) {
  const fs::path file = dir_ / "e.yaml";
  std::ofstream(file) << slurp(example);
  Result<SourceText> mapped = map_file(file.string());
  ASSERT_TRUE(mapped.value);
  EXPECT_TRUE(mapped.value->mapped());
  const Result<std::string> read = read_file(file.string());
  ASSERT_TRUE(read.value);
  EXPECT_EQ(mapped.value->view(), *read.value);
  mapped.value->release();
  EXPECT_EQ(mapped.value->view(), *read.value);
  SourceText moved = std::move(*mapped.value);
  EXPECT_EQ(moved.view(), *read.value);

  const fs::path empty = dir_ / "empty.yaml";
  { std::ofstream create(empty); }
  const Result<SourceText> none = map_file(empty.string());
  ASSERT_TRUE(none.value);
  EXPECT_FALSE(none.value->mapped());
  EXPECT_EQ(none.value->view(), "");
  for (const fs::path& bad : {dir_, dir_ / "missing.yaml"}) {
    const Result<SourceText> failed = map_file(bad.string());
    EXPECT_FALSE(failed.value);
    EXPECT_EQ(format_diagnostics(failed.diagnostics, ""),
              format_diagnostics(read_file(bad.string()).diagnostics, ""));
  }
  const Result<SourceText> large = map_file(file.string(), 10);
  EXPECT_FALSE(large.value);
  EXPECT_EQ(format_diagnostics(large.diagnostics, ""),
            file.string() + ":1:1: error: file is larger than 0 MiB (see docs/limits.md)\n");
}

// Root reads any file whatever its mode, so the check needs an ordinary user.
TEST_F(PathsTest, AnUnreadableFileIsAnError) {
  if (::geteuid() == 0) GTEST_SKIP() << "running as root, which can read a chmod 000 file";
  const fs::path file = dir_ / "secret.yaml";
  std::ofstream(file) << slurp(example);
  fs::permissions(file, fs::perms::none);
  const testing::CliOutcome result = run_cli("check " + file.string());
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.output, file.string() + ": error: cannot open file: Permission denied\n");
}

}  // namespace
}  // namespace chronograph
