#include "eval_metrics.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace jobscreen::cli {
namespace {

TEST(RocAuc, PerfectSeparationIsOne) {
  EXPECT_DOUBLE_EQ(*roc_auc({3, 4, 5}, {0, 1, 2}), 1.0);
  EXPECT_DOUBLE_EQ(*roc_auc({0, 1}, {2, 3}), 0.0);
}

TEST(RocAuc, TiesCountOneHalf) {
  EXPECT_DOUBLE_EQ(*roc_auc({1, 1}, {1, 1, 1}), 0.5);
  EXPECT_DOUBLE_EQ(*roc_auc({80, 50, 15, 0}, {0, 10, 0, 0}), 13.5 / 16);
}

TEST(RocAuc, OneSideEmptyHasNoValue) {
  EXPECT_FALSE(roc_auc({}, {1, 2}).has_value());
  EXPECT_FALSE(roc_auc({1}, {}).has_value());
}

FamilyTotal family(const char* id, int raw, int points) {
  FamilyTotal total;
  total.family = id;
  total.raw = raw;
  total.points = points;
  return total;
}

TEST(UnclampedTotal, SumsTheCappedPointsOfEveryFamily) {
  // Raw totals beyond a cap count only up to the cap, in both directions.
  EXPECT_EQ(unclamped_total({family("fee", 70, 45), family("urgency", 3, 3)}), 48);
  EXPECT_EQ(unclamped_total({family("negative_evidence", -31, -25), family("pay", 3, 3)}), -22);
  EXPECT_EQ(unclamped_total({}), 0);
}

TEST(UnclampedTotal, IsNotClampedToTheScoreRange) {
  EXPECT_EQ(unclamped_total({family("negative_evidence", -8, -8)}), -8);
  EXPECT_EQ(unclamped_total({family("a", 60, 60), family("b", 40, 40), family("c", 30, 30)}), 130);
}

TEST(UnclampedTotal, RanksWhatTheClampedScoreTies) {
  // Risky ads with nothing and with a weak sign; legit ads with only negative
  // evidence and with nothing. Clamped, all four zeros tie.
  const std::vector<std::vector<FamilyTotal>> risky = {{}, {family("pay", 3, 3)}};
  const std::vector<std::vector<FamilyTotal>> legit = {{family("negative_evidence", -10, -10)}, {}};
  std::vector<double> risky_score, legit_score, risky_raw, legit_raw;
  for (const auto& r : risky) {
    risky_raw.push_back(unclamped_total(r));
    risky_score.push_back(std::clamp(unclamped_total(r), 0, 100));
  }
  for (const auto& l : legit) {
    legit_raw.push_back(unclamped_total(l));
    legit_score.push_back(std::clamp(unclamped_total(l), 0, 100));
  }
  EXPECT_DOUBLE_EQ(*roc_auc(risky_score, legit_score), 3.0 / 4);
  EXPECT_DOUBLE_EQ(*roc_auc(risky_raw, legit_raw), 3.5 / 4);
}

TEST(Split, HalvesAreDisjointAndCoverEveryId) {
  int in_a = 0;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = std::string("ad-").append(std::to_string(i));
    EXPECT_NE(in_split(id, Split::half_a), in_split(id, Split::half_b));
    EXPECT_TRUE(in_split(id, Split::all));
    in_a += in_split(id, Split::half_a) ? 1 : 0;
  }
  EXPECT_GT(in_a, 400);
  EXPECT_LT(in_a, 600);
}

TEST(Fnv1a, MatchesTheReferenceValues) {
  EXPECT_EQ(fnv1a_64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a_64("a"), 0xaf63dc4c8601ec8cull);
}

}  // namespace
}  // namespace jobscreen::cli
