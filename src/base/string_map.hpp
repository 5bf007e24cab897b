#pragma once
// Internal: hash maps keyed by strings (ids, keys), looked up by string_view without a copy.
// Ordered maps cost a string comparison per tree level, and a big file's ids are millions.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace chronograph::detail {

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const {
    return std::hash<std::string_view>{}(text);
  }
};

template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace chronograph::detail
