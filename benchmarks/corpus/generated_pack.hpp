// A larger pack for the rule-count benchmarks: the default pack plus generated
// keyword rules, the same in every benchmark that needs one.
#pragma once

#include <cstddef>

#include "jobscreen/rule_set.hpp"

namespace jobscreen::bench {

/// The default pack plus `extra` generated keyword rules (seed 7), one keyword
/// each, weight 1, in a family "bench_generated" of their own (cap 10).
RuleSet default_pack_with_generated_rules(std::size_t extra);

}  // namespace jobscreen::bench
