#include "eval_metrics.hpp"

#include <gtest/gtest.h>

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
