#include "score/unless.hpp"

#include <algorithm>

namespace jobscreen::detail {

bool suppressed(const CompiledRule& rule, const RuleMatches& matches) {
  return std::any_of(rule.unless.begin(), rule.unless.end(),
                     [&](std::uint32_t other) { return matches.fired[other] != 0; });
}

void apply_unless(const Engine::Impl& engine, const std::vector<std::uint32_t>& rules,
                  RuleMatches& matches) {
  for (std::uint32_t index : rules) {
    if (!matches.fired[index] || !suppressed(engine.rules[index], matches)) continue;
    matches.fired[index] = 0;
    matches.spans[index].clear();
  }
}

}  // namespace jobscreen::detail
