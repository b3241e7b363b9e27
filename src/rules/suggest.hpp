// "Did you mean" suggestions for misspelt field names.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace jobscreen::detail {

/// Optimal string alignment distance (edits, counting a swap of neighbours as one).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word` within two edits, or "" when none is.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

}  // namespace jobscreen::detail
