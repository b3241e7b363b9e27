// Character classes and small word helpers shared by the entity extractors.
// They work on the match form: lower-case ASCII, non-ASCII letters left as UTF-8.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace jobscreen::detail {

// Byte classes in one table: the scanners test every byte of a text.
inline constexpr std::uint8_t kDigitClass = 1;
inline constexpr std::uint8_t kLetterClass = 2;
inline constexpr std::array<std::uint8_t, 256> kEntityByteClasses = [] {
  std::array<std::uint8_t, 256> classes{};
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = kDigitClass;
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<std::size_t>(c)] = kLetterClass;
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<std::size_t>(c)] = kLetterClass;
  // Bytes >= 0x80 are parts of letters the normaliser could not fold.
  for (int c = 0x80; c <= 0xff; ++c) classes[static_cast<std::size_t>(c)] = kLetterClass;
  return classes;
}();

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_letter(char c) {
  return kEntityByteClasses[static_cast<unsigned char>(c)] == kLetterClass;
}
inline bool is_word_char(char c) { return kEntityByteClasses[static_cast<unsigned char>(c)] != 0; }

/// A fixed set of short words with a small value each, for one cheap lookup
/// per word of a text (open addressing, FNV-1a). The words are copied in.
/// Immutable after construction; safe to share between threads.
class WordTable {
 public:
  WordTable() = default;
  /// Adds `word` with `value` (>= 0); an existing word keeps its first value.
  void add(std::string_view word, int value);
  /// The value of `word`, or -1.
  int find(std::string_view word) const;
  bool contains(std::string_view word) const { return find(word) >= 0; }

 private:
  static std::uint32_t hash(std::string_view word);
  void grow();

  struct Slot {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;  // 0: empty
    int value = -1;
  };
  std::string storage_;
  std::vector<Slot> slots_;
  // Bit min(length, 31) of [first byte]: most words are rejected without hashing.
  std::array<std::uint32_t, 256> shapes_{};
  std::size_t used_ = 0;
};

/// Whether the bytes between two words are only spaces (so they read as one phrase).
inline bool only_spaces_between(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ') return false;
  return true;
}

}  // namespace jobscreen::detail
