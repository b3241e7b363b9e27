#include "corpus/generated_pack.hpp"

#include <string>
#include <utility>

#include "corpus/synthetic_offers.hpp"

namespace jobscreen::bench {

RuleSet default_pack_with_generated_rules(std::size_t extra) {
  RuleSet set = RuleSet::default_pack();
  Family family;
  family.id = "bench_generated";
  family.cap = 10;
  set.families.push_back(family);
  const auto keywords = generated_keywords(extra, 7);
  for (std::size_t i = 0; i < keywords.size(); ++i) {
    Rule rule;
    rule.id = "bench.k" + std::to_string(i);
    rule.family = family.id;
    rule.weight = 1;
    rule.kind = RuleKind::keywords;
    rule.keywords = {keywords[i]};
    set.rules.push_back(std::move(rule));
  }
  return set;
}

}  // namespace jobscreen::bench
