// Assembles a rule set from the files of a pack, and merges sets.
#pragma once

#include <string>
#include <vector>

#include "jobscreen/rule_set.hpp"

namespace jobscreen::detail {

/// One file of a pack: its name for diagnostics and its text.
struct PackText {
  std::string name;
  std::string text;
};

/// Appends `part`'s families and rules to `into`, reporting ids that `into`
/// already has (E107 rules, E108 families, naming the first place) and
/// leaving those out. Levels, entities, overrides and warnings are not touched.
void merge_definitions(RuleSet& into, const RuleSet& part, std::vector<Diagnostic>& diagnostics);

/// Reads `files` in order and merges them into one set, as RuleSet::load does:
/// later files' pack info, levels and entity settings replace earlier ones,
/// overrides are collected (not applied). `diagnostics` holds findings made
/// before (such as unreadable files, E001). Throws RuleError with every
/// diagnostic when any is an error; otherwise the warnings end up in
/// RuleSet::warnings.
RuleSet assemble_pack(const std::vector<PackText>& files, std::vector<Diagnostic> diagnostics = {});

}  // namespace jobscreen::detail
