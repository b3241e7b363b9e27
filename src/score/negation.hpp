// Rules marked `negatable`: a match right after a negating word ("bez
// depozita", "no registration fee", "ni depozit") says the opposite of the
// rule, so it does not count.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "engine/engine_impl.hpp"
#include "score/rule_matches.hpp"

namespace jobscreen::detail {

/// True when the word just before `begin` in the match form `form` (same
/// clause: no punctuation between) is a negating word of Serbian or English.
bool negated_at(std::string_view form, std::uint32_t begin);

/// Drops the negated matches of the `rules`; a rule left with none does not fire.
void drop_negated_matches(const std::vector<std::uint32_t>& rules, std::string_view form,
                          RuleMatches& matches);

}  // namespace jobscreen::detail
