#pragma once
// Internal: a second thread that takes items in order, batch by batch, while the caller goes on
// producing them: a two-stage pipeline (the reader of a big file and the model builder it
// feeds). At most a few batches are in flight, so memory stays that of a few batches. Without a
// thread to be had, each item is taken at once on the caller's thread.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace chronograph::detail {

template <class Item>
class Handoff {
 public:
  explicit Handoff(std::function<void(Item&)> take, std::size_t batch = 1024)
      : take_(std::move(take)), batch_(batch) {
    try {
      worker_ = std::thread([this] { work(); });
    } catch (const std::system_error&) {
      // No thread: push() takes each item itself.
    }
  }
  Handoff(const Handoff&) = delete;
  Handoff& operator=(const Handoff&) = delete;
  ~Handoff() { stop(); }

  void push(Item&& item) {
    if (!worker_.joinable()) {
      take_(item);
      return;
    }
    filling_.push_back(std::move(item));
    if (filling_.size() >= batch_) submit();
  }

  // Waits until every item pushed is taken; rethrows what a take threw (the items after it are
  // dropped).
  void finish() {
    stop();
    if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
  }

 private:
  static constexpr std::size_t in_flight = 3;

  void submit() {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [this] { return queue_.size() < in_flight; });
    queue_.push_back(std::move(filling_));
    filling_ = {};
    if (!spare_.empty()) {
      filling_ = std::move(spare_.back());
      spare_.pop_back();
    }
    ready_.notify_one();
    lock.unlock();
    // What the taken items still hold is freed here, on the thread that allocated it: glibc gives
    // each thread an arena of its own, and a free from another thread waits for that arena's lock.
    filling_.clear();
  }

  void stop() {
    if (!worker_.joinable()) return;
    if (!filling_.empty()) submit();
    {
      const std::lock_guard lock(mutex_);
      done_ = true;
    }
    ready_.notify_one();
    worker_.join();
  }

  void work() {
    for (;;) {
      std::vector<Item> batch;
      {
        std::unique_lock lock(mutex_);
        ready_.wait(lock, [this] { return !queue_.empty() || done_; });
        if (queue_.empty()) return;
        batch = std::move(queue_.front());
        queue_.pop_front();
      }
      room_.notify_one();
      for (Item& item : batch) {
        if (error_) break;
        try {
          take_(item);
        } catch (...) {
          error_ = std::current_exception();
        }
      }
      const std::lock_guard lock(mutex_);
      spare_.push_back(std::move(batch));
    }
  }

  std::function<void(Item&)> take_;
  std::size_t batch_;
  std::vector<Item> filling_;  // the caller's
  std::mutex mutex_;
  std::condition_variable ready_;  // a batch is queued, or done_
  std::condition_variable room_;   // a batch was taken off the queue
  std::deque<std::vector<Item>> queue_;
  std::vector<std::vector<Item>> spare_;  // taken batches, for the caller to empty and refill
  bool done_ = false;
  std::exception_ptr error_;  // the worker's; read after join
  std::thread worker_;        // last: started once the rest is constructed
};

}  // namespace chronograph::detail
