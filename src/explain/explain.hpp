// Explanation: turns match-form spans into hits and entities that point at
// the original text, with descriptions and advice in the caller's language.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "engine/engine_impl.hpp"
#include "jobscreen/normalize.hpp"
#include "score/rule_matches.hpp"
#include "score/scoring.hpp"

namespace jobscreen::detail {

/// Maps match-form spans to original byte and code-point offsets. Spans may
/// be asked for in any order: valid UTF-8 is counted once per 64-byte block,
/// then at most one block per offset; text with invalid sequences is walked on
/// from the nearest offset already known. Either way a scan costs about one
/// pass over the text. One per scan; not thread-safe (it remembers counts).
class OriginalText {
 public:
  OriginalText(std::string_view original, const NormalizedText& normalized)
      : original_(original), normalized_(normalized), known_{{0, 0}} {}

  TextSpan span(std::uint32_t begin, std::uint32_t end);

 private:
  std::size_t code_points_before(std::size_t byte);
  std::size_t walked_code_points_before(std::size_t byte);

  static constexpr std::size_t kBlock = 64;

  std::string_view original_;
  const NormalizedText& normalized_;
  std::vector<std::size_t> block_starts_;                   ///< code points before byte kBlock * i
  std::vector<std::pair<std::size_t, std::size_t>> known_;  ///< (byte, code points), sorted
};

/// The text of `text` in `lang` (sr-Cyrl transliterated from sr when absent,
/// any missing language falls back to the other one).
std::string localized(const LocalizedText& text, Lang lang);

/// Fills result.hits and result.families (score and level already set).
void explain_hits(const Engine::Impl& engine, const RuleMatches& matches, const Score& score,
                  OriginalText& original, Lang lang, std::size_t max_spans_per_hit, Result& result);

/// Converts extracted entities to result entities.
std::vector<Entity> explain_entities(std::span<const RawEntity> raw, OriginalText& original);

}  // namespace jobscreen::detail
