// Where the time of one scan goes: each stage of the pipeline on its own, on
// the same offers as scan_bench (seed 42), with the default pack's rules.
//
//   BM_Stage_Normalize       bytes -> match form + offset map
//   BM_Stage_Keywords        the Aho-Corasick pass (as Engine::scan calls it)
//   BM_Stage_KeywordsScratch the same pass with reused working memory
//   BM_Stage_Regex           RE2::Set, then each matched rule's RE2 for spans
//   BM_Stage_Entities        pay, contacts, places, ages, ...
//   BM_Stage_WordPositions   word numbers for proximity combinations
//   BM_Stage_Scan            the whole of Engine::scan
//   BM_Stage_ScanNoEntities  Engine::scan with ScanOptions::entities = false
//   BM_Stage_ScanToJson      Engine::scan plus to_json (what `jobscreen scan` does per record)
//   BM_Stage_ToJson          to_json alone, on the results of the offers
//
// Stages after matching (conditions, combinations, score, explain) are not
// callable on their own; their cost is Scan minus the stages above, which
// docs/benchmarks.md reports as "score + explain".
#include <benchmark/benchmark.h>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/synthetic_offers.hpp"
#include "engine/keyword_compiler.hpp"
#include "entities/entity_extractor.hpp"
#include "jobscreen/jobscreen.hpp"
#include "keywords/keyword_matcher.hpp"
#include "regex/regex_matcher.hpp"

namespace {

using jobscreen::bench::Script;
using jobscreen::detail::KeywordMatch;
using jobscreen::detail::KeywordPattern;
using jobscreen::detail::RegexMatch;

// The matchers of the default pack, built the way Engine::compile builds them
// (enabled rules only, ids = index among enabled rules).
struct Stages {
  jobscreen::RuleSet rules = jobscreen::RuleSet::default_pack();
  std::unique_ptr<jobscreen::detail::KeywordMatcher> keywords;
  jobscreen::detail::RegexMatcher regexes;
  std::unique_ptr<jobscreen::detail::EntityExtractor> entities;
  std::shared_ptr<const jobscreen::Engine> engine = jobscreen::Engine::compile(rules);
  std::size_t keyword_patterns = 0;

  Stages() {
    std::vector<KeywordPattern> patterns;
    std::uint32_t index = 0;
    for (const auto& rule : rules.rules) {
      if (!rule.enabled) continue;
      if (rule.kind == jobscreen::RuleKind::keywords) {
        for (const auto& keyword : rule.keywords) {
          auto compiled = jobscreen::detail::compile_keyword(keyword);
          if (compiled.error.empty())
            patterns.push_back(
                {std::move(compiled.phrase), static_cast<std::uint32_t>(rule.gap), index});
        }
      } else if (rule.kind == jobscreen::RuleKind::regex) {
        regexes.add(rule.regex, index);
      }
      ++index;
    }
    keyword_patterns = patterns.size();
    keywords = std::make_unique<jobscreen::detail::KeywordMatcher>(patterns);
    regexes.compile();
    entities = std::make_unique<jobscreen::detail::EntityExtractor>(rules.entities);
  }
};

const Stages& stages() {
  static const Stages s;
  return s;
}

struct Corpus {
  std::vector<std::string> offers;
  std::vector<jobscreen::NormalizedText> normalized;
  std::vector<jobscreen::Result> results;  ///< default engine, default options
};

// ~4 MiB of ~2 KB offers of one script, and their match forms.
const Corpus& corpus(Script script) {
  static std::map<int, Corpus> cache;
  Corpus& slot = cache[static_cast<int>(script)];
  if (slot.offers.empty()) {
    slot.offers = jobscreen::bench::synthetic_offers(script, (4u << 20) / 2000, 2000, 42);
    for (const auto& offer : slot.offers) {
      slot.normalized.push_back(jobscreen::normalize(offer));
      slot.results.push_back(stages().engine->scan(offer));
    }
  }
  return slot;
}

const Corpus& corpus_of(const benchmark::State& state) {
  return corpus(static_cast<Script>(state.range(0)));
}

// Counts original bytes, so every stage's MB/s is per byte of offer text and
// the stages' times per offer add up.
template <typename Step>
void run(benchmark::State& state, const Corpus& c, Step step) {
  std::size_t bytes = 0;
  std::size_t i = 0;
  for (auto _ : state) {
    const std::size_t k = i++ % c.offers.size();
    step(k);
    bytes += c.offers[k].size();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(i));
}

void BM_Stage_Normalize(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  run(state, c,
      [&](std::size_t k) { benchmark::DoNotOptimize(jobscreen::normalize(c.offers[k])); });
}

void BM_Stage_Keywords(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& matcher = *stages().keywords;
  std::size_t found = 0;
  run(state, c, [&](std::size_t k) {
    std::vector<KeywordMatch> out;  // a fresh vector per scan, as Engine::scan does
    matcher.find_all(c.normalized[k].text, out);
    found += out.size();
    benchmark::DoNotOptimize(out.data());
  });
  state.counters["patterns"] = static_cast<double>(stages().keyword_patterns);
  state.counters["matches_per_offer"] =
      static_cast<double>(found) /
      static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
}

void BM_Stage_KeywordsScratch(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& matcher = *stages().keywords;
  jobscreen::detail::KeywordScratch scratch;
  std::vector<KeywordMatch> out;
  run(state, c, [&](std::size_t k) {
    out.clear();
    matcher.find_all(c.normalized[k].text, out, scratch);
    benchmark::DoNotOptimize(out.data());
  });
}

void BM_Stage_Regex(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& matcher = stages().regexes;
  std::size_t found = 0;
  run(state, c, [&](std::size_t k) {
    std::vector<RegexMatch> out;
    benchmark::DoNotOptimize(matcher.find_all(c.normalized[k].text, out, 32));
    found += out.size();
  });
  state.counters["patterns"] = static_cast<double>(matcher.size());
  state.counters["matches_per_offer"] =
      static_cast<double>(found) /
      static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
}

void BM_Stage_Entities(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& extractor = *stages().entities;
  std::size_t found = 0;
  run(state, c, [&](std::size_t k) {
    const auto entities = extractor.extract(c.normalized[k]);
    found += entities.size();
    benchmark::DoNotOptimize(entities.data());
  });
  state.counters["entities_per_offer"] =
      static_cast<double>(found) /
      static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
}

void BM_Stage_WordPositions(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  run(state, c, [&](std::size_t k) {
    benchmark::DoNotOptimize(jobscreen::detail::split_words(c.normalized[k].text));
  });
}

void BM_Stage_Scan(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& engine = *stages().engine;
  std::size_t hits = 0;
  run(state, c, [&](std::size_t k) {
    const auto result = engine.scan(c.offers[k]);
    hits += result.hits.size();
    benchmark::DoNotOptimize(result.score);
  });
  state.counters["hits_per_offer"] =
      static_cast<double>(hits) /
      static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
}

void BM_Stage_ScanNoEntities(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& engine = *stages().engine;
  jobscreen::ScanOptions options;
  options.entities = false;
  run(state, c,
      [&](std::size_t k) { benchmark::DoNotOptimize(engine.scan(c.offers[k], options)); });
}

void BM_Stage_ScanToJson(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  const auto& engine = *stages().engine;
  run(state, c, [&](std::size_t k) {
    benchmark::DoNotOptimize(jobscreen::to_json(engine.scan(c.offers[k])));
  });
}

void BM_Stage_ToJson(benchmark::State& state) {
  const Corpus& c = corpus_of(state);
  std::size_t out_bytes = 0;
  run(state, c, [&](std::size_t k) {
    const std::string json = jobscreen::to_json(c.results[k]);
    out_bytes += json.size();
    benchmark::DoNotOptimize(json.data());
  });
  state.counters["json_bytes_per_offer"] =
      static_cast<double>(out_bytes) /
      static_cast<double>(std::max<std::int64_t>(1, state.iterations()));
}

void scripts(benchmark::internal::Benchmark* b) {
  b->ArgName("script");
  for (const Script s : {Script::english, Script::serbian_latin, Script::serbian_cyrillic,
                         Script::obfuscated, Script::mixed})
    b->Arg(static_cast<int>(s));
}

BENCHMARK(BM_Stage_Normalize)->Apply(scripts);
BENCHMARK(BM_Stage_Keywords)->Apply(scripts);
BENCHMARK(BM_Stage_KeywordsScratch)->Apply(scripts);
BENCHMARK(BM_Stage_Regex)->Apply(scripts);
BENCHMARK(BM_Stage_Entities)->Apply(scripts);
BENCHMARK(BM_Stage_WordPositions)->Apply(scripts);
BENCHMARK(BM_Stage_Scan)->Apply(scripts);
BENCHMARK(BM_Stage_ScanNoEntities)->Apply(scripts);
BENCHMARK(BM_Stage_ScanToJson)->Apply(scripts);
BENCHMARK(BM_Stage_ToJson)->Apply(scripts);

}  // namespace
