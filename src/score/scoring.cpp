#include "score/scoring.hpp"

#include <algorithm>

namespace jobscreen::detail {

Score compute_score(const Engine::Impl& engine, const RuleMatches& matches) {
  std::vector<int> raw(engine.families.size(), 0);
  std::vector<char> touched(engine.families.size(), 0);
  for (std::size_t i = 0; i < engine.rules.size(); ++i) {
    if (!matches.fired[i]) continue;
    raw[engine.rules[i].family] += engine.rules[i].rule->weight;
    touched[engine.rules[i].family] = 1;
  }
  Score out;
  int total = 0;
  for (std::uint32_t f = 0; f < engine.families.size(); ++f) {
    if (!touched[f]) continue;
    const int cap = engine.families[f]->cap;
    const int points = std::clamp(raw[f], -cap, cap);
    out.families.push_back({f, raw[f], points});
    total += points;
  }
  std::stable_sort(out.families.begin(), out.families.end(),
                   [](const FamilyScore& a, const FamilyScore& b) { return a.points > b.points; });
  out.score = std::clamp(total, 0, 100);
  const Levels& levels = engine.rule_set.levels;
  out.level = out.score >= levels.high      ? Level::high
              : out.score >= levels.caution ? Level::caution
                                            : Level::low;
  return out;
}

}  // namespace jobscreen::detail
