#include "keywords/word_scanner.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

#include "keywords/word_lexicon.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jobscreen::detail {
namespace {

constexpr std::size_t kBlock = 64;

// Bit i is set when byte i of the 64 at `p` is a word byte.
std::uint64_t word_byte_mask(const unsigned char* p) {
#if defined(__SSE2__)
  // Signed compares: bytes >= 0x80 are negative, so they fail both ranges
  // and are caught by the sign test.
  const __m128i before_a = _mm_set1_epi8('a' - 1);
  const __m128i after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1);
  const __m128i after_9 = _mm_set1_epi8('9' + 1);
  const __m128i zero = _mm_setzero_si128();
  std::uint64_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(c, before_a), _mm_cmplt_epi8(c, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, before_0), _mm_cmplt_epi8(c, after_9));
    const __m128i high = _mm_cmplt_epi8(c, zero);
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), high);
    mask |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(word))} << (16 * k);
  }
  return mask;
#else
  std::uint64_t mask = 0;
  for (std::size_t i = 0; i < kBlock; ++i) mask |= std::uint64_t{is_word_byte(p[i])} << i;
  return mask;
#endif
}

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
  unsigned char tail[kBlock];
  for (std::size_t offset = 0; offset < size; offset += kBlock) {
    if (static_cast<std::size_t>(end_out - ends_.data()) + kRoomPerBlock > ends_.size()) {
      const auto begun = static_cast<std::size_t>(begin_out - begins_.data());
      const auto ended = static_cast<std::size_t>(end_out - ends_.data());
      begins_.resize(begins_.size() * 2);
      ends_.resize(begins_.size());
      begin_out = begins_.data() + begun;
      end_out = ends_.data() + ended;
    }
    const unsigned char* block = data + offset;
    if (size - offset < kBlock) {  // pad with a separator, never read past the text
      std::memset(tail, ' ', kBlock);
      std::memcpy(tail, block, size - offset);
      block = tail;
    }
    const std::uint64_t word = word_byte_mask(block);
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
