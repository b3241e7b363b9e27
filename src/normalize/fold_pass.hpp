// First pass of the normaliser: decodes UTF-8 and folds every code point
// through the generated table (case, compatibility forms, diacritics,
// Cyrillic -> Latin, symbols, whitespace), resolving look-alike letters in
// words that mix Latin and Cyrillic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jobscreen/normalize.hpp"

namespace jobscreen::detail {

/// What the fold raised and noticed.
struct FoldOutcome {
  Flag flags = Flag::none;     ///< invalid_utf8, mixed_script, zero_width
  bool may_have_leet = false;  ///< a word mixed letters and digits, or had @ or $
  /// Text ranges [first, second) holding three or more one-letter words in a
  /// row: the only places spaced letters can be. Ascending, disjoint.
  std::vector<std::pair<std::size_t, std::size_t>> single_letter_streaks;
};

/// Folds `input` into `text`/`source` (one source offset per text byte, no
/// end sentinel yet). Every whitespace run becomes one space. The `may_*`
/// hints let the later passes skip texts they cannot change. Never throws
/// except std::bad_alloc. `input.size()` must fit in 32 bits.
FoldOutcome fold_text(std::string_view input, std::string& text,
                      std::vector<std::uint32_t>& source);

}  // namespace jobscreen::detail
