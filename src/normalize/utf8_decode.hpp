// One UTF-8 decoding policy for the normaliser and code_point_offset, so both
// count ill-formed input the same way.
#pragma once

#include <cstddef>
#include <cstdint>

namespace jobscreen::detail {

/// A decoded code point and the bytes it took. Ill-formed input yields
/// `valid == false` and length 1: every ill-formed byte stands for one U+FFFD.
struct DecodedCodePoint {
  std::uint32_t code_point;
  std::uint32_t length;
  bool valid;
};

inline bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

/// Decodes the code point at `p` (`available` >= 1 bytes readable) following
/// the well-formed byte sequences of Unicode Table 3-7 (no overlongs, no
/// surrogates, nothing above U+10FFFF).
inline DecodedCodePoint decode_utf8(const unsigned char* p, std::size_t available) {
  constexpr DecodedCodePoint kIllFormed{0xFFFD, 1, false};
  const unsigned lead = p[0];
  if (lead < 0x80) return {lead, 1, true};
  if (lead < 0xC2) return kIllFormed;
  if (lead < 0xE0) {
    if (available < 2 || !is_continuation(p[1])) return kIllFormed;
    return {((lead & 0x1Fu) << 6) | (p[1] & 0x3Fu), 2, true};
  }
  if (lead < 0xF0) {
    if (available < 3) return kIllFormed;
    const unsigned low = lead == 0xE0 ? 0xA0 : 0x80;
    const unsigned high = lead == 0xED ? 0x9F : 0xBF;
    if (p[1] < low || p[1] > high || !is_continuation(p[2])) return kIllFormed;
    return {((lead & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu), 3, true};
  }
  if (lead < 0xF5) {
    if (available < 4) return kIllFormed;
    const unsigned low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned high = lead == 0xF4 ? 0x8F : 0xBF;
    if (p[1] < low || p[1] > high || !is_continuation(p[2]) || !is_continuation(p[3])) {
      return kIllFormed;
    }
    return {
        ((lead & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu), 4,
        true};
  }
  return kIllFormed;
}

}  // namespace jobscreen::detail
