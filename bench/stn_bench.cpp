// The reason stage on large generated graphs: events on a hidden, seeded time line, stated with
// day- or hour-sized fuzz, and relations that the hidden time line makes true.
//   cmake --build build --target chronograph_bench
//   ./build/bench/chronograph_bench --benchmark_filter=Stn

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <algorithm>
#include <ctime>
#include <map>
#include <memory>
#include <numeric>
#include <random>

#include "chronograph/reason.hpp"
#include "reason/first_pass.hpp"
#include "reason/network.hpp"
#include "reason/propagate.hpp"
#include "reason/solve.hpp"

namespace chronograph {
namespace {

struct Hidden {
  Seconds start;
  Seconds end;
};

Bounds fuzz(Seconds instant, int precision) {
  if (precision == 0) return {};  // open: nothing stated
  const Seconds unit = precision == 1 ? 86400 : 3600;
  const Seconds floor = instant - ((instant % unit) + unit) % unit;
  return {floor, floor + unit - 1};
}

EventGraph generate(std::size_t events, std::size_t relations) {
  std::mt19937_64 random(20240125);
  std::vector<Hidden> hidden(events);
  Seconds clock = 1'700'000'000;
  std::vector<char> meets_previous(events, 0);
  for (std::size_t rank = 0; rank < events; ++rank) {
    meets_previous[rank] = rank > 0 && random() % 20 == 0;
    const Seconds start = meets_previous[rank] ? hidden[rank - 1].end : clock + random() % 600;
    hidden[rank] = {start, start + static_cast<Seconds>(random() % 7200)};
    clock = std::max(clock, start);
  }
  // File order differs from time order: ranks are shuffled into ids.
  std::vector<std::uint32_t> node_of_rank(events);
  std::iota(node_of_rank.begin(), node_of_rank.end(), 0);
  std::shuffle(node_of_rank.begin(), node_of_rank.end(), random);
  std::vector<std::uint32_t> rank_of_node(events);
  for (std::uint32_t rank = 0; rank < events; ++rank) rank_of_node[node_of_rank[rank]] = rank;

  EventGraph graph;
  for (std::uint32_t node = 0; node < events; ++node) {
    const Hidden& truth = hidden[rank_of_node[node]];
    const int precision = static_cast<int>(random() % 10 == 0 ? 0 : 1 + random() % 2);
    Event event;
    event.id = fmt::format("e{}", node);
    event.when.zone = "UTC";
    event.stated_start = fuzz(truth.start, precision);
    event.stated_end = fuzz(truth.end, precision);
    graph.add_event(std::move(event));
  }
  const auto relate = [&](std::uint32_t from_rank, RelationType type, std::uint32_t to_rank) {
    Relation relation;
    relation.from = node_of_rank[from_rank];
    relation.to = node_of_rank[to_rank];
    relation.type = type;
    graph.add_relation(std::move(relation));
  };
  std::size_t added = 0;
  for (std::uint32_t rank = 1; rank < events && added < relations; ++rank)
    if (meets_previous[rank]) relate(rank - 1, RelationType::meets, rank), ++added;
  while (added < relations) {
    const auto a = static_cast<std::uint32_t>(random() % events);
    const auto b =
        static_cast<std::uint32_t>(std::min<std::uint64_t>(events - 1, a + 1 + random() % 300));
    const Hidden x = hidden[a];
    const Hidden y = hidden[b];
    if (x.end < y.start)
      relate(a, RelationType::before, b);
    else if (y.start < x.start && x.end < y.end)
      relate(a, RelationType::during, b);
    else if (x.start < y.start && y.end < x.end)
      relate(a, RelationType::contains, b);
    else if (x.start <= y.start && y.start < x.end)
      relate(a, RelationType::causes, b);
    else
      continue;
    ++added;
  }
  return graph;
}

EventGraph& cached(std::size_t events) {
  static std::map<std::size_t, std::unique_ptr<EventGraph>> graphs;
  auto& slot = graphs[events];
  if (!slot) slot = std::make_unique<EventGraph>(generate(events, 2 * events));
  return *slot;
}

// Consistency and tight bounds from the model: building the network (collect + CSR) and solving.
void StnConsistencyAndBounds(benchmark::State& state) {
  const EventGraph& graph = cached(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    detail::NetworkData network;
    Diagnostics diagnostics;
    detail::collect_constraints(graph, network, diagnostics);
    detail::build_distance_graphs(network);
    std::vector<Contradiction> contradictions;
    detail::solve(graph, network, diagnostics, contradictions);
    if (!network.consistent) state.SkipWithError("generated network is inconsistent");
    benchmark::DoNotOptimize(network.from_origin.data());
  }
}

// Reading the statements into constraints only.
void StnCollectConstraints(benchmark::State& state) {
  const EventGraph& graph = cached(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    detail::NetworkData network;
    Diagnostics diagnostics;
    detail::collect_constraints(graph, network, diagnostics);
    benchmark::DoNotOptimize(network.relation_ends.data());
  }
}

// Building the CSR distance graph from collected constraints (the reversed one is only built
// once a contradiction is found).
void StnBuildDistanceGraphs(benchmark::State& state) {
  const EventGraph& graph = cached(static_cast<std::size_t>(state.range(0)));
  detail::NetworkData network;
  Diagnostics diagnostics;
  detail::collect_constraints(graph, network, diagnostics);
  for (auto _ : state) {
    detail::build_distance_graphs(network);
    benchmark::DoNotOptimize(&network.forward);
  }
}

// Consistency and tight bounds of the built network: what the 0.3 s at 1M covers
// (docs/reasoning.md, "What the 0.3 s covers").
void StnPropagationOnly(benchmark::State& state) {
  const EventGraph& graph = cached(static_cast<std::size_t>(state.range(0)));
  detail::NetworkData network;
  Diagnostics diagnostics;
  detail::collect_constraints(graph, network, diagnostics);
  detail::build_distance_graphs(network);
  state.counters["constraints"] = static_cast<double>(network.constraint_count());
  for (auto _ : state) {
    std::vector<Contradiction> contradictions;
    detail::solve(graph, network, diagnostics, contradictions);
    benchmark::DoNotOptimize(network.from_origin.data());
  }
}

double thread_cpu_ms() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Where the time of consistency + bounds goes, as thread CPU time (robust on a busy machine).
void StnPhases(benchmark::State& state) {
  const EventGraph& graph = cached(static_cast<std::size_t>(state.range(0)));
  std::map<std::string, double> total;
  for (auto _ : state) {
    detail::NetworkData network;
    Diagnostics diagnostics;
    double mark = thread_cpu_ms();
    const auto lap = [&](const char* name) {
      const double now = thread_cpu_ms();
      total[name] += now - mark;
      mark = now;
    };
    detail::collect_constraints(graph, network, diagnostics);
    lap("collect_ms");
    detail::build_distance_graphs(network);
    lap("csr_ms");
    detail::Components components;
    detail::Propagation backward;
    if (!detail::components_and_earliest(network, components, backward))
      state.SkipWithError("cycle");
    lap("scc_earliest_ms");
    detail::Propagation forward;
    detail::propagate(network, components, false, forward, detail::Ties::smallest_constraint);
    if (detail::cycle_through_origin(network, forward)) state.SkipWithError("cycle");
    lap("latest_ms");
  }
  for (const auto& [name, ms] : total)
    state.counters[name] = ms / static_cast<double>(state.iterations());
}

// The whole stage: also writes bounds, sorts events and derives each neighbour's order.
void StnReasonStage(benchmark::State& state) {
  EventGraph& graph = cached(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const ReasonReport report = reason(graph);
    if (has_errors(report.diagnostics)) state.SkipWithError("unexpected contradiction");
    benchmark::DoNotOptimize(report.chronological.data());
  }
}

BENCHMARK(StnConsistencyAndBounds)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(StnCollectConstraints)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(StnBuildDistanceGraphs)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(StnPropagationOnly)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(StnPhases)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(StnReasonStage)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace chronograph
