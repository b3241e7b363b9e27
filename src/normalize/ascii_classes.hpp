// Byte classes of the folded text shared by the passes that run after the
// fold (leetspeak, spaced letters). Pure functions, thread-safe.
#pragma once

#include <array>
#include <cstdint>

namespace jobscreen::detail {

inline constexpr std::uint8_t kLetterBit = 1;     ///< a-z
inline constexpr std::uint8_t kWordBit = 2;       ///< a-z, 0-9, any byte >= 0x80
inline constexpr std::uint8_t kSeparatorBit = 4;  ///< ' ' . - _ between spaced letters
inline constexpr std::uint8_t kLeetBit = 8;       ///< 0 1 3 4 5 7 8 @ $

constexpr std::array<std::uint8_t, 256> make_byte_classes() {
  std::array<std::uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    std::uint8_t bits = 0;
    if (c >= 'a' && c <= 'z') bits |= kLetterBit | kWordBit;
    if ((c >= '0' && c <= '9') || c >= 0x80) bits |= kWordBit;
    if (c == ' ' || c == '.' || c == '-' || c == '_') bits |= kSeparatorBit;
    if (c == '0' || c == '1' || c == '3' || c == '4' || c == '5' || c == '7' || c == '8' ||
        c == '@' || c == '$') {
      bits |= kLeetBit;
    }
    classes[static_cast<std::size_t>(c)] = bits;
  }
  return classes;
}
inline constexpr std::array<std::uint8_t, 256> kNormalizeByteClasses = make_byte_classes();

inline bool has_class(char c, std::uint8_t bit) {
  return (kNormalizeByteClasses[static_cast<unsigned char>(c)] & bit) != 0;
}

inline bool is_ascii_letter(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

/// A byte that belongs to a word: ASCII letter or digit, or part of a letter
/// with no ASCII reading (kept as UTF-8).
inline bool is_word_byte(char c) { return has_class(c, kWordBit); }

}  // namespace jobscreen::detail
