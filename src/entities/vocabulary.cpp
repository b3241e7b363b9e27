#include "entities/vocabulary.hpp"

#include <bit>
#include <stdexcept>
#include <utility>

namespace jobscreen::detail {
namespace {

// An 8-byte mask that keeps the first `bytes` (0..8) bytes of a load.
constexpr std::uint64_t first_bytes_mask(std::size_t bytes) {
  if (bytes == 0) return 0;
  if (bytes >= 8) return ~std::uint64_t{0};
  if constexpr (std::endian::native == std::endian::little)
    return (std::uint64_t{1} << (8 * bytes)) - 1;
  else
    return ~((std::uint64_t{1} << (64 - 8 * bytes)) - 1);
}

// Evictions tried before the tables are rebuilt.
constexpr int kMaxEvictions = 64;
// Slot fields are 16 bits; 0xFFFF is never a slot index, so an empty
// first-table slot names it as its second slot and vouches for nothing.
constexpr std::size_t kMaxSlots = std::size_t{1} << 15;
constexpr std::size_t kMaxEntries = 0xFFFF;
constexpr std::uint32_t kEmptyFirstSlot = 0xFFFF0000u;

}  // namespace

const Vocabulary::Masks Vocabulary::kHeadMasks = [] {
  Masks masks{};
  for (std::size_t n = 0; n < masks.size(); ++n) masks[n] = first_bytes_mask(n);
  return masks;
}();

const Vocabulary::Masks Vocabulary::kTailMasks = [] {
  Masks masks{};
  for (std::size_t n = 0; n < masks.size(); ++n) masks[n] = first_bytes_mask(n > 8 ? n - 8 : 0);
  return masks;
}();

Vocabulary::Vocabulary() {
  entries_.push_back(Entry{});
  rebuild(64);
}

Vocabulary::Key Vocabulary::key_of(std::string_view word) {
  if (word.empty() || word.size() > kMaxWordBytes || word.find('\0') != std::string_view::npos)
    return Key{};
  char bytes[16] = {};
  std::memcpy(bytes, word.data(), word.size());
  return Key{load8(bytes), load8(bytes + 8)};
}

// Cuckoo insertion: take the first slot, evicting its word to that word's
// slot in the other table, and so on. False when the chain gets too long or
// the word shares both slots with another (lookups could not tell them apart).
bool Vocabulary::place(std::uint32_t index) {
  const Tables tables = this->tables();
  const Slots slots = tables.slots_of(entries_[index].key);
  const std::uint32_t in_first = first_slots_[slots.first] & 0xFFFF;
  const std::uint32_t in_second = second_slots_[slots.second];
  // A word with both slots the same sits in one of them.
  for (const std::uint32_t other : {in_first, in_second}) {
    if (other == 0) continue;
    const Slots other_slots = tables.slots_of(entries_[other].key);
    if (other_slots.first == slots.first && other_slots.second == slots.second) return false;
  }
  bool use_first = true;
  for (int evictions = 0; evictions < kMaxEvictions; ++evictions) {
    const Slots at = tables.slots_of(entries_[index].key);
    if (use_first) {
      const std::uint32_t evicted = first_slots_[at.first] & 0xFFFF;
      first_slots_[at.first] = static_cast<std::uint32_t>(at.second) << 16 | index;
      index = evicted;
    } else {
      std::swap(second_slots_[at.second], index);
    }
    if (index == 0) return true;
    use_first = !use_first;  // the evicted word moves to its slot in the other table
  }
  return false;  // a word is left out; the caller rebuilds with every word
}

void Vocabulary::rebuild(std::size_t slot_count) {
  while (true) {
    if (slot_count > kMaxSlots) throw std::length_error("vocabulary tables too large");
    first_slots_.assign(slot_count, kEmptyFirstSlot);
    second_slots_.assign(slot_count, 0);
    shift_ = 64 - std::countr_zero(slot_count);
    bool placed = true;
    for (std::size_t e = 1; e < entries_.size() && placed; ++e)
      placed = place(static_cast<std::uint32_t>(e));
    if (placed) return;
    // Other slots for every word, and more of them.
    seed_ = seed_ * 6364136223846793005ull + 1442695040888963407ull;
    slot_count *= 2;
  }
}

WordFacts& Vocabulary::entry(std::string_view word) {
  const Key key = key_of(word);
  if (same(key, Key{}))
    throw std::invalid_argument("vocabulary words have 1 to 16 bytes and no NUL");
  const std::uint32_t known = tables().entry_of(key);
  if (known != 0) return entries_[known].facts;
  if (entries_.size() > kMaxEntries) throw std::length_error("vocabulary is full");
  entries_.push_back({key, WordFacts{}});
  const auto index = static_cast<std::uint32_t>(entries_.size() - 1);
  // Each table at least twice the words: short eviction chains.
  if (entries_.size() * 2 > first_slots_.size() || !place(index)) rebuild(first_slots_.size() * 2);
  return entries_[index].facts;
}

WordFacts Vocabulary::facts(std::string_view word) const {
  return entries_[tables().entry_of(key_of(word))].facts;
}

void Vocabulary::facts_of_words(std::string_view text, const WordSpan* spans, std::size_t count,
                                WordFacts* out) const {
  const char* const data = text.data();
  const std::size_t size = text.size();
  const Tables tables = this->tables();
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t begin = spans[i].begin;
    const std::size_t length = spans[i].end - begin;
    Key key;
    if (begin + 16 <= size) {
      // A longer word gets the key of none.
      const std::size_t capped = length <= kMaxWordBytes ? length : 0;
      key = Key{load8(data + begin) & kHeadMasks[capped],
                load8(data + begin + 8) & kTailMasks[capped]};
    } else {
      key = key_of(text.substr(begin, length));  // near the end: never read past the text
    }
    out[i] = tables.entries[tables.entry_of(key)].facts;
  }
}

}  // namespace jobscreen::detail
