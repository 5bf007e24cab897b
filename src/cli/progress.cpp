#include "cli/progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <ostream>

namespace chronograph::cli {

namespace {

// Back to the start of the line, then erase it: the bar is redrawn in place.
constexpr std::string_view erase_line = "\r\x1b[K";

}  // namespace

std::string progress_line(std::size_t done, std::size_t stages, std::string_view name,
                          std::chrono::milliseconds elapsed) {
  const std::size_t filled = stages == 0 ? 0 : std::min(done, stages) * progress_bar_width / stages;
  return fmt::format("chronograph: [{}{}] {} ({}/{}) {:.1f} s", std::string(filled, '#'),
                     std::string(progress_bar_width - filled, '-'), name,
                     std::min(done + 1, stages), stages,
                     static_cast<double>(elapsed.count()) / 1000.0);
}

Progress::Progress(std::ostream& out, bool terminal, std::size_t stages, bool ticking,
                   Clock::time_point start)
    : out_(out), terminal_(terminal), stages_(stages), start_(start) {
  if (terminal_ && ticking) thread_ = std::thread([this] { run(); });
}

Progress::~Progress() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
    clear_locked();
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Progress::stage(std::string_view name) {
  const std::lock_guard lock(mutex_);
  if (started_) ++done_;
  started_ = true;
  paused_ = false;
  name_ = name;
}

void Progress::hide() {
  const std::lock_guard lock(mutex_);
  paused_ = true;
  clear_locked();
}

void Progress::draw(Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  if (!terminal_ || !started_ || paused_ || stopping_ || now - start_ < progress_delay) return;
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - start_);
  out_ << erase_line << progress_line(done_, stages_, name_, elapsed) << std::flush;
  shown_ = true;
}

bool Progress::stderr_is_terminal() {
  return ::isatty(STDERR_FILENO) == 1;
}

void Progress::clear_locked() {
  if (!shown_) return;
  out_ << erase_line << std::flush;
  shown_ = false;
}

void Progress::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, progress_tick);
    if (stopping_) break;
    lock.unlock();
    draw(Clock::now());
    lock.lock();
  }
}

}  // namespace chronograph::cli
