// Where the digits, dots and at signs of a text are, and where a phone number
// may start, as bitmaps: the finders jump from one candidate byte to the
// next instead of testing every byte or calling memchr once per candidate.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <string_view>
#include <vector>

namespace jobscreen::detail {

/// Bitmaps of some bytes of a text. Immutable after construction; safe to
/// share between threads.
class ByteMarks {
 public:
  explicit ByteMarks(std::string_view text);

  /// The first digit at or after `from`, or the text's size when none.
  std::size_t next_digit(std::size_t from) const { return next(kDigits, from); }
  /// The first '+', '(' or '0' at or after `from`, or the text's size when none.
  std::size_t next_phone_start(std::size_t from) const { return next(kPhoneStarts, from); }
  /// The first '.' at or after `from`, or the text's size when none.
  std::size_t next_dot(std::size_t from) const { return next(kDots, from); }
  /// The first '@' at or after `from`, or the text's size when none.
  std::size_t next_at_sign(std::size_t from) const { return next(kAtSigns, from); }

 private:
  static constexpr std::size_t kBlockBytes = 64;
  enum Kind { kDigits, kPhoneStarts, kDots, kAtSigns, kKinds };
  using Block = std::array<std::uint64_t, kKinds>;  // bit i: byte i of the 64

  std::size_t next(Kind kind, std::size_t from) const {
    if (from >= size_) return size_;
    std::size_t block = from / kBlockBytes;
    std::uint64_t rest = blocks_[block][kind] & (~std::uint64_t{0} << (from % kBlockBytes));
    while (rest == 0) {
      if (++block == blocks_.size()) return size_;
      rest = blocks_[block][kind];
    }
    return block * kBlockBytes + static_cast<std::size_t>(std::countr_zero(rest));
  }

  std::size_t size_ = 0;
  std::vector<Block> blocks_;
};

}  // namespace jobscreen::detail
