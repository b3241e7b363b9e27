#include "rule_pack_options.hpp"

#include <fmt/core.h>

#include <filesystem>

#include "command_error.hpp"
#include "exit_codes.hpp"

namespace jobscreen::cli {
namespace {

[[noreturn]] void fail_with(const RuleError& error) {
  print_diagnostics(error.diagnostics());
  std::size_t errors = 0;
  for (const auto& d : error.diagnostics()) errors += d.severity == Severity::error ? 1 : 0;
  throw CommandError(kExitRulePack,
                     fmt::format("the rule pack has {} error{}", errors, errors == 1 ? "" : "s"));
}

}  // namespace

void RulePackOptions::add_to(CLI::App& command) {
  command
      .add_option("--rules", paths,
                  "Rule file or directory of *.json rules; extends the default pack (repeatable)")
      ->type_name("PATH")
      ->allow_extra_args(false)  // one path per --rules, so positional text is not eaten
      ->check(CLI::ExistingPath);
  command.add_flag("--no-default-rules", no_default,
                   "Use only the --rules files instead of extending the default pack");
}

RuleSet load_rule_set(const RulePackOptions& options) {
  if (options.no_default && options.paths.empty())
    throw CommandError(kExitUsage, "--no-default-rules needs at least one --rules PATH");
  try {
    if (options.paths.empty()) return RuleSet::default_pack();
    const std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    if (options.no_default) return RuleSet::load(paths);
    RuleSet set = RuleSet::default_pack();
    set.extend(RuleSet::load(paths));
    return set;
  } catch (const RuleError& error) {
    fail_with(error);
  }
}

std::shared_ptr<const Engine> load_engine(const RulePackOptions& options) {
  if (options.paths.empty() && !options.no_default) {
    try {
      return Engine::default_engine();
    } catch (const RuleError& error) {
      fail_with(error);
    }
  }
  const RuleSet set = load_rule_set(options);
  try {
    return Engine::compile(set);
  } catch (const RuleError& error) {
    fail_with(error);
  }
}

void print_diagnostics(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& diagnostic : diagnostics) fmt::print(stderr, "{}\n", diagnostic.to_string());
}

}  // namespace jobscreen::cli
