// `jobscreen eval`: measures a rule pack on labelled ads (risky | legit).
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "rule_pack_options.hpp"

namespace jobscreen::cli {

struct EvalCommandOptions {
  std::vector<std::string> inputs;
  std::string text_field = "text";
  std::string id_field = "id";
  std::string split = "all";
  bool holdout = false;
  std::size_t top = 10;
  unsigned threads = 0;
  bool json = false;
  RulePackOptions rules;
};

CLI::App* add_eval_command(CLI::App& app, EvalCommandOptions& options);
int run_eval(const EvalCommandOptions& options);

}  // namespace jobscreen::cli
