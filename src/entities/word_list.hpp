// The words of a match form, each with its facts from the vocabulary, and
// the searches the finders make over them.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "entities/text_scan.hpp"
#include "entities/vocabulary.hpp"
#include "entities/word_span.hpp"

namespace jobscreen::detail {

/// The words of a text (maximal runs of letters and digits), in order, each
/// with its facts from a Vocabulary. Immutable after construction; safe to
/// share between threads. `text` must outlive the list.
class WordList {
 public:
  /// Splits `text` into words and looks each word up in `vocabulary` once.
  WordList(std::string_view text, const Vocabulary& vocabulary);

  std::string_view text() const { return text_; }
  std::size_t size() const { return spans_.size(); }
  const WordSpan& span(std::size_t i) const { return spans_[i]; }
  std::string_view word(std::size_t i) const {
    return text_.substr(spans_[i].begin, spans_[i].end - spans_[i].begin);
  }
  /// The word `i`, or "" when `i` is out of range.
  std::string_view word_or_empty(std::size_t i) const { return i < size() ? word(i) : ""; }

  const WordFacts& facts(std::size_t i) const { return facts_[i]; }
  /// Whether word `i` exists and has any of `roles` (word_role bits).
  bool has_role(std::size_t i, std::uint32_t roles) const {
    return i < size() && (facts_[i].roles & roles) != 0;
  }

  /// Index of the first word that ends after `pos` (the word containing
  /// `pos` or the next one); size() when none.
  std::size_t index_at_or_after(std::size_t pos) const;

  /// Index of the last word that begins before `pos`; size() when none.
  std::size_t index_before(std::size_t pos) const;

  /// The first word at or after `from` with any of `roles`; size() when
  /// none. (A tight loop: finders that look for a few listed words skip the
  /// others here.)
  std::size_t next_with_role(std::size_t from, std::uint32_t roles) const {
    const WordFacts* const facts = facts_.data();
    const std::size_t count = facts_.size();
    while (from < count && (facts[from].roles & roles) == 0) ++from;
    return from;
  }
  /// The same, or a word that begins with a digit.
  std::size_t next_with_role_or_number(std::size_t from, std::uint32_t roles) const {
    const WordFacts* const facts = facts_.data();
    const WordSpan* const spans = spans_.data();
    const char* const text = text_.data();
    const std::size_t count = facts_.size();
    while (from < count && (facts[from].roles & roles) == 0 && !is_digit(text[spans[from].begin]))
      ++from;
    return from;
  }

 private:
  // Per 64 bytes of text: the bytes where words begin and where they end
  // (the byte after a word), and how many did before. The two searches
  // above are counts of these bits.
  struct Block {
    std::uint64_t begins = 0;
    std::uint64_t ends = 0;
    std::uint32_t begun_before = 0;
    std::uint32_t ended_before = 0;
  };

  void split();

  std::string_view text_;
  std::vector<WordSpan> spans_;
  std::vector<WordFacts> facts_;  // parallel to spans_
  std::vector<Block> blocks_;     // one more than the text's blocks: a word may end at its size
};

}  // namespace jobscreen::detail
