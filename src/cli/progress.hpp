#pragma once
// A progress bar on standard error for commands that take over a second, drawn only when standard
// error is a terminal (docs/cli.md, "Progress"). The library never prints: the CLI learns of each
// stage from LoadOptions::on_stage and its own steps, and this draws them.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <iosfwd>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace chronograph::cli {

// Nothing is drawn before this much time has passed: quick commands stay silent.
inline constexpr std::chrono::milliseconds progress_delay{1000};
inline constexpr std::chrono::milliseconds progress_tick{100};
inline constexpr std::size_t progress_bar_width = 24;

// One frame: "chronograph: [######------] reasoning (3/6) 2.4 s", `done` of `stages` finished.
[[nodiscard]] std::string progress_line(std::size_t done, std::size_t stages, std::string_view name,
                                        std::chrono::milliseconds elapsed);

class Progress {
 public:
  using Clock = std::chrono::steady_clock;

  // Draws on `out` when `terminal`; otherwise every call does nothing. `ticking` starts the thread
  // that redraws every progress_tick; tests leave it off and call draw() themselves.
  Progress(std::ostream& out, bool terminal, std::size_t stages, bool ticking = true,
           Clock::time_point start = Clock::now());
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // The next stage begins (the first call starts the first), and drawing resumes after hide().
  void stage(std::string_view name);
  // Clears the bar and draws no more until the next stage(): the caller may then write to the
  // stream itself (diagnostics) without the bar cutting into it.
  void hide();
  // Redraws for `now`; what the thread calls.
  void draw(Clock::time_point now);

  // Whether the process's standard error is a terminal.
  [[nodiscard]] static bool stderr_is_terminal();

 private:
  void clear_locked();
  void run();

  std::ostream& out_;
  const bool terminal_;
  const std::size_t stages_;
  const Clock::time_point start_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::size_t done_ = 0;
  std::string name_;
  bool started_ = false;
  bool paused_ = false;
  bool shown_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace chronograph::cli
