// Runs the built jobscreen binary as a child process: arguments, standard
// input and environment in; standard output, standard error and the exit
// status out. For the CLI tests only.
#pragma once

#include <string>
#include <vector>

namespace jobscreen::cli::testing {

struct ProgramRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs jobscreen with `args` in the source tree (so paths in messages are
/// the relative ones the tests name). `environment` entries ("NAME=value")
/// are added to the test's own environment.
ProgramRun run_jobscreen(const std::vector<std::string>& args, const std::string& input = "",
                         const std::vector<std::string>& environment = {});

/// Runs jobscreen with standard input, output and error on a pseudo-terminal,
/// as at a hotline worker's desk; `typed` is what the user types (keep it
/// short: it must fit the terminal's buffer). `out` holds everything the
/// terminal showed, the echo of `typed` included.
ProgramRun run_jobscreen_in_terminal(const std::vector<std::string>& args,
                                     const std::vector<std::string>& environment = {},
                                     const std::string& typed = "");

}  // namespace jobscreen::cli::testing
