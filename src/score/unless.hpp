// Rules with `unless`: a rule does not fire when any rule it names fired.
#pragma once

#include <cstdint>
#include <vector>

#include "engine/engine_impl.hpp"
#include "score/rule_matches.hpp"

namespace jobscreen::detail {

/// True when one of the rules `rule` names in `unless` fired.
bool suppressed(const CompiledRule& rule, const RuleMatches& matches);

/// Clears the hits of the `rules` (non-combinations) that are suppressed. The
/// rules they name have no `unless` themselves, so the order does not matter.
void apply_unless(const Engine::Impl& engine, const std::vector<std::uint32_t>& rules,
                  RuleMatches& matches);

}  // namespace jobscreen::detail
