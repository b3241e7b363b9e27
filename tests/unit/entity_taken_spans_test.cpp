// Tests of src/entities/taken_spans.cpp: which bytes the entities found so
// far cover, and where places begin, against the plain definitions.
#include "entities/taken_spans.hpp"

#include <gtest/gtest.h>

#include <random>
#include <vector>

namespace jobscreen::detail {
namespace {

RawEntity entity(EntityType type, std::uint32_t begin, std::uint32_t end) {
  RawEntity e;
  e.type = type;
  e.begin = begin;
  e.end = end;
  return e;
}

// Some span [b, e) with b < end and e > begin.
bool plain_overlaps(const std::vector<RawEntity>& entities, std::size_t begin, std::size_t end) {
  for (const auto& e : entities)
    if (e.begin < end && e.end > begin) return true;
  return false;
}

bool plain_place_begins_in(const std::vector<RawEntity>& entities, std::size_t from,
                           std::size_t to) {
  for (const auto& e : entities)
    if (e.type == EntityType::place && e.begin >= from && e.begin <= to) return true;
  return false;
}

TEST(EntityTakenSpans, AnswerLikeTheSpansThemselves) {
  std::mt19937 random(11);
  for (std::size_t text_size : {0u, 1u, 63u, 64u, 65u, 300u}) {
    for (int round = 0; round < 20; ++round) {
      std::vector<RawEntity> entities;
      const std::size_t count = random() % 8;
      for (std::size_t k = 0; k < count && text_size > 0; ++k) {
        const auto begin = static_cast<std::uint32_t>(random() % text_size);
        // Some spans long, some empty (none are, but the answers must still hold).
        const auto length = static_cast<std::uint32_t>(random() % 4 == 0 ? 0 : random() % 90);
        const auto end =
            std::min<std::uint32_t>(begin + length, static_cast<std::uint32_t>(text_size));
        entities.push_back(
            entity(random() % 3 == 0 ? EntityType::place : EntityType::phone, begin, end));
      }
      TakenSpans taken(text_size);
      // Added in two parts, as the extractor adds pay after the others.
      const std::size_t half = entities.size() / 2;
      const std::vector<RawEntity> first(entities.begin(),
                                         entities.begin() + static_cast<std::ptrdiff_t>(half));
      taken.add(first);
      taken.add(entities, half);
      for (std::size_t begin = 0; begin <= text_size + 2; ++begin) {
        for (std::size_t end = begin + 1; end <= text_size + 3; ++end)
          ASSERT_EQ(taken.overlaps(begin, end), plain_overlaps(entities, begin, end))
              << "[" << begin << ", " << end << ") of " << text_size;
        for (std::size_t to = begin; to <= begin + 3; ++to)
          ASSERT_EQ(taken.place_begins_in(begin, to), plain_place_begins_in(entities, begin, to));
      }
    }
  }
}

}  // namespace
}  // namespace jobscreen::detail
