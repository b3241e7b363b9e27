// Tests of src/entities/byte_marks.cpp: the next digit, phone start, dot and
// at sign from any position, against a plain search, across block edges.
#include "entities/byte_marks.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <string_view>

namespace jobscreen::detail {
namespace {

std::size_t plain_next(std::string_view text, std::size_t from, std::string_view bytes) {
  const std::size_t at = from < text.size() ? text.find_first_of(bytes, from) : text.npos;
  return at == text.npos ? text.size() : at;
}

TEST(EntityByteMarks, FindTheNextMarkedByteFromAnyPosition) {
  std::mt19937 random(7);
  const std::string alphabet = "a 0129+(.@)-\xd0\xb1";
  for (std::size_t length : {0u, 1u, 5u, 63u, 64u, 65u, 127u, 128u, 200u, 1000u}) {
    for (int sparse = 0; sparse < 2; ++sparse) {
      std::string text;
      for (std::size_t i = 0; i < length; ++i)
        text += sparse == 1 && random() % 50 != 0 ? 'x' : alphabet[random() % alphabet.size()];
      const ByteMarks marks(text);
      for (std::size_t from = 0; from <= length + 1; ++from) {
        ASSERT_EQ(marks.next_digit(from), plain_next(text, from, "0123456789")) << text;
        ASSERT_EQ(marks.next_phone_start(from), plain_next(text, from, "0+(")) << text;
        ASSERT_EQ(marks.next_dot(from), plain_next(text, from, ".")) << text;
        ASSERT_EQ(marks.next_at_sign(from), plain_next(text, from, "@")) << text;
      }
    }
  }
}

}  // namespace
}  // namespace jobscreen::detail
