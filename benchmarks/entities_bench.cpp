// Entity extraction alone, in MB/s of match form, on ~2 KB offers written in
// the match form (lower-case ASCII Serbian and English), generated here so
// the cost can be read next to the whole scan (scan_bench.cpp).
#include <benchmark/benchmark.h>

#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "entities/entity_extractor.hpp"

namespace {

using jobscreen::NormalizedText;
using jobscreen::detail::EntityExtractor;

// Sentences of a match-form offer; about half carry an entity.
const char* const kSerbianSentences[] = {
    "trazimo radnike za rad u nemackoj na gradilistu u minhenu. ",
    "plata 1.500-2.000 eur mesecno, smestaj i prevoz obezbedjeni. ",
    "javite se na vajber +381 64 123 4567 ili na wa. ",
    "posao je stalan, radno vreme od 8 do 16h, subotom do 13h. ",
    "potrebne su devojke od 18 do 25 godina za rad u hotelu. ",
    "iskustvo nije potrebno, obuka je placena, ugovor na godinu dana. ",
    "cv saljite na posao.inostranstvo@gmail.com do 12.05.2026. ",
    "firma je osnovana 2005 godine i ima preko 200 zaposlenih. ",
    "satnica 12 eur po satu, isplata svakog petka. ",
    "vise informacija na www.posao-primer.rs ili pozovite 011/123-45-67. ",
    "nudimo rad u becu, austriji, svajcarskoj i holandiji. ",
    "adresa: ulica kneza milosa 12, 11000 beograd, pib 100002887. ",
    "trazimo vozace kategorije c i e sa polozenim ispitom za cpc. ",
    "posao za parove, rad u staklenicima, hrana i smestaj besplatni. ",
};

const char* const kEnglishSentences[] = {
    "we are hiring warehouse workers for our sites in germany and the netherlands. ",
    "salary $15 an hour, weekly pay, overtime available. ",
    "contact us on whatsapp +49 151 23456789 or telegram. ",
    "applicants must be 18+ and have a valid passport. ",
    "send your cv to jobs.europe@yahoo.com before 30.06.2026. ",
    "the company was founded in 1998 and employs 350 people. ",
    "more details at https://bit.ly/3abcxyz or www.example-jobs.com. ",
    "we offer training, a friendly team and career growth. ",
    "earn 2,500 usd per month plus bonus, accommodation provided. ",
    "office at 123 main street, company number 12345678. ",
    "shifts are 8-16h, monday to friday, 40 hours a week. ",
    "girls under 30 are preferred for hostess positions in dubai. ",
};

template <std::size_t N>
std::string offer(const char* const (&sentences)[N], std::size_t approx_bytes, std::uint64_t seed) {
  std::string text;
  std::uint64_t state = seed * 6364136223846793005ull + 1442695040888963407ull;
  while (text.size() < approx_bytes) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    text += sentences[(state >> 33) % N];
  }
  return text;
}

NormalizedText as_match_form(std::string text) {
  NormalizedText normalized;
  normalized.source.resize(text.size() + 1);
  std::iota(normalized.source.begin(), normalized.source.end(), 0u);
  normalized.text = std::move(text);
  return normalized;
}

std::vector<NormalizedText> offers(bool english, std::size_t count, std::size_t bytes) {
  std::vector<NormalizedText> out;
  for (std::size_t i = 0; i < count; ++i)
    out.push_back(as_match_form(english ? offer(kEnglishSentences, bytes, i + 1)
                                        : offer(kSerbianSentences, bytes, i + 1)));
  return out;
}

void run(benchmark::State& state, bool english) {
  const EntityExtractor extractor{jobscreen::EntitySettings{}};
  const auto texts = offers(english, 64, static_cast<std::size_t>(state.range(0)));
  std::size_t i = 0;
  std::int64_t bytes = 0;
  std::int64_t entities = 0;
  for (auto _ : state) {
    const NormalizedText& text = texts[i++ % texts.size()];
    const auto found = extractor.extract(text);
    benchmark::DoNotOptimize(found.data());
    bytes += static_cast<std::int64_t>(text.text.size());
    entities += static_cast<std::int64_t>(found.size());
  }
  state.SetBytesProcessed(bytes);
  state.counters["entities_per_offer"] =
      benchmark::Counter(static_cast<double>(entities), benchmark::Counter::kAvgIterations);
}

void BM_EntitiesSerbian(benchmark::State& state) { run(state, false); }
void BM_EntitiesEnglish(benchmark::State& state) { run(state, true); }

// Building the extractor (gazetteer, lexicons) happens once per engine.
void BM_EntityExtractorConstruction(benchmark::State& state) {
  for (auto _ : state) {
    const EntityExtractor extractor{jobscreen::EntitySettings{}};
    benchmark::DoNotOptimize(&extractor);
  }
}

}  // namespace

BENCHMARK(BM_EntitiesSerbian)->Arg(2048)->Arg(16384);
BENCHMARK(BM_EntitiesEnglish)->Arg(2048)->Arg(16384);
BENCHMARK(BM_EntityExtractorConstruction);
