// Deterministic synthetic job offers and keyword lists for the benchmarks, so
// speed can be measured on realistic text without shipping real ads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace jobscreen::bench {

/// How the offers are written. `mixed` draws each offer's script at random:
/// 35% Cyrillic, 25% Latin with diacritics, 20% Latin without, 15% English,
/// 5% obfuscated.
enum class Script {
  english,
  serbian_latin,
  serbian_latin_ascii,
  serbian_cyrillic,
  obfuscated,
  mixed
};

/// `count` offers of about `approx_bytes` UTF-8 bytes each (a whole sentence
/// more at most), built from sentence templates; about 30% contain risky
/// phrases. Same arguments, same offers (on every platform: the random source
/// is our own). Thread-safe: no shared state.
std::vector<std::string> synthetic_offers(Script script, std::size_t count,
                                          std::size_t approx_bytes, std::uint64_t seed);

/// `count` distinct keyword phrases in match form (1-3 words of [a-z],
/// some ending in '*'): pseudo-Serbian words and words the offers use (a
/// quarter of the words in the first 300 phrases, 2% after). A longer list
/// starts with the shorter one of the same seed.
std::vector<std::string> generated_keywords(std::size_t count, std::uint64_t seed);

/// One JSON object per line: {"id": "o1", "text": ...}, ids counting from 1.
void write_jsonl(std::ostream& out, const std::vector<std::string>& offers);

}  // namespace jobscreen::bench
