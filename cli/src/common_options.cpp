#include "common_options.hpp"

namespace jobscreen::cli {

void add_lang_option(CLI::App& command, std::string& lang) {
  command
      .add_option("--lang", lang, "Language of descriptions and advice: sr (Latin), sr-Cyrl, en")
      ->check([](const std::string& value) {
        return parse_lang(value) ? std::string() : "expected sr, sr-Cyrl or en";
      })
      ->capture_default_str();
}

Lang lang_from_option(const std::string& lang) { return parse_lang(lang).value_or(Lang::sr); }

void add_fail_on_option(CLI::App& command, std::string& level) {
  command
      .add_option("--fail-on", level,
                  "Exit with status 5 when some text reaches this level (caution or high)")
      ->check(CLI::IsMember({"caution", "high"}));
}

std::optional<Level> fail_on_level(const std::string& level) {
  if (level == "caution") return Level::caution;
  if (level == "high") return Level::high;
  return std::nullopt;
}

bool reaches(Level level, Level threshold) {
  return static_cast<int>(level) >= static_cast<int>(threshold);
}

}  // namespace jobscreen::cli
