// The vocabulary of keyword phrases: maps one word of the match form to every
// "word pattern" (exact word or prefix*) it satisfies, at a cost bounded by
// the word's length and independent of the vocabulary's size.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace jobscreen::detail {

/// Bytes that make up words in the match form: [a-z0-9] and every byte >= 0x80
/// (letters with no ASCII reading stay UTF-8). Everything else separates words.
inline constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
  for (std::size_t c = 0x80; c < 256; ++c) table[c] = true;
  return table;
}();

inline bool is_word_byte(unsigned char c) { return kWordBytes[c]; }

/// Set bits of `x`. std::popcount becomes a library call on x86-64 without
/// -mpopcnt, which costs more than these few instructions.
inline unsigned count_bits(std::uint64_t x) {
#if defined(__POPCNT__)
  return static_cast<unsigned>(std::popcount(x));
#else
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
  return static_cast<unsigned>((x * 0x0101010101010101ull) >> 56);
#endif
}

/// Hash of a word's bytes, the same whatever the bytes around it. Loads 8
/// bytes at a time when `readable_end` allows (words are mostly short).
inline std::uint64_t hash_word(const unsigned char* p, std::size_t n,
                               const unsigned char* readable_end) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;
  auto load = [](const unsigned char* q, std::size_t size, bool can_read_8) {
    std::uint64_t v = 0;
    if constexpr (std::endian::native == std::endian::little) {
      if (can_read_8) {
        std::memcpy(&v, q, 8);
        return size >= 8 ? v : v & ((std::uint64_t{1} << (8 * size)) - 1);
      }
    }
    std::memcpy(&v, q, size);
    return v;
  };
  std::uint64_t h = (n + 1) * kMultiplier;
  while (n > 8) {
    h = (h ^ load(p, 8, true)) * kMultiplier;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  h = (h ^ load(p, n, readable_end - p >= 8)) * kMultiplier;
  return h ^ (h >> 32);
}

/// Exact words in an open-addressing hash table, prefixes in a byte trie.
/// Built once (add_exact/add_prefix, then finish); afterwards immutable and
/// safe for concurrent use by multiple threads.
class WordLexicon {
 public:
  static constexpr std::uint32_t kNone = 0xffffffffu;

  /// Id of the word pattern (new ids are dense, from 0). Same word, same id.
  std::uint32_t add_exact(std::string_view word);
  /// `prefix` without its '*'; the empty prefix matches every word.
  std::uint32_t add_prefix(std::string_view prefix);
  /// Builds the lookup structures; call once, after the last add.
  void finish();

  std::uint32_t size() const { return pattern_count_; }

  /// Appends to `out` the ids of the word patterns that the word [begin, end)
  /// satisfies: its exact pattern first, then prefixes, shortest first.
  /// Bytes up to `readable_end` (>= end) may be read, to load words whole.
  void lookup(const unsigned char* begin, const unsigned char* end,
              const unsigned char* readable_end, std::vector<std::uint32_t>& out) const {
    if (has_exact_) {
      const auto size = static_cast<std::size_t>(end - begin);
      const std::uint32_t exact = find_exact(begin, size, hash_word(begin, size, readable_end));
      if (exact != kNone) out.push_back(exact);
    }
    if (!has_prefixes_) return;
    if (nodes_[0].prefix_id != kNone) out.push_back(nodes_[0].prefix_id);
    if (!has_short_prefixes_ && !may_start_prefix(begin, end)) return;
    std::uint32_t node = root_children_[*begin];
    for (const unsigned char* p = begin + 1; node != kNone; ++p) {
      const TrieNode& n = nodes_[node];
      if (n.prefix_id != kNone) out.push_back(n.prefix_id);
      if (p == end) break;
      node = child(n, *p);
    }
  }

  std::size_t memory_bytes() const;

 private:
  struct Slot {
    std::uint32_t fingerprint = 0;
    std::uint32_t word = kNone;  ///< index into exact_ids_ / word offsets
  };
  // Children of a node are consecutive nodes: those for [0-9a-z] in byte
  // order, flagged in a bitmap (bit = byte's rank in [0-9a-z]) so a child is
  // one popcount away; then those for bytes >= 0x80, counted in bits 40-63.
  struct TrieNode {
    std::uint64_t children = 0;
    std::uint32_t first_child = 0;
    std::uint32_t prefix_id = kNone;
  };
  static constexpr std::uint64_t kAsciiChildren = (std::uint64_t{1} << 36) - 1;
  static constexpr int kHighChildrenShift = 40;
  static constexpr std::array<std::uint8_t, 256> kAsciiRank = [] {
    std::array<std::uint8_t, 256> rank{};
    rank.fill(0xff);
    for (int c = '0'; c <= '9'; ++c)
      rank[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(c - '0');
    for (int c = 'a'; c <= 'z'; ++c)
      rank[static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(10 + c - 'a');
    return rank;
  }();

  // Hash bits that the slot index does not use, to skip most wrong slots
  // without touching the word pool.
  static std::uint32_t fingerprint_of(std::uint64_t hash) {
    return static_cast<std::uint32_t>(hash >> 40);
  }

  std::uint32_t find_exact(const unsigned char* begin, std::size_t size, std::uint64_t h) const {
    const std::uint64_t bit = (h >> kFilterShift) & filter_mask_;
    if (((filter_[bit / 64] >> (bit % 64)) & 1) == 0) return kNone;
    const std::uint32_t fingerprint = fingerprint_of(h);
    for (std::uint64_t i = h & slot_mask_;; i = (i + 1) & slot_mask_) {
      const Slot slot = slots_[i];
      if (slot.word == kNone) return kNone;
      if (slot.fingerprint != fingerprint) continue;
      const std::uint32_t offset = exact_offsets_[slot.word];
      if (exact_offsets_[slot.word + 1] - offset == size &&
          std::memcmp(exact_pool_.data() + offset, begin, size) == 0) {
        return exact_ids_[slot.word];
      }
    }
  }

  // Most words start with no prefix's first three letters: one bit tells,
  // instead of a walk down the trie. Only valid if no prefix is shorter.
  static std::size_t three_letter_index(unsigned r0, unsigned r1, unsigned r2) {
    return (r0 * 36 + r1) * 36 + r2;
  }
  bool may_start_prefix(const unsigned char* begin, const unsigned char* end) const {
    if (end - begin < 3) return false;
    const unsigned r0 = kAsciiRank[begin[0]], r1 = kAsciiRank[begin[1]], r2 = kAsciiRank[begin[2]];
    if (r0 == 0xff || r1 == 0xff || r2 == 0xff) return true;
    const std::size_t i = three_letter_index(r0, r1, r2);
    return (prefix_starts_[i / 64] >> (i % 64)) & 1;
  }

  std::uint32_t child(const TrieNode& n, unsigned char byte) const {
    const std::uint8_t rank = kAsciiRank[byte];
    if (rank != 0xff) {
      const std::uint64_t bit = std::uint64_t{1} << rank;
      if ((n.children & bit) == 0) return kNone;
      return n.first_child + count_bits(n.children & (bit - 1));
    }
    const auto high_count = static_cast<std::uint32_t>(n.children >> kHighChildrenShift);
    const std::uint32_t first_high = n.first_child + count_bits(n.children & kAsciiChildren);
    for (std::uint32_t c = first_high; c < first_high + high_count; ++c) {
      if (node_bytes_[c] == byte) return c;
    }
    return kNone;
  }

  std::uint32_t pattern_count_ = 0;

  // Exact words: their bytes in one pool, the table points at them.
  bool has_exact_ = false;
  std::string exact_pool_;
  std::vector<std::uint32_t> exact_offsets_;  ///< size = exact words + 1
  std::vector<std::uint32_t> exact_ids_;
  std::vector<Slot> slots_;
  std::uint64_t slot_mask_ = 0;
  // One bit per hash value (8+ bits per word), checked before the table: with
  // thousands of keywords the table outgrows the L1 cache, the filter does
  // not, and most text words are in neither.
  static constexpr int kFilterShift = 16;
  std::vector<std::uint64_t> filter_;
  std::uint64_t filter_mask_ = 0;

  // Prefix trie: node 0 is the root; the root's children are a dense table.
  bool has_prefixes_ = false;
  std::vector<TrieNode> nodes_;
  std::vector<unsigned char> node_bytes_;  ///< the byte that leads to each node
  std::array<std::uint32_t, 256> root_children_{};
  bool has_short_prefixes_ = false;           ///< of one or two bytes
  std::vector<std::uint64_t> prefix_starts_;  ///< bit per three_letter_index of a prefix

  // Build-time only: words seen so far, until finish() builds the tables.
  std::unordered_map<std::string, std::uint32_t> pending_exact_;
  std::unordered_map<std::string, std::uint32_t> pending_prefixes_;
};

}  // namespace jobscreen::detail
