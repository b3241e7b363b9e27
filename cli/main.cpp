// jobscreen: the command-line tool. Parses the command line and hands over to
// one command; every command's code lives in src/<command>_command.cpp.
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <exception>

#include "check_command.hpp"
#include "command_error.hpp"
#include "eval_command.hpp"
#include "exit_codes.hpp"
#include "jobscreen/version.hpp"
#include "normalize_command.hpp"
#include "rules_command.hpp"
#include "scan_command.hpp"

namespace {

constexpr const char* kExamples = R"(Examples:
  jobscreen check "Hitno potrebne devojke za rad u klubu u Becu, plata 3000 evra"
  jobscreen check --lang en -f examples/offer_sr_cyrillic.txt
  jobscreen check                       (at a terminal: paste, end with an empty line)
  jobscreen scan ads.jsonl -o results.jsonl
  jobscreen scan --output-format csv --text-column body ads.csv > results.csv
  jobscreen eval labelled.jsonl --split half-b
  jobscreen rules lint my_rules/ && jobscreen check --rules my_rules/ -

Exit status: 0 ok, 1 some records were malformed, 2 usage error, 3 rule pack
error, 4 input/output error, 5 --fail-on level reached. See docs/cli.md.)";

}  // namespace

int main(int argc, char** argv) {
  using namespace jobscreen::cli;
  CLI::App app{
      "jobscreen: screens job offers for signs of deception, labour exploitation and "
      "human trafficking."};
  app.footer(kExamples);
  app.set_version_flag("-V,--version", std::string("jobscreen ") + jobscreen::version());
  app.require_subcommand(1);

  CheckCommandOptions check;
  ScanCommandOptions scan;
  NormalizeCommandOptions normalize;
  RulesCommandOptions rules;
  EvalCommandOptions eval;
  auto* check_command = add_check_command(app, check);
  auto* scan_command = add_scan_command(app, scan);
  auto* normalize_command = add_normalize_command(app, normalize);
  auto* rules_command = add_rules_command(app, rules);
  auto* eval_command = add_eval_command(app, eval);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    const int code = app.exit(error);
    return code == 0 ? kExitOk : kExitUsage;
  }

  try {
    if (check_command->parsed()) return run_check(check);
    if (scan_command->parsed()) return run_scan(scan);
    if (normalize_command->parsed()) return run_normalize(normalize);
    if (rules_command->parsed()) return run_rules(rules);
    if (eval_command->parsed()) return run_eval(eval);
  } catch (const CommandError& error) {
    fmt::print(stderr, "jobscreen: {}\n", error.what());
    return error.exit_code();
  } catch (const std::exception& error) {
    fmt::print(stderr, "jobscreen: {}\n", error.what());
    return kExitIo;
  }
  return kExitUsage;
}
