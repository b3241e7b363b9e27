// Which bytes of a 64-byte block belong to words: the one definition that
// the keyword matcher's and the entity extractor's word splits share.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jobscreen::detail {

/// Word bytes are [a-z0-9] and bytes >= 0x80 (parts of non-ASCII letters).
enum class UpperCase { separates, is_letter };

/// Bit i is set when byte i of the 64 at `p` is a word byte. With
/// UpperCase::is_letter, 'A'-'Z' count as letters too (the entity extractor
/// also reads raw text in its tests; the match form has no upper case).
template <UpperCase upper>
std::uint64_t word_block_mask(const unsigned char* p) {
#if defined(__SSE2__)
  // Signed compares: bytes >= 0x80 are negative, so they fail both ranges
  // and are caught by the sign test. OR-ing 0x20 folds 'A'-'Z' onto 'a'-'z'.
  const __m128i case_bit = _mm_set1_epi8(upper == UpperCase::is_letter ? 0x20 : 0);
  const __m128i before_a = _mm_set1_epi8('a' - 1);
  const __m128i after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1);
  const __m128i after_9 = _mm_set1_epi8('9' + 1);
  const __m128i zero = _mm_setzero_si128();
  std::uint64_t mask = 0;
  for (int k = 0; k < 4; ++k) {
    const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const __m128i folded = _mm_or_si128(c, case_bit);
    const __m128i letter =
        _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, before_0), _mm_cmplt_epi8(c, after_9));
    const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmplt_epi8(c, zero));
    mask |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(word))} << (16 * k);
  }
  return mask;
#else
  std::uint64_t mask = 0;
  for (std::size_t i = 0; i < 64; ++i) {
    const unsigned char c =
        upper == UpperCase::is_letter && p[i] >= 'A' && p[i] <= 'Z' ? p[i] | 0x20 : p[i];
    const bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
    mask |= std::uint64_t{word} << i;
  }
  return mask;
#endif
}

/// word_block_mask of the 64 bytes at `offset` of a text of `size` bytes; a
/// last, shorter block reads as if padded with spaces, never past the text.
template <UpperCase upper>
std::uint64_t word_mask_at(const unsigned char* data, std::size_t size, std::size_t offset) {
  if (size - offset >= 64) return word_block_mask<upper>(data + offset);
  unsigned char tail[64];
  std::memset(tail, ' ', sizeof tail);
  std::memcpy(tail, data + offset, size - offset);
  return word_block_mask<upper>(tail);
}

}  // namespace jobscreen::detail
