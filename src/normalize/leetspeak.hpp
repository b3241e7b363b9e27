// Reads digits and symbols that stand for letters inside words ("z4r4d4" ->
// "zarada", "pl@ta" -> "plata", "3vra" -> "evra") while leaving numbers,
// amounts, codes and e-mail addresses alone. See docs/normalization.md.
#pragma once

#include <string>

namespace jobscreen::detail {

/// Rewrites leetspeak in the folded `text` in place (one byte for one byte,
/// so the source map stays valid). Returns true if anything was rewritten.
bool read_leetspeak(std::string& text);

}  // namespace jobscreen::detail
