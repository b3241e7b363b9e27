// Checks on a rule's regex text that RE2 accepts but that make matching slow.
#pragma once

#include <string_view>

namespace jobscreen::detail {

/// A counted repetition above this bound ("x{0,1000}") is warned about (W004):
/// RE2 unrolls it into that many automaton states, and inside the shared
/// RE2::Set they multiply the DFA's states for every rule.
inline constexpr int kMaxQuietRepetition = 100;

/// The largest bound of a counted repetition ({n}, {n,}, {n,m}) in `regex`,
/// outside character classes and escapes; 0 when there is none.
int largest_counted_repetition(std::string_view regex);

}  // namespace jobscreen::detail
