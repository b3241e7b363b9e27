// The byte range of one word of a match form, shared by the word list and
// the vocabulary that looks the words up.
#pragma once

#include <cstdint>

namespace jobscreen::detail {

/// The byte range [begin, end) of one word in the match form.
struct WordSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

}  // namespace jobscreen::detail
