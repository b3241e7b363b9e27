// The packed per-code-point entry of the fold table. Shared by the table
// generator (tools/fold_table_gen.cpp) and the normaliser, so both agree on
// the bit layout.
#pragma once

#include <cstdint>

namespace jobscreen::detail {

/// What a code point is to the normaliser's heuristics (word boundaries,
/// look-alike resolution, whitespace collapsing).
enum class CharClass : std::uint8_t {
  space = 0,         ///< whitespace, controls, emoji, symbols: one collapsed space
  punct = 1,         ///< ends a word; output kept (ASCII punctuation, "eur", "-")
  digit = 2,         ///< any decimal digit, folded to ASCII
  latin = 3,         ///< a letter that reads as Latin (incl. fullwidth, math, circled)
  cyrillic = 4,      ///< a Cyrillic letter
  other_letter = 5,  ///< a letter of another script (Greek, CJK, Arabic ...)
  mark = 6,          ///< a combining mark: removed, stays part of its word
  zero_width = 7,    ///< an invisible character used to split words: removed, flagged
  joiner = 8,        ///< ZWJ, variation selectors, other ignorables: removed, flagged in words
};

// Layout of one 32-bit entry: pool offset | output length | class | keep bit.
// "keep" means the output is the input bytes themselves (no pool string).
inline constexpr unsigned kEntryOffsetBits = 18;
inline constexpr unsigned kEntryLengthBits = 6;
inline constexpr unsigned kEntryClassBits = 4;
inline constexpr std::uint32_t kEntryMaxOffset = (1u << kEntryOffsetBits) - 1;
inline constexpr std::uint32_t kEntryMaxLength = (1u << kEntryLengthBits) - 1;
inline constexpr std::uint32_t kEntryKeepBit =
    1u << (kEntryOffsetBits + kEntryLengthBits + kEntryClassBits);

/// Code points per block of the two-stage table.
inline constexpr unsigned kBlockShift = 6;
inline constexpr std::uint32_t kBlockSize = 1u << kBlockShift;
inline constexpr std::uint32_t kCodePointLimit = 0x110000;

constexpr std::uint32_t make_entry(std::uint32_t offset, std::uint32_t length, CharClass cls,
                                   bool keep) {
  return offset | (length << kEntryOffsetBits) |
         (static_cast<std::uint32_t>(cls) << (kEntryOffsetBits + kEntryLengthBits)) |
         (keep ? kEntryKeepBit : 0u);
}
constexpr std::uint32_t entry_offset(std::uint32_t entry) { return entry & kEntryMaxOffset; }
constexpr std::uint32_t entry_length(std::uint32_t entry) {
  return (entry >> kEntryOffsetBits) & kEntryMaxLength;
}
constexpr CharClass entry_class(std::uint32_t entry) {
  return static_cast<CharClass>((entry >> (kEntryOffsetBits + kEntryLengthBits)) &
                                ((1u << kEntryClassBits) - 1));
}
constexpr bool entry_keeps_input(std::uint32_t entry) { return (entry & kEntryKeepBit) != 0; }

}  // namespace jobscreen::detail
