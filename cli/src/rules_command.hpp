// `jobscreen rules lint|test|list|show`: tools for rule-pack authors.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "rule_pack_options.hpp"

namespace jobscreen::cli {

struct RulesCommandOptions {
  std::vector<std::string> paths;  ///< lint/test: the packs to check
  std::string id;                  ///< show: the rule or family
  std::string lang = "sr";
  bool json = false;
  RulePackOptions rules;  ///< list/show: which pack (default, extended or replaced)
  CLI::App* lint = nullptr;
  CLI::App* test = nullptr;
  CLI::App* list = nullptr;
  CLI::App* show = nullptr;
};

CLI::App* add_rules_command(CLI::App& app, RulesCommandOptions& options);
int run_rules(const RulesCommandOptions& options);

}  // namespace jobscreen::cli
