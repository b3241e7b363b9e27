// The spans of the entities found so far, so later finders can skip digits
// that already belong to a phone, link or company id in O(log n).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "entities/entity_extractor.hpp"

namespace jobscreen::detail {

/// A sorted snapshot of entity spans. Immutable after construction; safe to
/// share between threads.
class TakenSpans {
 public:
  explicit TakenSpans(const std::vector<RawEntity>& entities) {
    spans_.reserve(entities.size());
    for (const auto& e : entities) {
      spans_.emplace_back(e.begin, e.end);
      if (e.type == EntityType::place) place_begins_.push_back(e.begin);
    }
    std::sort(spans_.begin(), spans_.end());
    std::sort(place_begins_.begin(), place_begins_.end());
    max_end_.reserve(spans_.size());
    std::uint32_t most = 0;
    for (const auto& span : spans_) max_end_.push_back(most = std::max(most, span.second));
  }

  /// Whether some span overlaps [begin, end).
  bool overlaps(std::size_t begin, std::size_t end) const {
    // Of the spans that begin before `end`, the one reaching furthest decides.
    const auto it = std::lower_bound(spans_.begin(), spans_.end(), end,
                                     [](const std::pair<std::uint32_t, std::uint32_t>& s,
                                        std::size_t e) { return s.first < e; });
    if (it == spans_.begin()) return false;
    return max_end_[static_cast<std::size_t>(it - spans_.begin()) - 1] > begin;
  }

  /// Whether a place begins in [from, to].
  bool place_begins_in(std::size_t from, std::size_t to) const {
    const auto it = std::lower_bound(place_begins_.begin(), place_begins_.end(), from);
    return it != place_begins_.end() && *it <= to;
  }

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;  // sorted by begin
  std::vector<std::uint32_t> max_end_;                          // prefix maxima of the ends
  std::vector<std::uint32_t> place_begins_;
};

}  // namespace jobscreen::detail
