#include "score/combinations.hpp"

#include <algorithm>

#include "score/unless.hpp"

namespace jobscreen::detail {
namespace {

// The spans that make a reference true: the rule's own, or those of every
// fired member of the family.
std::vector<MatchSpan> spans_of(const Engine::Impl& engine, const RuleMatches& matches,
                                const RuleRef& ref) {
  if (!ref.is_family) return matches.spans[ref.index];
  std::vector<MatchSpan> spans;
  for (std::uint32_t member : engine.family_members[ref.index])
    if (matches.fired[member])
      spans.insert(spans.end(), matches.spans[member].begin(), matches.spans[member].end());
  return spans;
}

bool fired(const Engine::Impl& engine, const RuleMatches& matches, const RuleRef& ref) {
  if (!ref.is_family) return matches.fired[ref.index] != 0;
  const auto& members = engine.family_members[ref.index];
  return std::any_of(members.begin(), members.end(),
                     [&](std::uint32_t m) { return matches.fired[m] != 0; });
}

// A reference holds inside the word window [lo, hi] when one of its spans
// lies there; a spanless hit (absence) holds anywhere.
const MatchSpan* span_in_window(const std::vector<MatchSpan>& spans, bool has_fired,
                                std::uint32_t lo, std::uint32_t hi, bool& holds) {
  holds = false;
  if (!has_fired) return nullptr;
  if (spans.empty()) {
    holds = true;
    return nullptr;
  }
  for (const auto& s : spans)
    if (s.first_word >= lo && s.last_word <= hi) {
      holds = true;
      return &s;
    }
  return nullptr;
}

struct RefState {
  bool fired = false;
  std::vector<MatchSpan> spans;
};

// Checks all/any/at-least inside window [lo, hi]; on success appends the spans used.
bool holds_in_window(const CompiledCombination& c, const std::vector<RefState>& all,
                     const std::vector<RefState>& any, const std::vector<RefState>& of,
                     std::uint32_t lo, std::uint32_t hi, std::vector<MatchSpan>& used) {
  std::vector<MatchSpan> picked;
  bool holds = false;
  for (const auto& r : all) {
    const MatchSpan* s = span_in_window(r.spans, r.fired, lo, hi, holds);
    if (!holds) return false;
    if (s) picked.push_back(*s);
  }
  if (!any.empty()) {
    bool one = false;
    for (const auto& r : any) {
      const MatchSpan* s = span_in_window(r.spans, r.fired, lo, hi, holds);
      if (holds) {
        one = true;
        if (s) picked.push_back(*s);
      }
    }
    if (!one) return false;
  }
  int count = 0;
  for (const auto& r : of) {
    const MatchSpan* s = span_in_window(r.spans, r.fired, lo, hi, holds);
    if (holds) {
      ++count;
      if (s) picked.push_back(*s);
    }
  }
  if (count < c.at_least) return false;
  used.insert(used.end(), picked.begin(), picked.end());
  return true;
}

std::vector<RefState> states(const Engine::Impl& engine, const RuleMatches& matches,
                             const std::vector<RuleRef>& refs) {
  std::vector<RefState> out;
  out.reserve(refs.size());
  for (const auto& ref : refs)
    out.push_back({fired(engine, matches, ref), spans_of(engine, matches, ref)});
  return out;
}

bool evaluate(const Engine::Impl& engine, const CompiledCombination& c, const RuleMatches& matches,
              std::vector<MatchSpan>& used) {
  const auto all = states(engine, matches, c.all);
  const auto any = states(engine, matches, c.any);
  const auto of = states(engine, matches, c.of);
  constexpr std::uint32_t kEverywhere = ~std::uint32_t{0};
  if (c.within_words <= 0) return holds_in_window(c, all, any, of, 0, kEverywhere, used);
  // Try a window starting at every candidate span: the hits used must all
  // fall within within_words words of its first word.
  std::vector<std::uint32_t> starts;
  for (const auto* group : {&all, &any, &of})
    for (const auto& r : *group)
      for (const auto& s : r.spans) starts.push_back(s.first_word);
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  if (starts.empty()) starts.push_back(0);  // only spanless references
  for (std::uint32_t lo : starts)
    if (holds_in_window(c, all, any, of, lo, lo + static_cast<std::uint32_t>(c.within_words), used))
      return true;
  return false;
}

}  // namespace

void evaluate_combinations(const Engine::Impl& engine, RuleMatches& matches) {
  for (std::uint32_t index : engine.combination_order) {
    if (suppressed(engine.rules[index], matches)) continue;
    std::vector<MatchSpan> used;
    if (!evaluate(engine, engine.rules[index].combination, matches, used)) continue;
    matches.fired[index] = 1;
    std::sort(used.begin(), used.end(),
              [](const MatchSpan& a, const MatchSpan& b) { return a.begin < b.begin; });
    matches.spans[index] = std::move(used);
  }
}

}  // namespace jobscreen::detail
