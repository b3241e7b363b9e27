// The words the entity finders look up, each with what it means to them, so
// that every word of a text is hashed and looked up once instead of once per
// finder and again for every neighbour a finder inspects.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "entities/word_span.hpp"

namespace jobscreen::detail {

/// Bits of WordFacts::roles: what a word is to the finders that list it.
namespace word_role {
// Places.
inline constexpr std::uint32_t kPlaceStart = 1u << 0;  ///< first word of a place name
// Messaging apps.
inline constexpr std::uint32_t kMessengerSpelling = 1u << 1;
inline constexpr std::uint32_t kWhatsStart = 1u << 2;  ///< "whats", "what" ("whats app")
inline constexpr std::uint32_t kContactWord = 1u << 3;
inline constexpr std::uint32_t kConjunction = 1u << 4;
// Company identifiers.
inline constexpr std::uint32_t kCompanyTrigger = 1u << 5;
inline constexpr std::uint32_t kCompanyFiller = 1u << 6;
inline constexpr std::uint32_t kStreetLabel = 1u << 7;
inline constexpr std::uint32_t kEnglishStreet = 1u << 8;
// Pay.
inline constexpr std::uint32_t kPayWord = 1u << 9;
inline constexpr std::uint32_t kFeeWord = 1u << 10;
inline constexpr std::uint32_t kUnitWord = 1u << 11;
inline constexpr std::uint32_t kScaleWord = 1u << 12;
inline constexpr std::uint32_t kPeriodPhraseStart = 1u << 13;
// Ages.
inline constexpr std::uint32_t kYearWord = 1u << 14;
inline constexpr std::uint32_t kExperienceWord = 1u << 15;
inline constexpr std::uint32_t kAgeWord = 1u << 16;
inline constexpr std::uint32_t kUpperWord = 1u << 17;
inline constexpr std::uint32_t kYoungerWord = 1u << 18;
inline constexpr std::uint32_t kLowerWord = 1u << 19;
inline constexpr std::uint32_t kOlderWord = 1u << 20;
inline constexpr std::uint32_t kOtherUnit = 1u << 21;
inline constexpr std::uint32_t kWomenWord = 1u << 22;
inline constexpr std::uint32_t kMenWord = 1u << 23;
}  // namespace word_role

/// What the finders know of one word. All zero for a word none of them lists.
struct WordFacts {
  std::uint32_t roles = 0;
  std::uint16_t place_group = 0;       ///< with kPlaceStart: PlaceGazetteer's group
  std::uint8_t messenger_reading = 0;  ///< with kMessengerSpelling: MessengerExtractor's reading
  std::uint8_t pay_period = 0;         ///< a PayPeriod said by the word before an amount
};

/// A fixed set of words (at most kMaxWordBytes bytes, no NUL) with their facts.
///
/// About a quarter of the words of an offer are listed, in no predictable
/// order, so a lookup that branches on "listed?" mispredicts often. This one
/// does not branch. A word is read with two masked 8-byte loads and hashed
/// once; the hash names one slot in each of two tables (cuckoo hashing), and
/// a word sits in one of its two slots. The first table's slot also keeps
/// the second slot of its word, so a lookup can tell which table to trust
/// and compares one entry only. (No two words share both slots: the tables
/// are rebuilt with another seed when they would.) Built once; immutable
/// and safe to share between threads afterwards.
class Vocabulary {
 public:
  static constexpr std::size_t kMaxWordBytes = 16;

  Vocabulary();

  /// The facts of `word`, added empty when new. Throws std::invalid_argument
  /// for an empty word, one longer than kMaxWordBytes or one with a NUL byte.
  /// Not thread-safe.
  WordFacts& entry(std::string_view word);
  /// Adds `roles` to the facts of each of `words` (a range of strings).
  template <typename Words>
  void add_roles(const Words& words, std::uint32_t roles) {
    for (std::string_view word : words) entry(word).roles |= roles;
  }

  /// The facts of `word`; all zero when it is not listed.
  WordFacts facts(std::string_view word) const;

  /// Writes the facts of each word `spans[i]` of `text` to `out[i]` (the
  /// same as facts() of each word, faster).
  void facts_of_words(std::string_view text, const WordSpan* spans, std::size_t count,
                      WordFacts* out) const;

  /// Number of words listed.
  std::size_t size() const { return entries_.size() - 1; }

 private:
  // Bytes 0..7 and 8..15 of a word, zero-padded. Words have no NUL byte, so
  // the key tells the length too; all zero is the key of no word.
  struct Key {
    std::uint64_t head = 0;
    std::uint64_t tail = 0;
  };
  struct Entry {
    Key key;  ///< entries_[0]: all zero, the entry of no word
    WordFacts facts;
  };
  struct Slots {
    std::size_t first;
    std::size_t second;
  };

  // kHeadMasks[n] keeps the first min(n, 8) bytes of a load, kTailMasks[n]
  // the first max(n - 8, 0) (in memory order); both are 0 for n = 0.
  using Masks = std::array<std::uint64_t, kMaxWordBytes + 1>;
  static const Masks kHeadMasks;
  static const Masks kTailMasks;

  static std::uint64_t load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  static Key key_of(std::string_view word);  // all zero when the word cannot be listed
  static bool same(const Key& a, const Key& b) {
    return ((a.head ^ b.head) | (a.tail ^ b.tail)) == 0;
  }

  // The tables as plain values. Loops copy it into a local: the facts they
  // store could alias the members (a char-sized field), which would make the
  // compiler reload every member for every word.
  struct Tables {
    const Entry* entries;
    const std::uint32_t* first_slots;   // (second slot << 16) | entry index
    const std::uint32_t* second_slots;  // entry index, or 0
    int shift;                          // 64 - log2(slots per table)
    std::uint64_t seed;

    // The slot indices come from the high bits of the products, which
    // depend on every byte of the word.
    Slots slots_of(const Key& key) const {
      std::uint64_t h =
          ((key.head ^ seed) * 0xBF58476D1CE4E5B9ull) ^ (key.tail * 0x94D049BB133111EBull);
      h ^= h >> 29;
      return {static_cast<std::size_t>(h >> shift),
              static_cast<std::size_t>((h << (64 - shift)) >> shift)};
    }
    /// The index of the entry `key` would be, if listed: a first-table slot
    /// vouches for its entry only when the second slots agree; else the
    /// second table's entry is the one.
    std::uint32_t candidate(const Key& key) const {
      const Slots slots = slots_of(key);
      const std::uint32_t first = first_slots[slots.first];
      const std::uint32_t second = second_slots[slots.second];
      return (first >> 16) == slots.second ? (first & 0xFFFF) : second;
    }
    /// The entry of `key`, or 0; the compare is arithmetic, not a branch.
    std::uint32_t entry_of(const Key& key) const {
      const std::uint32_t index = candidate(key);
      return index & (0u - static_cast<std::uint32_t>(same(entries[index].key, key)));
    }
  };
  Tables tables() const {
    return {entries_.data(), first_slots_.data(), second_slots_.data(), shift_, seed_};
  }
  bool place(std::uint32_t index);
  void rebuild(std::size_t slot_count);

  std::vector<Entry> entries_;               // at most 65535 words
  std::vector<std::uint32_t> first_slots_;   // (second slot << 16) | entry index
  std::vector<std::uint32_t> second_slots_;  // entry index, or 0
  int shift_ = 58;                           // 64 - log2(slots per table)
  std::uint64_t seed_ = 0x9E3779B97F4A7C15ull;
};

}  // namespace jobscreen::detail
