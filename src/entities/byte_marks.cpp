#include "entities/byte_marks.hpp"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace jobscreen::detail {

ByteMarks::ByteMarks(std::string_view text) : size_(text.size()) {
  blocks_.resize((text.size() + kBlockBytes - 1) / kBlockBytes);
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t b = 0; b < blocks_.size(); ++b) {
    const std::size_t offset = b * kBlockBytes;
    const unsigned char* p = data + offset;
    unsigned char tail[kBlockBytes];
    if (text.size() - offset < kBlockBytes) {  // pad with a byte that marks nothing
      std::memset(tail, ' ', kBlockBytes);
      std::memcpy(tail, p, text.size() - offset);
      p = tail;
    }
    Block& marks = blocks_[b];
    marks = Block{};
#if defined(__SSE2__)
    const __m128i before_0 = _mm_set1_epi8('0' - 1);
    const __m128i after_9 = _mm_set1_epi8('9' + 1);
    const __m128i zero = _mm_set1_epi8('0');
    const __m128i plus = _mm_set1_epi8('+');
    const __m128i paren = _mm_set1_epi8('(');
    const __m128i dot = _mm_set1_epi8('.');
    const __m128i at = _mm_set1_epi8('@');
    for (int k = 0; k < 4; ++k) {
      const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
      const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, before_0), _mm_cmplt_epi8(c, after_9));
      const __m128i start = _mm_or_si128(
          _mm_cmpeq_epi8(c, zero), _mm_or_si128(_mm_cmpeq_epi8(c, plus), _mm_cmpeq_epi8(c, paren)));
      const auto bits = [k](__m128i m) {
        return std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(m))} << (16 * k);
      };
      marks[kDigits] |= bits(digit);
      marks[kPhoneStarts] |= bits(start);
      marks[kDots] |= bits(_mm_cmpeq_epi8(c, dot));
      marks[kAtSigns] |= bits(_mm_cmpeq_epi8(c, at));
    }
#else
    for (std::size_t i = 0; i < kBlockBytes; ++i) {
      const unsigned char c = p[i];
      marks[kDigits] |= std::uint64_t{c >= '0' && c <= '9'} << i;
      marks[kPhoneStarts] |= std::uint64_t{c == '0' || c == '+' || c == '('} << i;
      marks[kDots] |= std::uint64_t{c == '.'} << i;
      marks[kAtSigns] |= std::uint64_t{c == '@'} << i;
    }
#endif
  }
}

}  // namespace jobscreen::detail
