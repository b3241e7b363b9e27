#include "check_command.hpp"

#include <fmt/core.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "check_report.hpp"
#include "command_error.hpp"
#include "common_options.hpp"
#include "exit_codes.hpp"
#include "jobscreen/json.hpp"
#include "labels.hpp"
#include "terminal.hpp"

namespace jobscreen::cli {
namespace {

std::string read_all(std::istream& in) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CommandError(kExitIo, "cannot open " + path + ": " + std::strerror(errno));
  return read_all(in);
}

// Lines up to an empty line or the end of input; nullopt when there was nothing.
std::optional<std::string> prompt_for_offer(Lang lang) {
  fmt::print(stderr, "{}\n", labels_for(lang).prompt);
  std::string text;
  std::string line;
  bool any = false;
  while (std::getline(std::cin, line)) {
    any = true;
    if (line.empty() || line == "\r") break;
    text += line;
    text += '\n';
  }
  if (!any) return std::nullopt;
  return text;
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckCommandOptions& options) {
  auto* command = app.add_subcommand(
      "check",
      "Check one offer and explain the result: from the argument, from standard input "
      "(-), from --file, or typed at a prompt");
  command->add_option("text", options.text, "The offer's text, or - to read standard input")
      ->type_name("TEXT");
  command->add_option("-f,--file", options.file, "Read the offer from this file")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
  command->add_flag("--json", options.json, "Print the result object (JSON) instead of the report");
  command->add_flag("--no-entities", options.no_entities, "Leave extracted entities out");
  add_lang_option(*command, options.lang);
  add_fail_on_option(*command, options.fail_on);
  options.rules.add_to(*command);
  return command;
}

int run_check(const CheckCommandOptions& options) {
  if (!options.text.empty() && !options.file.empty())
    throw CommandError(kExitUsage, "give the offer as TEXT or --file, not both");
  const auto engine = load_engine(options.rules);
  jobscreen::ScanOptions scan_options;
  scan_options.lang = lang_from_option(options.lang);
  scan_options.entities = !options.no_entities;
  const Palette palette = colour_allowed(stdout) ? Palette::coloured() : Palette::plain();
  const auto threshold = fail_on_level(options.fail_on);
  bool reached = false;

  const auto check_one = [&](const std::string& text) {
    const Result result = engine->scan(text, scan_options);
    if (options.json)
      fmt::print("{}\n", to_json(result, 2));
    else
      fmt::print("{}", render_report(text, result, scan_options.lang, palette));
    std::fflush(stdout);
    if (threshold && reaches(result.level, *threshold)) reached = true;
  };

  if (!options.file.empty()) {
    check_one(read_file(options.file));
  } else if (options.text == "-" || (options.text.empty() && !is_terminal(stdin))) {
    check_one(read_all(std::cin));
  } else if (!options.text.empty()) {
    check_one(options.text);
  } else {
    // At a terminal: one offer after another until Ctrl-D, as a hotline call goes.
    while (const auto text = prompt_for_offer(scan_options.lang)) {
      if (text->empty()) continue;
      check_one(*text);
      fmt::print("\n");
    }
  }
  return reached ? kExitLevelReached : kExitOk;
}

}  // namespace jobscreen::cli
