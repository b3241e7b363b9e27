// Options several commands share: --lang, --fail-on, --threads.
#pragma once

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "jobscreen/result.hpp"

namespace jobscreen::cli {

/// Adds --lang (sr, sr-Cyrl, en) storing into `lang`.
void add_lang_option(CLI::App& command, std::string& lang);

/// The language named by a validated --lang value.
Lang lang_from_option(const std::string& lang);

/// Adds --fail-on (caution, high) storing into `level`.
void add_fail_on_option(CLI::App& command, std::string& level);

/// The level named by --fail-on, or nullopt when it was not given.
std::optional<Level> fail_on_level(const std::string& level);

/// True when `level` is at or above `threshold`.
bool reaches(Level level, Level threshold);

}  // namespace jobscreen::cli
