#include "keywords/word_lexicon.hpp"

#include <algorithm>
#include <cstring>
#include <map>

namespace jobscreen::detail {
std::uint32_t WordLexicon::add_exact(std::string_view word) {
  const auto [it, added] = pending_exact_.try_emplace(std::string(word), pattern_count_);
  if (added) ++pattern_count_;
  return it->second;
}

std::uint32_t WordLexicon::add_prefix(std::string_view prefix) {
  const auto [it, added] = pending_prefixes_.try_emplace(std::string(prefix), pattern_count_);
  if (added) ++pattern_count_;
  return it->second;
}

void WordLexicon::finish() {
  // Exact words: pool + table with load factor <= 1/4, so misses (most text
  // words) end at an empty slot after about one probe.
  std::vector<std::pair<std::string, std::uint32_t>> exact(pending_exact_.begin(),
                                                           pending_exact_.end());
  std::sort(exact.begin(), exact.end());
  exact_offsets_.assign(1, 0);
  for (const auto& [word, id] : exact) {
    exact_pool_ += word;
    exact_offsets_.push_back(static_cast<std::uint32_t>(exact_pool_.size()));
    exact_ids_.push_back(id);
  }
  has_exact_ = !exact.empty();
  std::size_t slot_count = 16;
  while (slot_count < exact.size() * 4) slot_count *= 2;
  slots_.assign(slot_count, Slot{});
  slot_mask_ = slot_count - 1;
  std::size_t filter_bits = 4096;
  while (filter_bits < exact.size() * 8) filter_bits *= 2;
  filter_.assign(filter_bits / 64, 0);
  filter_mask_ = filter_bits - 1;
  const auto* pool = reinterpret_cast<const unsigned char*>(exact_pool_.data());
  const unsigned char* pool_end = pool + exact_pool_.size();
  for (std::uint32_t w = 0; w < exact.size(); ++w) {
    const unsigned char* begin = pool + exact_offsets_[w];
    const std::uint64_t h = hash_word(begin, exact_offsets_[w + 1] - exact_offsets_[w], pool_end);
    std::uint64_t i = h & slot_mask_;
    while (slots_[i].word != kNone) i = (i + 1) & slot_mask_;
    slots_[i] = {fingerprint_of(h), w};
    const std::uint64_t bit = (h >> kFilterShift) & filter_mask_;
    filter_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }

  // Prefix trie: built with maps, then flattened breadth-first so the hot
  // top levels sit together in memory.
  has_prefixes_ = !pending_prefixes_.empty();
  struct BuildNode {
    std::map<unsigned char, std::uint32_t> children;
    std::uint32_t prefix_id = kNone;
  };
  std::vector<BuildNode> build(1);
  for (const auto& [prefix, id] : pending_prefixes_) {
    std::uint32_t node = 0;
    for (const char c : prefix) {
      const auto byte = static_cast<unsigned char>(c);
      auto it = build[node].children.find(byte);
      if (it == build[node].children.end()) {
        build.emplace_back();
        it = build[node].children.emplace(byte, static_cast<std::uint32_t>(build.size() - 1)).first;
      }
      node = it->second;
    }
    build[node].prefix_id = id;
  }
  std::vector<std::uint32_t> order{0};  // build index by final index
  std::vector<std::uint32_t> final_index(build.size(), kNone);
  final_index[0] = 0;
  for (std::size_t i = 0; i < order.size(); ++i) {
    for (const auto& [byte, child] : build[order[i]].children) {
      final_index[child] = static_cast<std::uint32_t>(order.size());
      order.push_back(child);
    }
  }
  nodes_.assign(order.size(), TrieNode{});
  node_bytes_.assign(order.size(), 0);
  for (std::size_t i = 0; i < order.size(); ++i) {
    const BuildNode& b = build[order[i]];
    TrieNode& n = nodes_[i];
    n.prefix_id = b.prefix_id;
    if (b.children.empty()) continue;
    // Breadth-first order made the children consecutive, in byte order.
    n.first_child = final_index[b.children.begin()->second];
    std::uint64_t high_count = 0;
    for (const auto& [byte, child] : b.children) {
      node_bytes_[final_index[child]] = byte;
      if (kAsciiRank[byte] != 0xff) {
        n.children |= std::uint64_t{1} << kAsciiRank[byte];
      } else {
        ++high_count;
      }
    }
    n.children |= high_count << kHighChildrenShift;
  }
  prefix_starts_.assign((36 * 36 * 36 + 63) / 64, 0);
  for (const auto& [prefix, id] : pending_prefixes_) {
    if (prefix.empty()) continue;
    if (prefix.size() < 3) {
      has_short_prefixes_ = true;
      continue;
    }
    const unsigned r0 = kAsciiRank[static_cast<unsigned char>(prefix[0])];
    const unsigned r1 = kAsciiRank[static_cast<unsigned char>(prefix[1])];
    const unsigned r2 = kAsciiRank[static_cast<unsigned char>(prefix[2])];
    if (r0 == 0xff || r1 == 0xff || r2 == 0xff) continue;  // such words always walk
    const std::size_t i = three_letter_index(r0, r1, r2);
    prefix_starts_[i / 64] |= std::uint64_t{1} << (i % 64);
  }
  root_children_.fill(kNone);
  for (const auto& [byte, child] : build[0].children) root_children_[byte] = final_index[child];

  pending_exact_ = {};
  pending_prefixes_ = {};
  exact_pool_.shrink_to_fit();
}

std::size_t WordLexicon::memory_bytes() const {
  return sizeof(*this) + exact_pool_.capacity() +
         exact_offsets_.capacity() * sizeof(std::uint32_t) +
         exact_ids_.capacity() * sizeof(std::uint32_t) + slots_.capacity() * sizeof(Slot) +
         filter_.capacity() * sizeof(std::uint64_t) + nodes_.capacity() * sizeof(TrieNode) +
         node_bytes_.capacity() + prefix_starts_.capacity() * sizeof(std::uint64_t);
}

}  // namespace jobscreen::detail
