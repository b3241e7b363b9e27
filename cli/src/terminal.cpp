#include "terminal.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>

namespace jobscreen::cli {

bool is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) == 1; }

bool colour_allowed(std::FILE* stream) {
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour != nullptr && no_colour[0] != '\0') return false;
  const char* term = std::getenv("TERM");
  if (term != nullptr && std::strcmp(term, "dumb") == 0) return false;
  return is_terminal(stream);
}

Palette Palette::coloured() {
  return {"\x1b[0m",  "\x1b[1m",  "\x1b[2m",      "\x1b[31m",
          "\x1b[33m", "\x1b[32m", "\x1b[1;4;31m", "\x1b[1;4;32m"};
}

Palette Palette::plain() { return {}; }

}  // namespace jobscreen::cli
