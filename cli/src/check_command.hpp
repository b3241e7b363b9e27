// `jobscreen check`: one offer, read out by a caller, explained for a person.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "rule_pack_options.hpp"

namespace jobscreen::cli {

struct CheckCommandOptions {
  std::string text;  ///< the offer itself, or "-" for standard input
  std::string file;  ///< --file: read the offer from a file
  std::string lang = "sr";
  bool json = false;
  bool no_entities = false;
  std::string fail_on;
  RulePackOptions rules;
};

CLI::App* add_check_command(CLI::App& app, CheckCommandOptions& options);
int run_check(const CheckCommandOptions& options);

}  // namespace jobscreen::cli
