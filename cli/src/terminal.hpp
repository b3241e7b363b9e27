// What the tool may assume about its standard streams: terminals get colour
// (unless NO_COLOR is set) and a progress line; pipes get plain text.
#pragma once

#include <cstdio>
#include <string_view>

namespace jobscreen::cli {

/// True when `stream` is an interactive terminal.
bool is_terminal(std::FILE* stream);

/// True when colour escapes may be written to `stream`: a terminal, NO_COLOR
/// unset or empty (https://no-color.org), TERM not "dumb".
bool colour_allowed(std::FILE* stream);

/// ANSI escape sequences, or empty strings when colour is off, so callers
/// format the same way either way.
struct Palette {
  std::string_view reset;
  std::string_view bold;
  std::string_view dim;
  std::string_view red;
  std::string_view yellow;
  std::string_view green;
  std::string_view highlight_risk;  ///< matched phrases that raise the risk
  std::string_view highlight_safe;  ///< matched phrases that lower it

  static Palette coloured();
  static Palette plain();
};

}  // namespace jobscreen::cli
