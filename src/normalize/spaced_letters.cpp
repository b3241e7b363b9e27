#include "normalize/spaced_letters.hpp"

#include <algorithm>
#include <cstring>

#include "normalize/ascii_classes.hpp"
#include "normalize/fold_table.hpp"
#include "normalize/lookalike.hpp"
#include "normalize/utf8_decode.hpp"

namespace jobscreen::detail {
namespace {

// Letters a single-letter token may carry: one source code point, which can
// fold to up to four letters (љ -> lj, щ -> shch).
constexpr std::size_t kMaxTokenLetters = 4;

// Spaces join only runs this long (Serbian has one-letter words: "a", "i",
// "u", "s", "k", "v", "o"); dots, hyphens and underscores join shorter runs.
constexpr std::size_t kMinSpacedRun = 4;
constexpr std::size_t kMinPunctuatedRun = 3;

bool is_separator(char c) { return has_class(c, kSeparatorBit); }

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Joins the runs of one text; one per call, never shared between threads.
class SpacedLetterJoiner {
 public:
  SpacedLetterJoiner(std::string& text, std::vector<std::uint32_t>& source, std::string_view input)
      : text_(text), source_(source), input_(input), size_(text.size()) {}

  Flag run(const std::vector<std::pair<std::size_t, std::size_t>>& regions) {
    std::size_t read = 0;  // text_[read, size_) is not yet copied
    for (const auto& [region_begin, region_end] : regions) {
      std::size_t search = std::max(region_begin, read);
      while (true) {
        const std::size_t start = next_candidate(search, std::min(region_end, size_));
        if (start == kNone) break;
        const char before = start == 0 ? ' ' : text_[start - 1];
        std::size_t chain_end = start;
        const std::size_t run_end = find_run(start, before, chain_end);
        if (run_end == 0) {
          // Later tokens of a rejected chain would be rejected too; skipping
          // them keeps long chains ("a a a a ...") linear.
          search = std::max(chain_end, start + 1);
          continue;
        }
        move_down(read, start);
        copy_letters_of_run(start, run_end);
        flags_ |= Flag::spaced;
        read = run_end;
        search = run_end;
      }
    }
    move_down(read, size_);
    text_.resize(written_);
    source_.resize(written_);
    return flags_;
  }

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // The start of the next single-letter token in [from, limit) that is
  // followed by a separator and a letter: the only places a run can begin.
  std::size_t next_candidate(std::size_t from, std::size_t limit) const {
    const char* text = text_.data();
    const std::uint32_t* source = source_.data();
    for (std::size_t i = from + 1; i < limit && i + 1 < size_; ++i) {
      if (!has_class(text[i], kSeparatorBit)) continue;
      if (!is_ascii_letter(text[i - 1]) || !is_ascii_letter(text[i + 1])) continue;
      std::size_t start = i - 1;
      while (start > 0 && i - start < kMaxTokenLetters && is_ascii_letter(text[start - 1]) &&
             source[start - 1] == source[i - 1]) {
        --start;
      }
      if (start >= from && (start == 0 || !is_word_byte(text[start - 1]))) return start;
    }
    return kNone;
  }

  // Copies text_[from, to) (and its sources) down to the write position.
  void move_down(std::size_t from, std::size_t to) {
    if (from != written_ && to > from) {
      std::memmove(text_.data() + written_, text_.data() + from, to - from);
      std::memmove(source_.data() + written_, source_.data() + from,
                   (to - from) * sizeof(std::uint32_t));
    }
    written_ += to - from;
  }

  // End of the single-letter token starting at `at`, or 0 if the letters
  // there are a longer word.
  std::size_t token_end(std::size_t at) const {
    std::size_t end = at;
    while (end < size_ && is_ascii_letter(text_[end]) && source_[end] == source_[at]) ++end;
    if (end - at > kMaxTokenLetters) return 0;
    if (end < size_ && is_word_byte(text_[end])) return 0;
    return end;
  }

  // End (after the last letter) of a joinable run starting at `start`, or 0.
  // `chain_end` receives the end of the chain of tokens examined either way.
  std::size_t find_run(std::size_t start, char before, std::size_t& chain_end) const {
    std::size_t end = token_end(start);
    if (end == 0) return 0;
    std::size_t tokens = 1;
    bool all_vowels = is_vowel(text_[start]) && end - start == 1;
    char separator = 0;
    while (end + 1 < size_ && is_separator(text_[end]) &&
           (separator == 0 || text_[end] == separator) && is_ascii_letter(text_[end + 1])) {
      const std::size_t next_end = token_end(end + 1);
      if (next_end == 0) break;
      separator = text_[end];
      all_vowels = all_vowels && is_vowel(text_[end + 1]) && next_end - end == 2;
      end = next_end;
      ++tokens;
    }
    chain_end = end;
    // A run glued to what comes before ("velesstroy-a d o o", "a.b.c@x.rs",
    // "/a-b-c") is not a spelled word.
    if (before == '@' || before == '/' || before == ':' || before == '.' || before == '-' ||
        before == '_') {
      return 0;
    }
    if (separator == ' ') {
      // "a i u o": a chain of vowels is more likely words than a spelled word.
      return tokens >= kMinSpacedRun && !all_vowels ? end : 0;
    }
    if (tokens < kMinPunctuatedRun) return 0;
    // Inside addresses ("x.y.z.com", "a.b.c@x.rs") the letters are no word.
    if (end < size_ && text_[end] == '@') return 0;
    if (end + 1 < size_ && text_[end] == separator && is_word_byte(text_[end + 1])) return 0;
    return end;
  }

  enum class Script { latin, cyrillic, other };

  // The script of the original code point a token came from.
  Script script_at(std::uint32_t offset, std::uint32_t& code_point) const {
    const auto* bytes = reinterpret_cast<const unsigned char*>(input_.data()) + offset;
    const DecodedCodePoint decoded = decode_utf8(bytes, input_.size() - offset);
    code_point = decoded.code_point;
    if (code_point < 0x80) return Script::latin;
    switch (entry_class(fold_entry(code_point))) {
      case CharClass::latin:
        return Script::latin;
      case CharClass::cyrillic:
        return Script::cyrillic;
      default:
        return Script::other;
    }
  }

  void copy_letters_of_run(std::size_t start, std::size_t end) {
    ScriptVote vote;
    std::uint32_t code_point = 0;
    for (std::size_t i = start; i < end; ++i) {
      if (!is_ascii_letter(text_[i]) || (i > start && source_[i] == source_[i - 1])) continue;
      const Script script = script_at(source_[i], code_point);
      if (script == Script::latin && code_point < 0x80) {
        vote.add_ascii_letter(static_cast<char>(code_point));
      } else if (script == Script::latin) {
        vote.add_other_latin();
      } else if (script == Script::cyrillic) {
        vote.add_cyrillic(code_point);
      }
    }
    const bool mixed = vote.mixed();
    const bool latin_wins = vote.latin_wins();
    if (mixed) flags_ |= Flag::mixed_script;
    for (std::size_t i = start; i < end; ++i) {
      if (!is_ascii_letter(text_[i])) continue;
      if (mixed && !(i > start && source_[i] == source_[i - 1])) {
        const Script script = script_at(source_[i], code_point);
        char reading = 0;
        if (latin_wins && script == Script::cyrillic) {
          reading = latin_lookalike_of_cyrillic(code_point);
        } else if (!latin_wins && script == Script::latin && code_point < 0x80) {
          reading = cyrillic_reading_of_latin(static_cast<char>(code_point));
        }
        if (reading != 0) {
          // A look-alike is one letter: drop the rest of this token's letters.
          text_[written_] = reading;
          source_[written_] = source_[i];
          ++written_;
          while (i + 1 < end && source_[i + 1] == source_[i]) ++i;
          continue;
        }
      }
      copy(i);
    }
  }

  void copy(std::size_t from) {
    if (from != written_) {
      text_[written_] = text_[from];
      source_[written_] = source_[from];
    }
    ++written_;
  }

  std::string& text_;
  std::vector<std::uint32_t>& source_;
  std::string_view input_;
  std::size_t size_;
  std::size_t written_ = 0;
  Flag flags_ = Flag::none;
};

}  // namespace

Flag join_spaced_letters(std::string& text, std::vector<std::uint32_t>& source,
                         std::string_view input,
                         const std::vector<std::pair<std::size_t, std::size_t>>& regions) {
  return SpacedLetterJoiner(text, source, input).run(regions);
}

}  // namespace jobscreen::detail
