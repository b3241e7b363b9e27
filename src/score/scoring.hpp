// Scoring: fired rules to family totals, a 0-100 score and a level.
#pragma once

#include <vector>

#include "engine/engine_impl.hpp"
#include "score/rule_matches.hpp"

namespace jobscreen::detail {

struct FamilyScore {
  std::uint32_t family = 0;
  int raw = 0;     ///< sum of fired rules' weights
  int points = 0;  ///< raw clamped to [-cap, cap]
};

struct Score {
  int score = 0;
  Level level = Level::low;
  std::vector<FamilyScore> families;  ///< families with fired rules, highest points first
};

/// Deterministic: each fired rule counts its weight once; each family is
/// clamped by its cap; the total is clamped to 0..100.
Score compute_score(const Engine::Impl& engine, const RuleMatches& matches);

}  // namespace jobscreen::detail
