// Combination rules: fire when enough of the rules and families they name fired.
#pragma once

#include "engine/engine_impl.hpp"
#include "score/rule_matches.hpp"

namespace jobscreen::detail {

/// Evaluates every combination of `engine` in dependency order, marking the
/// ones that fire in `matches` with the spans of the hits they used.
void evaluate_combinations(const Engine::Impl& engine, RuleMatches& matches);

}  // namespace jobscreen::detail
