#include "entities/taken_spans.hpp"

#include <algorithm>

namespace jobscreen::detail {
namespace {

constexpr std::size_t kBits = 64;

// Bits [from, to) of one 64-bit word, 0 <= from < to <= 64.
std::uint64_t bit_range(std::size_t from, std::size_t to) {
  const std::uint64_t up_to = to == kBits ? ~std::uint64_t{0} : (std::uint64_t{1} << to) - 1;
  return up_to & (~std::uint64_t{0} << from);
}

}  // namespace

// One bit more than the text has bytes: a span [size, size) has a place too.
TakenSpans::TakenSpans(std::size_t text_size)
    : bit_count_(text_size + 1),
      taken_((bit_count_ + kBits - 1) / kBits),
      place_begins_(taken_.size()) {}

void TakenSpans::add(const std::vector<RawEntity>& entities, std::size_t from) {
  for (std::size_t k = from; k < entities.size(); ++k) {
    const RawEntity& e = entities[k];
    if (e.type == EntityType::place)
      place_begins_[e.begin / kBits] |= std::uint64_t{1} << (e.begin % kBits);
    if (e.begin >= e.end) {
      empty_spans_.push_back(e.begin);
      continue;
    }
    for (std::size_t word = e.begin / kBits; word * kBits < e.end; ++word) {
      const std::size_t low = std::max<std::size_t>(e.begin, word * kBits) - word * kBits;
      const std::size_t high = std::min<std::size_t>(e.end, (word + 1) * kBits) - word * kBits;
      taken_[word] |= bit_range(low, high);
    }
  }
}

bool TakenSpans::any_in(const std::vector<std::uint64_t>& bits, std::size_t from, std::size_t to) {
  for (std::size_t word = from / kBits; word * kBits < to; ++word) {
    const std::size_t low = std::max(from, word * kBits) - word * kBits;
    const std::size_t high = std::min(to, (word + 1) * kBits) - word * kBits;
    if ((bits[word] & bit_range(low, high)) != 0) return true;
  }
  return false;
}

bool TakenSpans::overlaps(std::size_t begin, std::size_t end) const {
  // A span [b, e) overlaps when b < end and e > begin: it shares a byte, or
  // is empty and lies strictly inside.
  for (const std::uint32_t at : empty_spans_)
    if (at < end && at > begin) return true;
  return any_in(taken_, begin, std::min(end, bit_count_));
}

bool TakenSpans::place_begins_in(std::size_t from, std::size_t to) const {
  if (to < from) return false;
  return any_in(place_begins_, from, std::min(to + 1, bit_count_));
}

}  // namespace jobscreen::detail
