// Letters that look alike in Latin and Cyrillic, for words that mix the two
// scripts ("Рlata" with a Cyrillic Р). Pure functions, thread-safe.
#pragma once

#include <cstdint>

namespace jobscreen::detail {

/// The Latin letter (lower-case ASCII) a Cyrillic code point looks like, or 0
/// if it looks like none ("р" -> 'p', upper "Н" -> 'h', "ж" -> 0).
char latin_lookalike_of_cyrillic(std::uint32_t code_point);

/// How an ASCII letter reads when it stands for the Cyrillic letter it looks
/// like, where that differs from its Latin reading ('p' -> 'r', 'c' -> 's',
/// 'H' -> 'n'), or 0 when the reading is the same or there is no look-alike.
/// x and y give 0: converters leave them in Latin inside Cyrillic words.
char cyrillic_reading_of_latin(char ascii_letter);

/// True if an ASCII letter looks like some Cyrillic letter (a c e o p x y j s
/// i k m t; upper case also B H).
bool has_cyrillic_lookalike(char ascii_letter);

/// Votes for the script a word mixing Latin and Cyrillic letters is read in.
/// "Distinctive" letters have no look-alike in the other script: a spoofer
/// swaps look-alikes, so they show the script the writer meant even when
/// most letters were swapped ("роslоdаvса" -> Latin). Not thread-safe to
/// share while voting; a plain value.
class ScriptVote {
 public:
  /// Counts an ASCII letter.
  void add_ascii_letter(char letter) {
    ++latin_;
    if (!has_cyrillic_lookalike(letter)) ++distinctive_latin_;
  }
  /// Counts a non-ASCII Latin letter (č, ＰＬ, 𝐩): none of them is a look-alike.
  void add_other_latin() {
    ++latin_;
    ++distinctive_latin_;
  }
  /// Counts a Cyrillic letter.
  void add_cyrillic(std::uint32_t code_point) {
    ++cyrillic_;
    if (latin_lookalike_of_cyrillic(code_point) == 0) ++distinctive_cyrillic_;
  }

  bool mixed() const { return latin_ > 0 && cyrillic_ > 0; }

  /// Latin if it has more distinctive letters; on a tie, the script of the
  /// text so far (`context` > 0 Latin, < 0 Cyrillic: a spoofer writes in one
  /// script and swaps some letters, so "Lаk pоsао" is Latin); without one,
  /// more letters; on a tie again, Latin.
  bool latin_wins(int context = 0) const {
    if (distinctive_latin_ != distinctive_cyrillic_) {
      return distinctive_latin_ > distinctive_cyrillic_;
    }
    if (context != 0) return context > 0;
    return latin_ >= cyrillic_;
  }

 private:
  std::uint32_t latin_ = 0;
  std::uint32_t cyrillic_ = 0;
  std::uint32_t distinctive_latin_ = 0;
  std::uint32_t distinctive_cyrillic_ = 0;
};

}  // namespace jobscreen::detail
