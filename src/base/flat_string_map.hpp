#pragma once
// A map from strings to values for the id tables a big file fills: a million ids or more, looked
// up several million times. std::unordered_map spends a heap node per id (~100 bytes, a malloc,
// and a free at the end) and three dependent loads per lookup; here the entries sit in one vector
// in insertion order and the index is an open-addressing array of 8-byte slots (a hash tag and the
// entry's number), so a lookup is a slot and an entry, and adding an id is a push_back.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chronograph::detail {

template <class Value>
class FlatStringMap {
 public:
  struct Entry {
    std::string key;
    Value value;
  };

  void reserve(std::size_t count) {
    entries_.reserve(count);
    if (count > capacity_for_load()) rehash(slots_for(count));
  }
  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }

  // The number of the entry for `key`, added with `value` when there is none, and whether it was
  // added. Numbers are given in insertion order and stay; references into entries do not when it
  // grows past what reserve() made room for.
  std::pair<std::uint32_t, bool> try_emplace(std::string_view key, Value value) {
    if (entries_.size() + 1 > capacity_for_load()) rehash(slots_for(entries_.size() + 1));
    const std::uint32_t tag = tag_of(key);
    std::size_t at = tag & mask_;
    for (;; at = (at + 1) & mask_) {
      const Slot slot = slots_[at];
      if (slot.entry == 0) break;
      if (slot.tag == tag && entries_[slot.entry - 1].key == key) return {slot.entry - 1, false};
    }
    const auto number = static_cast<std::uint32_t>(entries_.size());
    entries_.push_back(Entry{std::string(key), std::move(value)});
    slots_[at] = Slot{tag, number + 1};
    return {number, true};
  }

  [[nodiscard]] const Value* find(std::string_view key) const {
    const std::uint32_t number = number_of(key);
    return number == none ? nullptr : &entries_[number].value;
  }
  [[nodiscard]] Value* find(std::string_view key) {
    const std::uint32_t number = number_of(key);
    return number == none ? nullptr : &entries_[number].value;
  }
  static constexpr std::uint32_t none = UINT32_MAX;
  // The entry's number, or `none`.
  [[nodiscard]] std::uint32_t number_of(std::string_view key) const {
    if (slots_.empty()) return none;
    const std::uint32_t tag = tag_of(key);
    for (std::size_t at = tag & mask_;; at = (at + 1) & mask_) {
      const Slot slot = slots_[at];
      if (slot.entry == 0) return none;
      if (slot.tag == tag && entries_[slot.entry - 1].key == key) return slot.entry - 1;
    }
  }

  [[nodiscard]] Entry& operator[](std::uint32_t number) { return entries_[number]; }
  [[nodiscard]] const Entry& operator[](std::uint32_t number) const { return entries_[number]; }
  // In insertion order.
  [[nodiscard]] auto begin() const { return entries_.begin(); }
  [[nodiscard]] auto end() const { return entries_.end(); }

 private:
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t entry = 0;  // the entry's number + 1; 0 for an empty slot
  };

  static std::uint32_t tag_of(std::string_view key) {
    return static_cast<std::uint32_t>(std::hash<std::string_view>{}(key));
  }
  // At most three quarters full, so that a miss ends after a few slots of one cache line.
  [[nodiscard]] std::size_t capacity_for_load() const { return slots_.size() / 4 * 3; }
  static std::size_t slots_for(std::size_t count) {
    std::size_t slots = 16;
    while (slots / 4 * 3 < count) slots *= 2;
    return slots;
  }
  void rehash(std::size_t slots) {
    slots_.assign(slots, Slot{});
    mask_ = slots - 1;
    for (std::uint32_t number = 0; number < entries_.size(); ++number) {
      const std::uint32_t tag = tag_of(entries_[number].key);
      std::size_t at = tag & mask_;
      while (slots_[at].entry != 0) at = (at + 1) & mask_;
      slots_[at] = Slot{tag, number + 1};
    }
  }

  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace chronograph::detail
