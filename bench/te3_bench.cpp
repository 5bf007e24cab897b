// All 20 TempEval-3 platinum documents checked in one process: read TimeML, build the model,
// reason (relations only, then with --anchor-timex). Needs ../shared beside the checkout.
//   cmake --build build --target chronograph_bench
//   ./build/bench/chronograph_bench --benchmark_filter=Te3

#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "chronograph/chronograph.hpp"

namespace chronograph {
namespace {

struct TimemlFile {
  std::string path;
  std::string text;
};

std::vector<TimemlFile> te3_documents() {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(CHRONOGRAPH_SOURCE_DIR).parent_path() / "shared/data/te3-platinum";
  std::vector<TimemlFile> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".tml") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    files.push_back({entry.path().filename().string(),
                     {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}});
  }
  return files;
}

void Te3CheckAll(benchmark::State& state) {
  const std::vector<TimemlFile> files = te3_documents();
  if (files.empty()) {
    state.SkipWithError("../shared/data/te3-platinum is absent");
    return;
  }
  const LoadOptions options{state.range(0) != 0};
  for (auto _ : state) {
    std::size_t errors = 0;
    for (const TimemlFile& file : files) errors += load(file.text, file.path, options).ok() ? 0 : 1;
    benchmark::DoNotOptimize(errors);
  }
  state.counters["documents"] = static_cast<double>(files.size());
}
BENCHMARK(Te3CheckAll)->Arg(0)->Arg(1)->ArgName("anchor_timex")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chronograph
