#include "time/text.hpp"

#include <algorithm>
#include <numeric>
#include <utility>
#include <vector>

namespace chronograph::detail {

void fail(std::size_t offset, std::size_t length, std::string message) {
  throw TimeFailure{TimeError{offset, length, std::move(message)}};
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace chronograph::detail
