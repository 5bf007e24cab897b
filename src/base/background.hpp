#pragma once
// Internal: a job on a thread of its own, for the stages that read two independent parts of a big
// input at once. The caller waits with get(), which rethrows what the job threw; a future left
// unwaited waits in its destructor, so a job never outlives what it uses.

#include <future>
#include <system_error>
#include <utility>

namespace chronograph::detail {

// `job` on a new thread, or run here at once when no thread is to be had (the future is then
// ready, holding what it threw).
template <class Job>
std::future<void> in_background(Job job) {
  try {
    return std::async(std::launch::async, job);
  } catch (const std::system_error&) {
    std::packaged_task<void()> here(std::move(job));
    std::future<void> done = here.get_future();
    here();
    return done;
  }
}

}  // namespace chronograph::detail
