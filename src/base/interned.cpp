#include "chronograph/interned.hpp"

#include <mutex>
#include <ostream>
#include <unordered_set>

#include "chronograph/diagnostic.hpp"
#include "chronograph/time.hpp"

namespace chronograph {

namespace {
struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view name) const {
    return std::hash<std::string_view>{}(name);
  }
};
}  // namespace

// Names are few (the files one process reads, the zones its times name) and never freed, so a
// pointer stays valid for every record that holds it. The last name is remembered per thread and
// set: a parser makes all its ranges with one file name, and the lock and the hash are paid once
// per file, not once per range.
template <class Set>
const std::string* Interned<Set>::intern(std::string_view name) {
  // Default values (no file, no zone) are made all the time, between named ones: no lock.
  if (name.empty()) return nullptr;
  thread_local const std::string* last = nullptr;
  if (last != nullptr && *last == name) return last;
  static std::mutex mutex;
  static auto* names = new std::unordered_set<std::string, Hash, std::equal_to<>>();
  const std::lock_guard lock(mutex);
  // Found without a copy: times alternate between a few zones, so this runs once per time.
  const auto found = names->find(name);
  last = found != names->end() ? &*found : &*names->emplace(name).first;
  return last;
}

template <class Set>
const std::string& Interned<Set>::none() {
  static const std::string empty;
  return empty;
}

template class Interned<SourceFiles>;
template class Interned<ZoneNames>;

}  // namespace chronograph
