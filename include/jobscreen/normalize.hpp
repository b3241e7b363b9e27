// The normaliser: turns any bytes into the one "match form" that rules are
// written for, and remembers where every match-form byte came from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace jobscreen {

/// Things the normaliser noticed while folding a text. Bit flags: combine with |.
enum class Flag : std::uint32_t {
  none = 0,
  invalid_utf8 = 1u << 0,   ///< ill-formed UTF-8 replaced by U+FFFD
  mixed_script = 1u << 1,   ///< a word mixed Latin and Cyrillic look-alike letters
  spaced = 1u << 2,         ///< spaced/dotted single letters were joined ("p l a t a")
  leet = 1u << 3,           ///< digits/symbols inside words read as letters ("z4r4d4")
  zero_width = 1u << 4,     ///< zero-width characters or soft hyphens were removed
  truncated = 1u << 5,      ///< input longer than the limit; only its head was read
  degraded = 1u << 6,       ///< a matcher ran out of memory; some rules may be missed
  many_entities = 1u << 7,  ///< more entities than ScanOptions::max_entities; the first are listed
};

constexpr Flag operator|(Flag a, Flag b) {
  return static_cast<Flag>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}
constexpr Flag operator&(Flag a, Flag b) {
  return static_cast<Flag>(static_cast<std::uint32_t>(a) & static_cast<std::uint32_t>(b));
}
constexpr Flag& operator|=(Flag& a, Flag b) { return a = a | b; }
constexpr bool has_flag(Flag set, Flag f) { return (set & f) != Flag::none; }

/// Stable lower-case names of the flags set in `flags`, in bit order
/// ("invalid_utf8", "mixed_script", "spaced", "leet", "zero_width", "truncated", "degraded").
std::vector<std::string> flag_names(Flag flags);

/// A byte range [begin, end) of some text.
struct ByteSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
};

/// The match form of a text plus the map back to the original.
///
/// `text` is lower-case; Latin and Cyrillic letters are folded to ASCII
/// (Serbian Cyrillic by Serbian rules, đ -> dj), whitespace runs are one
/// space, zero-width characters are gone, spaced letters and leetspeak are
/// joined/read as letters. Characters with no ASCII reading stay as UTF-8.
///
/// `source[i]` is the byte offset in the original of the code point that
/// match-form byte i came from; `source` has text.size() + 1 entries and the
/// last one is the original's length, so it is monotonic non-decreasing.
struct NormalizedText {
  std::string text;
  std::vector<std::uint32_t> source;
  Flag flags = Flag::none;

  /// The well-formed original byte range covering match-form bytes
  /// [begin, end): it starts at the first code point that produced `begin`
  /// and ends after the last code point that produced `end - 1` (characters
  /// dropped in between are inside it). Never splits a code point.
  /// Precondition: begin <= end <= text.size().
  ByteSpan to_original(std::size_t begin, std::size_t end) const;
};

/// Limits and switches of the normaliser; the defaults suit job ads.
struct NormalizeOptions {
  /// Bytes of input read at most; the rest is ignored and Flag::truncated set.
  std::size_t max_bytes = 64u << 20;
};

/// Normalises `input` (any bytes; invalid UTF-8 is replaced, never thrown on).
/// Thread-safe: uses only immutable tables built into the library.
NormalizedText normalize(std::string_view input, const NormalizeOptions& options = {});

/// Number of code points in original[0, byte_offset) (each ill-formed byte counts
/// as one, as it becomes one U+FFFD). For hit offsets in Python/JS-style indices.
std::size_t code_point_offset(std::string_view original, std::size_t byte_offset);

}  // namespace jobscreen
