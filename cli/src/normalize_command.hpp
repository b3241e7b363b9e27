// `jobscreen normalize`: the match form of a text and the flags the normaliser
// set, so rule writers see what their rules see.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace jobscreen::cli {

struct NormalizeCommandOptions {
  std::string text;  ///< the text, or "-" (or nothing) for standard input
  bool json = false;
};

CLI::App* add_normalize_command(CLI::App& app, NormalizeCommandOptions& options);
int run_normalize(const NormalizeCommandOptions& options);

}  // namespace jobscreen::cli
