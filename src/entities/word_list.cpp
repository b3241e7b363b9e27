#include "entities/word_list.hpp"

#include <algorithm>
#include <bit>

#include "keywords/word_block_mask.hpp"

namespace jobscreen::detail {

namespace {

constexpr std::size_t kBlock = 64;

// Set bits of `bits`. std::popcount is a library call on x86-64 without
// -mpopcnt; this is a dozen inline instructions.
std::size_t count_bits(std::uint64_t bits) {
  bits -= (bits >> 1) & 0x5555555555555555ull;
  bits = (bits & 0x3333333333333333ull) + ((bits >> 2) & 0x3333333333333333ull);
  bits = (bits + (bits >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<std::size_t>((bits * 0x0101010101010101ull) >> 56);
}

// The position of the lowest set bit; any value when `bits` is 0. (With
// the top bit forced on the compiler knows it is never 0 and adds no branch.)
std::uint32_t lowest_bit(std::uint64_t bits) {
  return static_cast<std::uint32_t>(std::countr_zero(bits | (std::uint64_t{1} << 63)));
}

// Writes base + the position of each set bit of `bits` to `field` of out[0],
// out[1], ...; returns how many. The first kAlwaysWritten are written
// whatever their number (the room is there): 94% of the blocks of offers
// start at most 12 words, and then no loop exit is mispredicted.
constexpr std::size_t kAlwaysWritten = 12;

std::size_t write_bit_positions(std::uint64_t bits, std::uint32_t base,
                                std::uint32_t WordSpan::*field, WordSpan* out) {
  const std::size_t count = count_bits(bits);
  for (std::size_t k = 0; k < kAlwaysWritten; ++k) {
    out[k].*field = base + lowest_bit(bits);
    bits &= bits - 1;
  }
  for (std::size_t k = kAlwaysWritten; k < count; ++k) {
    out[k].*field = base + lowest_bit(bits);
    bits &= bits - 1;
  }
  return count;
}

}  // namespace

WordList::WordList(std::string_view text, const Vocabulary& vocabulary) : text_(text) {
  split();
  facts_.resize(spans_.size());
  vocabulary.facts_of_words(text_, spans_.data(), spans_.size(), facts_.data());
}

// Word starts and ends are the rising and falling edges of each block's mask
// of word bytes, so there is no branch per byte.
void WordList::split() {
  const std::size_t n = text_.size();
  const auto* data = reinterpret_cast<const unsigned char*>(text_.data());
  // At most 32 words start in a block (write_bit_positions writes at least 12).
  constexpr std::size_t kRoomPerBlock = kBlock / 2;
  spans_.resize(n / 4 + kRoomPerBlock);  // room for a word per 4 bytes; grows if denser
  blocks_.resize(n / kBlock + 1);
  std::size_t begun = 0;
  std::size_t ended = 0;
  std::uint64_t carry = 0;  // 1 when the byte before the block is a word byte
  for (std::size_t offset = 0; offset < n; offset += kBlock) {
    if (begun + kRoomPerBlock > spans_.size()) spans_.resize(spans_.size() * 2);
    const std::uint64_t word = word_mask_at<UpperCase::is_letter>(data, n, offset);
    const std::uint64_t before = (word << 1) | carry;
    carry = word >> (kBlock - 1);
    Block& block = blocks_[offset / kBlock];
    block = {word & ~before, ~word & before, static_cast<std::uint32_t>(begun),
             static_cast<std::uint32_t>(ended)};
    const auto base = static_cast<std::uint32_t>(offset);
    begun += write_bit_positions(block.begins, base, &WordSpan::begin, spans_.data() + begun);
    ended += write_bit_positions(block.ends, base, &WordSpan::end, spans_.data() + ended);
  }
  // A word running to the end of a text of whole blocks ends in the extra block.
  if (n % kBlock == 0)
    blocks_.back() = {0, carry, static_cast<std::uint32_t>(begun),
                      static_cast<std::uint32_t>(ended)};
  if (carry != 0) spans_[ended++].end = static_cast<std::uint32_t>(n);
  spans_.resize(ended);
}

// Both searches count bits: those before the block, then those of the
// block up to the position. No loop, no branch per step.
std::size_t WordList::index_at_or_after(std::size_t pos) const {
  // The first word that ends after `pos` follows every word that ends at or before it.
  if (pos >= text_.size()) return size();
  const Block& block = blocks_[pos / kBlock];
  const std::uint64_t up_to_pos = ~std::uint64_t{0} >> (kBlock - 1 - pos % kBlock);
  return block.ended_before + count_bits(block.ends & up_to_pos);
}

std::size_t WordList::index_before(std::size_t pos) const {
  // The last word that begins before `pos` is one less than the number that do.
  std::size_t begun = size();
  if (pos == 0) {
    begun = 0;
  } else if (pos <= text_.size()) {
    const Block& block = blocks_[(pos - 1) / kBlock];
    const std::uint64_t up_to_pos = ~std::uint64_t{0} >> (kBlock - 1 - (pos - 1) % kBlock);
    begun = block.begun_before + count_bits(block.begins & up_to_pos);
  }
  return begun == 0 ? size() : begun - 1;
}

}  // namespace jobscreen::detail
