#include "keywords/word_scanner.hpp"

#include <algorithm>
#include <bit>
#include <limits>

#include "keywords/word_block_mask.hpp"
#include "keywords/word_lexicon.hpp"

namespace jobscreen::detail {
namespace {

constexpr std::size_t kBlock = 64;

// Writes the positions of the set bits of `bits`, offset by `base`.
std::uint32_t* write_positions(std::uint64_t bits, std::uint32_t base, std::uint32_t* out) {
  while (bits != 0) {
    *out++ = base + static_cast<std::uint32_t>(std::countr_zero(bits));
    bits &= bits - 1;
  }
  return out;
}

}  // namespace

void WordScanner::scan(std::string_view text) {
  const std::size_t size =
      std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max());
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  // Room for a block's words (at most 32, plus the end of the word before
  // it) is made before each block: texts average one word per ~6 bytes, so
  // sizing for the worst case (a word per 2 bytes) up front would waste.
  constexpr std::size_t kRoomPerBlock = kBlock / 2 + 1;
  if (begins_.size() < kRoomPerBlock) {
    begins_.resize(std::max<std::size_t>(size / 4, 1024));
    ends_.resize(begins_.size());
  }
  std::uint32_t* begin_out = begins_.data();
  std::uint32_t* end_out = ends_.data();
  std::uint64_t carry = 0;  // 1 when the byte before the block is a word byte
  for (std::size_t offset = 0; offset < size; offset += kBlock) {
    if (static_cast<std::size_t>(end_out - ends_.data()) + kRoomPerBlock > ends_.size()) {
      const auto begun = static_cast<std::size_t>(begin_out - begins_.data());
      const auto ended = static_cast<std::size_t>(end_out - ends_.data());
      begins_.resize(begins_.size() * 2);
      ends_.resize(begins_.size());
      begin_out = begins_.data() + begun;
      end_out = ends_.data() + ended;
    }
    const std::uint64_t word = word_mask_at<UpperCase::separates>(data, size, offset);
    const std::uint64_t previous = (word << 1) | carry;
    carry = word >> (kBlock - 1);
    const auto base = static_cast<std::uint32_t>(offset);
    begin_out = write_positions(word & ~previous, base, begin_out);
    end_out = write_positions(~word & previous, base, end_out);
  }
  if (carry != 0) *end_out++ = static_cast<std::uint32_t>(size);
  count_ = static_cast<std::size_t>(end_out - ends_.data());
}

}  // namespace jobscreen::detail
