// Engine::scan: the pipeline of one text, normalise -> match -> combine ->
// score -> explain.
#include <algorithm>
#include <span>

#include "engine/engine_impl.hpp"
#include "explain/explain.hpp"
#include "score/combinations.hpp"
#include "score/conditions.hpp"
#include "score/negation.hpp"
#include "score/scoring.hpp"
#include "score/unless.hpp"

namespace jobscreen {
namespace {

using detail::MatchSpan;

constexpr std::size_t kMaxSpansPerHit = 20;
constexpr std::size_t kMaxRegexMatchesPerRule = 32;

// Word numbers of byte positions, for proximity checks of spans that do not
// come from the keyword matcher (regexes, entities), and the text's length in
// words for max_words conditions.
class WordPositions {
 public:
  WordPositions(std::string_view text, bool needed) {
    if (!needed) return;
    for (const auto& word : detail::split_words(text)) begins_.push_back(word.first);
  }
  std::size_t count() const { return begins_.size(); }
  MatchSpan span(std::uint32_t begin, std::uint32_t end) const {
    return {begin, end, word_at(begin), word_at(end == begin ? end : end - 1)};
  }

 private:
  std::uint32_t word_at(std::uint32_t byte) const {
    const auto it = std::upper_bound(begins_.begin(), begins_.end(), byte);
    return it == begins_.begin() ? 0 : static_cast<std::uint32_t>(it - begins_.begin() - 1);
  }
  std::vector<std::uint32_t> begins_;
};

}  // namespace

Result Engine::scan(std::string_view text, const ScanOptions& options) const {
  const Impl& engine = *impl_;
  NormalizeOptions normalize_options;
  normalize_options.max_bytes = options.max_bytes;
  const NormalizedText normalized = normalize(text, normalize_options);
  const std::string_view form = normalized.text;
  const WordPositions words(form, engine.needs_word_positions);

  detail::RuleMatches matches(engine.rules.size());
  Result result;
  result.flags = normalized.flags;

  std::vector<detail::KeywordMatch> keyword_matches;
  engine.keywords->find_all(form, keyword_matches);
  for (const auto& m : keyword_matches)
    matches.add(m.id, {m.begin, m.end, m.first_word, m.last_word});

  std::vector<detail::RegexMatch> regex_matches;
  if (!engine.regexes.find_all(form, regex_matches, kMaxRegexMatchesPerRule))
    result.flags |= Flag::degraded;
  for (const auto& m : regex_matches) matches.add(m.id, words.span(m.begin, m.end));
  detail::drop_negated_matches(engine.negatable_rules, form, matches);

  const bool need_entities = options.entities || !engine.condition_rules.empty();
  const std::vector<detail::RawEntity> entities =
      need_entities ? engine.entities->extract(normalized) : std::vector<detail::RawEntity>{};
  for (std::uint32_t index : engine.condition_rules) {
    std::vector<const detail::RawEntity*> used;
    if (!detail::condition_holds(engine.rules[index].rule->condition, entities, words.count(),
                                 used))
      continue;
    matches.fired[index] = 1;
    for (const auto* e : used) matches.spans[index].push_back(words.span(e->begin, e->end));
  }

  detail::apply_unless(engine, engine.base_rules_with_unless, matches);
  detail::evaluate_combinations(engine, matches);
  const detail::Score score = detail::compute_score(engine, matches);
  result.score = score.score;
  result.level = score.level;

  detail::OriginalText original(text.substr(0, normalized.source.back()), normalized);
  detail::explain_hits(engine, matches, score, original, options.lang, kMaxSpansPerHit, result);
  if (options.entities) {
    const std::size_t listed = std::min(entities.size(), options.max_entities);
    if (listed < entities.size()) result.flags |= Flag::many_entities;
    result.entities = detail::explain_entities(
        std::span<const detail::RawEntity>(entities.data(), listed), original);
  }
  return result;
}

}  // namespace jobscreen
