// `jobscreen scan`: many offers in, one output record per input record, in
// input order, on all cores.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "rule_pack_options.hpp"

namespace jobscreen::cli {

struct ScanCommandOptions {
  std::vector<std::string> inputs;
  std::string input_format;  ///< empty: by extension
  std::string text_field = "text";
  std::string id_field = "id";
  std::string output_format = "jsonl";
  std::string output_path;  ///< empty: standard output
  std::string lang = "sr";
  unsigned threads = 0;
  bool no_entities = false;
  bool compact = false;
  bool quiet = false;
  std::string fail_on;
  RulePackOptions rules;
};

CLI::App* add_scan_command(CLI::App& app, ScanCommandOptions& options);
int run_scan(const ScanCommandOptions& options);

}  // namespace jobscreen::cli
