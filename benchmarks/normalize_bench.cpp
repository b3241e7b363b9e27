// Throughput of jobscreen::normalize on generated ad-like text in English,
// Serbian Latin, Serbian Cyrillic and an obfuscated mix, at ~2 KB (one ad)
// and ~1 MB (a batch).
#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "jobscreen/normalize.hpp"

namespace {

constexpr std::array<std::string_view, 24> kEnglishWords = {
    "Urgent",  "job", "offer", "abroad", "no",   "experience", "needed",  "high",
    "salary",  "of",  "3000",  "EUR",    "per",  "month",      "free",    "housing",
    "contact", "us",  "on",    "Viber",  "+381", "64",         "123-456", "now."};

constexpr std::array<std::string_view, 24> kSerbianLatinWords = {
    "Hitno",     "zapošljavamo", "radnike",  "u",      "Nemačkoj", "plata", "odlična", "smeštaj",
    "obezbeđen", "bez",          "iskustva", "javite", "se",       "na",    "Viber",   "devojke",
    "od",        "18",           "do",       "25",     "godina,",  "posao", "čist",    "ugovor."};

constexpr std::array<std::string_view, 24> kSerbianCyrillicWords = {
    "Хитно",     "запошљавамо", "раднике",  "у",      "Немачкој", "плата", "одлична", "смештај",
    "обезбеђен", "без",         "искуства", "јавите", "се",       "на",    "Вајбер",  "девојке",
    "од",        "18",          "до",       "25",     "година,",  "посао", "чист",    "уговор."};

// Obfuscations mixed with plain words: spaced and dotted letters, leetspeak,
// look-alike letters, zero-width characters, fullwidth letters, emoji.
constexpr std::array<std::string_view, 24> kObfuscatedWords = {
    "p l a t a",    "V.i.b.e.r",  "z4r4d4",      "pl@ta",  "Рlata",         "Vајber",
    "po\u200Bsao",  "ＨＩＴＮＯ", "\U0001F4B0",  "€2.500", "posao",         "u",
    "inostranstvu", "smeštaj",    "z-a-r-a-d-a", "3vra",   "bez",           "iskustva",
    "\U0001F525",   "javite",     "se",          "odmah",  "ana@gmail.com", "064/123-456"};

template <std::size_t N>
std::string make_text(const std::array<std::string_view, N>& words, std::size_t bytes,
                      std::uint32_t seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<std::size_t> pick(0, N - 1);
  std::string text;
  text.reserve(bytes + 64);
  std::size_t in_sentence = 0;
  while (text.size() < bytes) {
    text += words[pick(random)];
    text += ++in_sentence % 12 == 0 ? "\n" : " ";
  }
  return text;
}

template <std::size_t N>
void run_normalize(benchmark::State& state, const std::array<std::string_view, N>& words) {
  const std::string text = make_text(words, static_cast<std::size_t>(state.range(0)), 42);
  for (auto _ : state) {
    jobscreen::NormalizedText normalized = jobscreen::normalize(text);
    benchmark::DoNotOptimize(normalized.text.data());
    benchmark::ClobberMemory();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}

void BM_NormalizeEnglish(benchmark::State& state) { run_normalize(state, kEnglishWords); }
void BM_NormalizeSerbianLatin(benchmark::State& state) { run_normalize(state, kSerbianLatinWords); }
void BM_NormalizeSerbianCyrillic(benchmark::State& state) {
  run_normalize(state, kSerbianCyrillicWords);
}
void BM_NormalizeObfuscated(benchmark::State& state) { run_normalize(state, kObfuscatedWords); }

BENCHMARK(BM_NormalizeEnglish)->Arg(2 << 10)->Arg(1 << 20);
BENCHMARK(BM_NormalizeSerbianLatin)->Arg(2 << 10)->Arg(1 << 20);
BENCHMARK(BM_NormalizeSerbianCyrillic)->Arg(2 << 10)->Arg(1 << 20);
BENCHMARK(BM_NormalizeObfuscated)->Arg(2 << 10)->Arg(1 << 20);

}  // namespace
