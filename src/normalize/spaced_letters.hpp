// Joins letters written apart to dodge filters ("p l a t a", "V.i.b.e.r",
// "z-a-r-a-d-a", "p_l_a_t_a") into one word. See docs/normalization.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "jobscreen/normalize.hpp"

namespace jobscreen::detail {

/// Drops the separators between spaced single letters of the folded `text`
/// and the matching `source` entries (same size as `text`), compacting both
/// in place. Only the `regions` of `text` are searched (ascending, disjoint
/// [begin, end) ranges; the fold's streaks of one-letter words). A joined
/// run that mixes Latin and Cyrillic letters ("Р l a t a") is read in its
/// majority script, looking at the original code points in `input`.
/// Returns Flag::spaced (and Flag::mixed_script) for what it did.
Flag join_spaced_letters(std::string& text, std::vector<std::uint32_t>& source,
                         std::string_view input,
                         const std::vector<std::pair<std::size_t, std::size_t>>& regions);

}  // namespace jobscreen::detail
