// The compiled form of a rule set, shared by the compiler and the scanner.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "jobscreen/engine.hpp"
#include "keywords/keyword_matcher.hpp"
#include "regex/regex_matcher.hpp"

namespace jobscreen {

namespace detail {

/// A reference inside a combination: one rule, or any rule of a family.
struct RuleRef {
  bool is_family = false;
  std::uint32_t index = 0;  ///< into CompiledPack::rules or ::families
};

struct CompiledCombination {
  std::vector<RuleRef> all;
  std::vector<RuleRef> any;
  std::vector<RuleRef> of;
  int at_least = 0;
  int within_words = 0;
};

/// One enabled rule, with its family resolved.
struct CompiledRule {
  const Rule* rule = nullptr;  ///< points into Engine::Impl::rule_set.rules
  std::uint32_t family = 0;
  CompiledCombination combination;    ///< for RuleKind::combination
  std::vector<std::uint32_t> unless;  ///< rules whose firing suppresses this one
};

}  // namespace detail

struct Engine::Impl {
  RuleSet rule_set;
  std::vector<Diagnostic> warnings;
  std::vector<detail::CompiledRule> rules;  ///< enabled rules; ids in matchers index this
  std::vector<const Family*> families;
  /// Per family: its non-combination rules with positive weight (what "family:x" means).
  std::vector<std::vector<std::uint32_t>> family_members;
  /// Combination rules in dependency order (a combination after what it uses).
  std::vector<std::uint32_t> combination_order;
  std::vector<std::uint32_t> condition_rules;
  /// Non-combination rules with `unless`, settled before the combinations.
  std::vector<std::uint32_t> base_rules_with_unless;
  /// Keyword and regex rules whose negated matches are dropped.
  std::vector<std::uint32_t> negatable_rules;
  std::unique_ptr<detail::KeywordMatcher> keywords;
  detail::RegexMatcher regexes;
  std::unique_ptr<detail::EntityExtractor> entities;
  bool needs_word_positions = false;  ///< within_words or max_words is used
};

}  // namespace jobscreen
