#include "normalize_command.hpp"

#include <fmt/core.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "exit_codes.hpp"
#include "highlight.hpp"
#include "jobscreen/normalize.hpp"

namespace jobscreen::cli {

CLI::App* add_normalize_command(CLI::App& app, NormalizeCommandOptions& options) {
  auto* command = app.add_subcommand(
      "normalize", "Show the match form of a text (what rules see) and the normaliser's flags");
  command->add_option("text", options.text, "The text, or - (or nothing) for standard input")
      ->type_name("TEXT");
  command->add_flag("--json", options.json, "Print {\"text\": ..., \"flags\": [...]}");
  return command;
}

int run_normalize(const NormalizeCommandOptions& options) {
  std::string input = options.text;
  if (input.empty() || input == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    input = buffer.str();
  }
  const NormalizedText normalized = normalize(input);
  const auto flags = flag_names(normalized.flags);
  if (options.json) {
    nlohmann::ordered_json out;
    out["text"] = normalized.text;
    out["flags"] = flags;
    fmt::print("{}\n", out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return kExitOk;
  }
  std::string flag_list;
  for (const auto& name : flags) flag_list += (flag_list.empty() ? "" : ", ") + name;
  fmt::print("form:  {}\nflags: {}\n", printable(normalized.text),
             flag_list.empty() ? "none" : flag_list);
  return kExitOk;
}

}  // namespace jobscreen::cli
