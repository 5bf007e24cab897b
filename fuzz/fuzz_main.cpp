// libFuzzer's entry point for the target named by CHRONOGRAPH_FUZZ_TARGET (fuzz/CMakeLists.txt).
// A broken property aborts, so libFuzzer keeps the input as a crasher.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!chronograph::fuzz::CHRONOGRAPH_FUZZ_TARGET(bytes)) std::abort();
  return 0;
}
