#pragma once
// A string of a small set that millions of records repeat (the file a range points into, the zone
// a time was read in), held as one pointer to a copy kept for the life of the process. Reads as a
// const std::string&. Only for values drawn from a bounded set: a copy is never freed.

#include <iosfwd>
#include <string>
#include <string_view>

namespace chronograph {

// `Set` tells the sets apart (each has its own table and its own last-used cache), so that a
// parser alternating between a file name and zone names does not miss both caches.
template <class Set>
class Interned {
 public:
  Interned() = default;
  Interned(std::string_view name) : name_(intern(name)) {}                 // NOLINT: as a string
  Interned(const std::string& name) : Interned(std::string_view(name)) {}  // NOLINT
  Interned(const char* name) : Interned(std::string_view(name)) {}         // NOLINT

  [[nodiscard]] const std::string& str() const { return name_ ? *name_ : none(); }
  operator const std::string&() const { return str(); }  // NOLINT
  operator std::string_view() const { return str(); }    // NOLINT
  [[nodiscard]] bool empty() const { return name_ == nullptr; }
  [[nodiscard]] const char* c_str() const { return str().c_str(); }

  friend bool operator==(const Interned& a, const Interned& b) { return a.name_ == b.name_; }
  friend bool operator==(const Interned& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Interned& a, const char* b) { return a.str() == b; }
  friend bool operator==(const Interned& a, const std::string& b) { return a.str() == b; }

 private:
  // The empty name is no pointer: records default-construct a name by the million (a JSON
  // object's key set holds sixteen ranges), and that must not cost a call.
  static const std::string* intern(std::string_view name);
  static const std::string& none();
  const std::string* name_ = nullptr;
};

template <class Set>
std::ostream& operator<<(std::ostream& out, const Interned<Set>& name) {
  return out << name.str();
}

}  // namespace chronograph
