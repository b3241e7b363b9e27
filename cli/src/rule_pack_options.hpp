// --rules / --no-default-rules, shared by every command that scans, and the
// loading of the engine they describe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "jobscreen/diagnostic.hpp"
#include "jobscreen/engine.hpp"
#include "jobscreen/rule_set.hpp"

namespace jobscreen::cli {

struct RulePackOptions {
  std::vector<std::string> paths;  ///< files or directories of JSON rules
  bool no_default = false;         ///< use `paths` alone instead of extending the default

  /// Adds the two options to `command`.
  void add_to(CLI::App& command);
};

/// The rule set the options describe. On RuleError prints every diagnostic to
/// stderr and throws CommandError(kExitRulePack).
RuleSet load_rule_set(const RulePackOptions& options);

/// The compiled engine the options describe (the cached default engine when no
/// --rules is given). Same error handling as load_rule_set.
std::shared_ptr<const Engine> load_engine(const RulePackOptions& options);

/// Writes "file:line:col: error E101: ..." lines to stderr.
void print_diagnostics(const std::vector<Diagnostic>& diagnostics);

}  // namespace jobscreen::cli
