#include "normalize/fold_pass.hpp"

#include <array>
#include <cstring>

#include "normalize/fold_table.hpp"
#include "normalize/lookalike.hpp"
#include "normalize/utf8_decode.hpp"

namespace jobscreen::detail {
namespace {

// ASCII never goes through the generated table: a byte table is faster.
struct AsciiFold {
  char output;
  CharClass cls;
};

constexpr std::array<AsciiFold, 128> make_ascii_folds() {
  std::array<AsciiFold, 128> folds{};
  for (int c = 0; c < 128; ++c) {
    const char ch = static_cast<char>(c);
    if (c >= 'A' && c <= 'Z') {
      folds[c] = {static_cast<char>(c - 'A' + 'a'), CharClass::latin};
    } else if (c >= 'a' && c <= 'z') {
      folds[c] = {ch, CharClass::latin};
    } else if (c >= '0' && c <= '9') {
      folds[c] = {ch, CharClass::digit};
    } else if (c <= 0x20 || c == 0x7F) {
      folds[c] = {' ', CharClass::space};  // whitespace and controls, NUL included
    } else {
      folds[c] = {ch, CharClass::punct};
    }
  }
  return folds;
}

constexpr std::array<AsciiFold, 128> kAsciiFolds = make_ascii_folds();

constexpr bool is_word_class(CharClass cls) {
  return cls != CharClass::space && cls != CharClass::punct;
}

// Writes the match form of one input; one per call, never shared between
// threads. Capacity is managed so that the ASCII path never checks it:
// before each non-ASCII code point the buffers are grown to hold the worst
// case for it plus one byte for every input byte still to come.
class FoldWriter {
 public:
  FoldWriter(std::string_view input, std::string& text, std::vector<std::uint32_t>& source)
      : in_(reinterpret_cast<const unsigned char*>(input.data())),
        size_(input.size()),
        text_(text),
        source_(source) {
    text_.resize(size_ + size_ / 8 + 2 * kEntryMaxLength);
    source_.resize(text_.size());
    out_ = text_.data();
    src_ = source_.data();
  }

  FoldOutcome run() {
    while (read_ < size_) {
      if (in_[read_] < 0x80) {
        fold_ascii_run();
      } else {
        fold_non_ascii();
      }
    }
    note_word_end(written_);
    close_streak();
    end_word();
    text_.resize(written_);
    source_.resize(written_);
    return outcome_;
  }

 private:
  // The hot loop: letters and digits are copied with locals only (stores
  // through char* would otherwise force reloading every member per byte).
  void fold_ascii_run() {
    const unsigned char* const in = in_;
    const std::size_t size = size_;
    char* const out = out_;
    std::uint32_t* const src = src_;
    std::size_t read = read_;
    std::size_t written = written_;
    std::uint32_t latin = latin_letters_;
    std::uint32_t digits = digits_;
    while (read < size) {
      const unsigned char byte = in[read];
      if (byte >= 0x80) break;
      const AsciiFold fold = kAsciiFolds[byte];
      if (fold.cls == CharClass::latin || fold.cls == CharClass::digit) {
        latin += fold.cls == CharClass::latin ? 1u : 0u;
        digits += fold.cls == CharClass::digit ? 1u : 0u;
        out[written] = fold.output;
        src[written] = static_cast<std::uint32_t>(read);
        ++written;
        ++read;
        continue;
      }
      latin_letters_ = latin;
      digits_ = digits;
      note_word_end(written);
      if (byte == '@' || byte == '$') outcome_.may_have_leet = true;
      digits = 0;
      if (cyrillic_letters_ != 0) [[unlikely]] {
        written_ = written;
        read_ = read;
        end_word();
        written = written_;
      } else if (latin != 0) {
        ++latin_words_;
      }
      latin = 0;
      if (fold.cls == CharClass::punct || written == 0 || out[written - 1] != ' ') {
        out[written] = fold.output;
        src[written] = static_cast<std::uint32_t>(read);
        ++written;
      }
      ++read;
      word_input_start_ = read;
      word_output_start_ = written;
    }
    read_ = read;
    written_ = written;
    latin_letters_ = latin;
    digits_ = digits;
  }

  // Notes, at the end of each word, what the later passes need to know.
  void note_word_end(std::size_t written) {
    const std::size_t start = word_output_start_;
    if (digits_ != 0 && (latin_letters_ != 0 || cyrillic_letters_ != 0)) {
      outcome_.may_have_leet = true;
    }
    digits_ = 0;
    // One code point folding to at most four letters ("a", "lj", "shch").
    // Words that folded to nothing (between "," and " ") neither extend nor
    // break a streak.
    if (written == start) return;
    const bool single_letter = written - start <= 4 && out_[start] >= 'a' && out_[start] <= 'z' &&
                               src_[written - 1] == src_[start];
    if (!single_letter) {
      close_streak();
      return;
    }
    if (streak_words_ == 0) streak_start_ = start;
    ++streak_words_;
    streak_end_ = written;
  }

  void close_streak() {
    if (streak_words_ >= 3) outcome_.single_letter_streaks.emplace_back(streak_start_, streak_end_);
    streak_words_ = 0;
  }

  void fold_non_ascii() {
    reserve_for_code_point();
    const DecodedCodePoint decoded = decode_utf8(in_ + read_, size_ - read_);
    const std::size_t at = read_;
    read_ += decoded.length;
    if (!decoded.valid) {
      outcome_.flags |= Flag::invalid_utf8;
      note_word_end(written_);
      end_word();
      put_space(at);
      start_word_after(read_);
      return;
    }
    const std::uint32_t entry = fold_entry(decoded.code_point);
    switch (entry_class(entry)) {
      case CharClass::space:
        note_word_end(written_);
        end_word();
        put_space(at);
        start_word_after(read_);
        return;
      case CharClass::punct:
        note_word_end(written_);
        end_word();
        put_entry(entry, at, decoded.length);
        if (entry_length(entry) > 0 &&
            (kFoldPool[entry_offset(entry)] == '@' || kFoldPool[entry_offset(entry)] == '$')) {
          outcome_.may_have_leet = true;
        }
        start_word_after(read_);
        return;
      case CharClass::digit:
        ++digits_;
        break;
      case CharClass::latin:
        ++latin_letters_;
        break;
      case CharClass::cyrillic:
        ++cyrillic_letters_;
        break;
      case CharClass::zero_width:
        // A byte order mark at the very start is file framing, not obfuscation.
        if (!(decoded.code_point == 0xFEFF && at == 0)) outcome_.flags |= Flag::zero_width;
        return;
      case CharClass::joiner:
        // ZWJ and variation selectors glue emoji together; only flag them in words.
        if (written_ > 0 && is_letter_byte(out_[written_ - 1])) outcome_.flags |= Flag::zero_width;
        return;
      case CharClass::mark:
        return;
      default:
        break;
    }
    put_entry(entry, at, decoded.length);
  }

  static bool is_letter_byte(char c) {
    return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
  }

  void put(char c, std::size_t from) {
    out_[written_] = c;
    src_[written_] = static_cast<std::uint32_t>(from);
    ++written_;
  }

  void put_space(std::size_t from) {
    if (written_ == 0 || out_[written_ - 1] != ' ') put(' ', from);
  }

  void put_entry(std::uint32_t entry, std::size_t from, std::uint32_t input_length) {
    const char* bytes = entry_keeps_input(entry) ? reinterpret_cast<const char*>(in_ + from)
                                                 : kFoldPool + entry_offset(entry);
    const std::uint32_t length = entry_keeps_input(entry) ? input_length : entry_length(entry);
    std::memcpy(out_ + written_, bytes, length);
    const auto source = static_cast<std::uint32_t>(from);
    for (std::uint32_t i = 0; i < length; ++i) src_[written_ + i] = source;
    written_ += length;
  }

  void reserve_for_code_point() {
    const std::size_t needed = written_ + kEntryMaxLength + (size_ - read_);
    if (needed <= text_.size()) return;
    const std::size_t capacity = needed + needed / 4;
    text_.resize(capacity);
    source_.resize(capacity);
    out_ = text_.data();
    src_ = source_.data();
  }

  void start_word_after(std::size_t input_offset) {
    word_input_start_ = input_offset;
    word_output_start_ = written_;
  }

  // Closes the current word; a word with both Latin and Cyrillic letters is
  // folded again with its look-alikes read in the script that wins the vote.
  void end_word() {
    if (latin_letters_ > 0 && cyrillic_letters_ > 0) {
      outcome_.flags |= Flag::mixed_script;
      const int context = latin_words_ > cyrillic_words_   ? 1
                          : cyrillic_words_ > latin_words_ ? -1
                                                           : 0;
      const bool latin = vote_on_word().latin_wins(context);
      refold_mixed_word(latin);
      ++(latin ? latin_words_ : cyrillic_words_);
    } else if (latin_letters_ > 0) {
      ++latin_words_;
    } else if (cyrillic_letters_ > 0) {
      ++cyrillic_words_;
    }
    latin_letters_ = 0;
    cyrillic_letters_ = 0;
  }

  // Counts the word's letters by script (see ScriptVote).
  ScriptVote vote_on_word() const {
    ScriptVote vote;
    std::size_t at = word_input_start_;
    while (at < read_) {
      const DecodedCodePoint decoded = decode_utf8(in_ + at, size_ - at);
      if (decoded.code_point < 0x80) {
        const AsciiFold fold = kAsciiFolds[decoded.code_point];
        if (!is_word_class(fold.cls)) break;
        if (fold.cls == CharClass::latin)
          vote.add_ascii_letter(static_cast<char>(decoded.code_point));
      } else {
        if (!decoded.valid) break;
        const CharClass cls = entry_class(fold_entry(decoded.code_point));
        if (!is_word_class(cls)) break;
        if (cls == CharClass::latin) vote.add_other_latin();
        if (cls == CharClass::cyrillic) vote.add_cyrillic(decoded.code_point);
      }
      at += decoded.length;
    }
    return vote;
  }

  // Re-emits the word's input from word_output_start_, stopping at the first
  // non-word code point (a non-ASCII separator is already consumed when the
  // word ends). Look-alike readings are never longer than the normal ones,
  // so the output cannot outgrow what the first fold reserved.
  void refold_mixed_word(bool latin_majority) {
    written_ = word_output_start_;
    std::size_t at = word_input_start_;
    while (at < read_) {
      const DecodedCodePoint decoded = decode_utf8(in_ + at, size_ - at);
      if (decoded.code_point < 0x80) {
        const char c = static_cast<char>(decoded.code_point);
        const AsciiFold fold = kAsciiFolds[decoded.code_point];
        if (!is_word_class(fold.cls)) break;
        const char reading = latin_majority ? 0 : cyrillic_reading_of_latin(c);
        put(reading != 0 ? reading : fold.output, at);
      } else {
        if (!decoded.valid) break;
        const std::uint32_t entry = fold_entry(decoded.code_point);
        const CharClass cls = entry_class(entry);
        if (!is_word_class(cls)) break;
        const char lookalike = latin_majority && cls == CharClass::cyrillic
                                   ? latin_lookalike_of_cyrillic(decoded.code_point)
                                   : 0;
        if (lookalike != 0) {
          put(lookalike, at);
        } else if (cls != CharClass::mark && cls != CharClass::zero_width &&
                   cls != CharClass::joiner) {
          put_entry(entry, at, decoded.length);
        }
      }
      at += decoded.length;
    }
  }

  const unsigned char* in_;
  std::size_t size_;
  std::string& text_;
  std::vector<std::uint32_t>& source_;
  char* out_ = nullptr;
  std::uint32_t* src_ = nullptr;
  std::size_t read_ = 0;
  std::size_t written_ = 0;
  std::size_t word_input_start_ = 0;
  std::size_t word_output_start_ = 0;
  std::uint32_t latin_letters_ = 0;
  std::uint32_t cyrillic_letters_ = 0;
  // Words so far by script: the tie-break for words made only of look-alikes.
  std::uint32_t latin_words_ = 0;
  std::uint32_t cyrillic_words_ = 0;
  std::uint32_t digits_ = 0;
  std::uint32_t streak_words_ = 0;
  std::size_t streak_start_ = 0;
  std::size_t streak_end_ = 0;
  FoldOutcome outcome_;
};

}  // namespace

FoldOutcome fold_text(std::string_view input, std::string& text,
                      std::vector<std::uint32_t>& source) {
  return FoldWriter(input, text, source).run();
}

}  // namespace jobscreen::detail
