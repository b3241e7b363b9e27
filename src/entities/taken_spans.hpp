// The bytes of the entities found so far, so later finders can skip digits
// that already belong to a phone, link or company id.
#pragma once

#include <cstdint>
#include <vector>

#include "entities/entity_extractor.hpp"

namespace jobscreen::detail {

/// Which bytes of a text entities cover, and where places begin, as bitmaps:
/// adding a span or asking about one costs a word or two of bits, and the
/// entities need no sorting. Not thread-safe while adding; the queries are
/// safe to share between threads.
class TakenSpans {
 public:
  /// Nothing taken yet in a text of `text_size` bytes.
  explicit TakenSpans(std::size_t text_size);

  /// Takes the spans of `entities[from...]` (spans inside the text).
  void add(const std::vector<RawEntity>& entities, std::size_t from = 0);

  /// Whether some span overlaps [begin, end), begin < end (an empty query
  /// has no bytes to test).
  bool overlaps(std::size_t begin, std::size_t end) const;

  /// Whether a place begins in [from, to].
  bool place_begins_in(std::size_t from, std::size_t to) const;

 private:
  // Whether a bit of [from, to) is set.
  static bool any_in(const std::vector<std::uint64_t>& bits, std::size_t from, std::size_t to);

  std::size_t bit_count_;
  std::vector<std::uint64_t> taken_;         // bit i: byte i is inside a span
  std::vector<std::uint64_t> place_begins_;  // bit i: a place begins at byte i
  std::vector<std::uint32_t> empty_spans_;   // where spans [s, s) are: they cover no byte
};

}  // namespace jobscreen::detail
