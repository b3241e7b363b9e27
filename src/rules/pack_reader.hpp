// Reads one rule-pack file into a RuleSet, checking its structure.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jobscreen/rule_set.hpp"

namespace jobscreen::detail {

/// Parses one pack file (JSON with comments) named `file` in diagnostics and
/// converts it to a RuleSet. Appends every finding to `diagnostics`: syntax
/// (E002), structure (E101-E106, E206) and per-rule warnings (W001, W002).
/// Checks that span files (duplicate ids, families without rules) and those
/// that need compiled matchers are left to the caller and the engine. The
/// returned set's `warnings` stay empty; warnings go to `diagnostics`.
RuleSet read_pack_file(std::string_view text, const std::string& file,
                       std::vector<Diagnostic>& diagnostics);

}  // namespace jobscreen::detail
