// chronograph extract on 100 KB of text (issue 14's target: under a second). The texts are made
// here, paragraph by paragraph with a running number so that none is folded as a repeat:
//   cmake --build build --target chronograph_bench && build/bench/chronograph_bench
//   --benchmark_filter=Extract

#include <string>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include "chronograph/extract.hpp"

namespace {

std::string korean_text(std::size_t bytes) {
  std::string text = "제목\n01.26 19:55\n";
  for (int i = 0; text.size() < bytes; ++i)
    text += fmt::format(
        "{}일 업계에 따르면 전날 늦게 도착한 김민수 대표는 이날 오전 공장 {}곳을 둘러본 것으로 "
        "알려졌다. 출국 전 늦은 오후엔 박지훈 회장과도 만날 예정이다. 그는 지난해 6월 이후 "
        "7개월 만에 방한했으며, 당초 6시간 정도만 머물 예정이었으나 1박으로 늘렸다고 한다.\n",
        i % 28 + 1, i);
  return text;
}

std::string english_text(std::size_t bytes) {
  std::string text = "Headline\n";
  for (int i = 0; text.size() < bytes; ++i)
    text += fmt::format(
        "The council said on Tuesday that {} homes, empty since March 2022, will be sold next "
        "month. Work took three years, officials said yesterday, and inspections happen every "
        "week until the end of 2024.\n",
        i);
  return text;
}

void run(benchmark::State& state, const std::string& text, const char* published) {
  chronograph::ExtractOptions options;
  options.published = published;
  for (auto _ : state) {
    auto result = chronograph::extract(text, options);
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_ExtractKorean100KB(benchmark::State& state) {
  run(state, korean_text(100 * 1024), "2024-01-26T19:55+09:00");
}
void BM_ExtractEnglish100KB(benchmark::State& state) {
  run(state, english_text(100 * 1024), "2024-01-26");
}

BENCHMARK(BM_ExtractKorean100KB)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractEnglish100KB)->Unit(benchmark::kMillisecond);

}  // namespace
