// One pass over the match form that finds every keyword phrase of every rule,
// whatever the number of keywords (Aho-Corasick over words of [a-z0-9]).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobscreen::detail {

/// A keyword phrase, already in match form: words of [a-z0-9] (other bytes
/// allowed but rare) separated by single spaces. A word ending in '*' matches
/// any word that starts with it ("plat*" matches plata, plate, platom).
/// `gap` words may stand between consecutive words of the phrase.
struct KeywordPattern {
  std::string phrase;
  std::uint32_t gap = 0;
  std::uint32_t id = 0;  ///< returned in matches; several patterns may share an id
};

/// A match in the match form, whole words only: [begin, end) in bytes, and
/// the index of its first and last word in the text (for proximity checks).
struct KeywordMatch {
  std::uint32_t id = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t first_word = 0;
  std::uint32_t last_word = 0;
};

// How KeywordMatcher matches, in detail:
// - Words are maximal runs of [a-z0-9] and bytes >= 0x80 (as split_words);
//   any run of other bytes only separates words. So "laka-zarada", "laka,
//   zarada" and "laka zarada" all match the phrase "laka zarada": sentence
//   punctuation never breaks a phrase, and only words count against `gap`.
// - Patterns are split the same way; a '*' right after a word makes it a
//   prefix ("zarad*": zarad, zarada, zaradom); a lone '*' matches any word.
//   A pattern without words is kept (pattern_count) but never matches.
// - A phrase matches at words w0 < w1 < ... with at most `gap` words between
//   neighbours; per pattern and first word, the earliest-ending such match.
//   Per id and first word, the longest of its patterns' matches; then, left
//   to right, a match overlapping the id's previous reported match is dropped.
// - Cost: one pass over the bytes, then work per word that starts a phrase;
//   it does not grow with the number of patterns (beyond cache effects).
//   A gapped phrase costs at most (its words)^2 x (gap + 1) per first word.

/// Working memory of KeywordMatcher::find_all, kept between calls so that
/// repeated scans allocate nothing. Not thread-safe: use one per thread.
class KeywordScratch {
 public:
  KeywordScratch();
  ~KeywordScratch();
  KeywordScratch(KeywordScratch&&) noexcept;
  KeywordScratch& operator=(KeywordScratch&&) noexcept;

 private:
  friend class KeywordMatcher;
  struct Buffers;
  std::unique_ptr<Buffers> buffers_;
};

/// Immutable once built; find_all is safe for concurrent use by multiple threads.
class KeywordMatcher {
 public:
  explicit KeywordMatcher(const std::vector<KeywordPattern>& patterns);
  ~KeywordMatcher();
  KeywordMatcher(const KeywordMatcher&) = delete;
  KeywordMatcher& operator=(const KeywordMatcher&) = delete;

  /// Appends every match (leftmost, non-overlapping per pattern; different
  /// patterns may overlap) to `out`, ordered by begin then id.
  void find_all(std::string_view match_form, std::vector<KeywordMatch>& out) const;
  /// The same, with caller-owned working memory (no allocation once warm).
  void find_all(std::string_view match_form, std::vector<KeywordMatch>& out,
                KeywordScratch& scratch) const;

  std::size_t pattern_count() const;
  /// Bytes held by the automaton (for the engine-memory benchmark).
  std::size_t memory_bytes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

/// Word index of every byte position: words are maximal runs of bytes that
/// are [a-z0-9] or >= 0x80. Used to turn byte spans into word numbers.
/// Returns for each word its [begin, end) byte range.
std::vector<std::pair<std::uint32_t, std::uint32_t>> split_words(std::string_view match_form);

}  // namespace jobscreen::detail
