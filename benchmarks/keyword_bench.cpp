// Keyword matcher speed as the number of keywords grows: scanning must stay
// flat from the default pack's ~300 keywords to thousands (issue 4).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "corpus/synthetic_offers.hpp"
#include "jobscreen/normalize.hpp"
#include "keywords/keyword_matcher.hpp"

namespace {

using jobscreen::detail::KeywordMatch;
using jobscreen::detail::KeywordMatcher;
using jobscreen::detail::KeywordPattern;
using jobscreen::detail::KeywordScratch;

// ~2 KB offers of every script, in match form, built once.
const std::vector<std::string>& match_forms() {
  static const std::vector<std::string> forms = [] {
    std::vector<std::string> out;
    for (const std::string& offer :
         jobscreen::bench::synthetic_offers(jobscreen::bench::Script::mixed, 1000, 2048, 42)) {
      out.push_back(jobscreen::normalize(offer).text);
    }
    return out;
  }();
  return forms;
}

// Rules hold several keywords each: ids are shared by runs of patterns, and
// some rules allow words in between.
std::vector<KeywordPattern> keyword_patterns(std::size_t count) {
  std::vector<KeywordPattern> patterns;
  std::uint32_t index = 0;
  for (std::string& phrase : jobscreen::bench::generated_keywords(count, 7)) {
    const std::uint32_t id = index / 4;
    patterns.push_back({std::move(phrase), id % 5 == 0 ? 2u : 0u, id});
    ++index;
  }
  return patterns;
}

void BM_KeywordFindAll(benchmark::State& state) {
  const auto& forms = match_forms();
  const KeywordMatcher matcher(keyword_patterns(static_cast<std::size_t>(state.range(0))));
  KeywordScratch scratch;
  std::vector<KeywordMatch> matches;
  std::size_t bytes = 0;
  std::size_t found = 0;
  for (auto _ : state) {
    for (const std::string& form : forms) {
      matches.clear();
      matcher.find_all(form, matches, scratch);
      found += matches.size();
      bytes += form.size();
    }
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.counters["matches_per_offer"] = benchmark::Counter(
      static_cast<double>(found) / static_cast<double>(forms.size() * state.iterations()));
  state.counters["memory_kib"] = static_cast<double>(matcher.memory_bytes()) / 1024.0;
}
BENCHMARK(BM_KeywordFindAll)->Arg(300)->Arg(2500)->Arg(10000)->Unit(benchmark::kMillisecond);

// The plain overload allocates its working memory on every call.
void BM_KeywordFindAllWithoutScratch(benchmark::State& state) {
  const auto& forms = match_forms();
  const KeywordMatcher matcher(keyword_patterns(static_cast<std::size_t>(state.range(0))));
  std::vector<KeywordMatch> matches;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& form : forms) {
      matches.clear();
      matcher.find_all(form, matches);
      bytes += form.size();
    }
    benchmark::DoNotOptimize(matches.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_KeywordFindAllWithoutScratch)->Arg(300)->Unit(benchmark::kMillisecond);

void BM_KeywordMatcherBuild(benchmark::State& state) {
  const std::vector<KeywordPattern> patterns =
      keyword_patterns(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    const KeywordMatcher matcher(patterns);
    benchmark::DoNotOptimize(matcher.memory_bytes());
  }
}
BENCHMARK(BM_KeywordMatcherBuild)->Arg(300)->Arg(2500)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_SplitWords(benchmark::State& state) {
  const auto& forms = match_forms();
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& form : forms) {
      benchmark::DoNotOptimize(jobscreen::detail::split_words(form).size());
      bytes += form.size();
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}
BENCHMARK(BM_SplitWords)->Unit(benchmark::kMillisecond);

}  // namespace
