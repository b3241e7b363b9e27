// Whole scans (normalise, entities, match, score, explain) with the default
// pack: by offer size and script, by rule count, by thread count, plus the
// latency distribution of a 2 KB check and the cost of compiling the pack.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>

#include "corpus/generated_pack.hpp"
#include "corpus/synthetic_offers.hpp"
#include "jobscreen/jobscreen.hpp"

namespace {

using jobscreen::Engine;
using jobscreen::bench::Script;

const std::shared_ptr<const Engine>& default_engine() {
  static const auto engine = Engine::default_engine();
  return engine;
}

// The default pack plus `extra` generated keyword rules in a family of their own.
std::shared_ptr<const Engine> engine_with_extra_rules(std::size_t extra) {
  return Engine::compile(jobscreen::bench::default_pack_with_generated_rules(extra));
}

// Safe to call from several benchmark threads at once (BM_ScanThreads may be
// the first to ask); the vectors never move once made (std::map nodes).
const std::vector<std::string>& offers(Script script, std::size_t bytes) {
  static std::mutex mutex;
  static std::map<std::pair<int, std::size_t>, std::vector<std::string>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto& slot = cache[{static_cast<int>(script), bytes}];
  if (slot.empty()) {
    const std::size_t count = std::max<std::size_t>(16, (4u << 20) / bytes);  // ~4 MiB of text
    slot = jobscreen::bench::synthetic_offers(script, count, bytes, 42);
  }
  return slot;
}

// Each benchmark thread starts at its own place in the corpus.
void scan_all(benchmark::State& state, const Engine& engine,
              const std::vector<std::string>& texts) {
  std::size_t bytes = 0;
  std::size_t i = static_cast<std::size_t>(state.thread_index()) * texts.size() /
                  static_cast<std::size_t>(state.threads());
  const std::size_t first = i;
  std::size_t spans = 0;  // hits' matches and entities: explain's work grows with them
  for (auto _ : state) {
    const auto& text = texts[i++ % texts.size()];
    const jobscreen::Result result = engine.scan(text);
    for (const auto& hit : result.hits) spans += hit.matches.size();
    spans += result.entities.size();
    bytes += text.size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(i - first));
  state.counters["spans_per_offer"] = benchmark::Counter(
      static_cast<double>(spans) / static_cast<double>(std::max<std::size_t>(1, i - first)),
      benchmark::Counter::kAvgThreads);
}

void BM_Scan(benchmark::State& state) {
  const auto script = static_cast<Script>(state.range(0));
  const auto& texts = offers(script, static_cast<std::size_t>(state.range(1)));
  scan_all(state, *default_engine(), texts);
}
BENCHMARK(BM_Scan)
    ->ArgNames({"script", "bytes"})
    ->ArgsProduct({{static_cast<int>(Script::english), static_cast<int>(Script::serbian_latin),
                    static_cast<int>(Script::serbian_cyrillic),
                    static_cast<int>(Script::obfuscated), static_cast<int>(Script::mixed)},
                   {200, 2000, 20000}});

void BM_ScanRuleCount(benchmark::State& state) {
  static std::map<std::int64_t, std::shared_ptr<const Engine>> engines;
  auto& engine = engines[state.range(0)];
  if (!engine) engine = engine_with_extra_rules(static_cast<std::size_t>(state.range(0)));
  state.counters["rules"] = static_cast<double>(engine->rules().rules.size());
  scan_all(state, *engine, offers(Script::mixed, 2000));
}
BENCHMARK(BM_ScanRuleCount)->ArgName("extra_keyword_rules")->Arg(0)->Arg(500)->Arg(2500);

// One engine shared by every thread, as the CLI and Python do.
void BM_ScanThreads(benchmark::State& state) {
  scan_all(state, *default_engine(), offers(Script::mixed, 2000));
}
BENCHMARK(BM_ScanThreads)->Threads(1)->Threads(2)->UseRealTime();

// What a hotline worker waits for: one 2 KB check, as percentiles.
void BM_CheckLatency(benchmark::State& state) {
  const auto& texts = offers(Script::mixed, 2000);
  std::vector<double> micros;
  micros.reserve(static_cast<std::size_t>(state.max_iterations));
  std::size_t i = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(default_engine()->scan(texts[i++ % texts.size()]));
    micros.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(micros.begin(), micros.end());
  auto at = [&](double q) {
    return micros[static_cast<std::size_t>(q * static_cast<double>(micros.size() - 1))];
  };
  state.counters["p50_us"] = at(0.50);
  state.counters["p90_us"] = at(0.90);
  state.counters["p99_us"] = at(0.99);
  state.counters["p999_us"] = at(0.999);
  state.counters["max_us"] = micros.back();
}
BENCHMARK(BM_CheckLatency)->Iterations(20000);

// Start-up cost of the CLI and of Engine.default() in Python.
void BM_CompileDefaultPack(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Engine::default_engine());
}
BENCHMARK(BM_CompileDefaultPack)->Unit(benchmark::kMillisecond);

}  // namespace
