#include "eval_metrics.hpp"

#include <algorithm>
#include <utility>

namespace jobscreen::cli {

std::optional<double> roc_auc(const std::vector<double>& positives,
                              const std::vector<double>& negatives) {
  if (positives.empty() || negatives.empty()) return std::nullopt;
  std::vector<std::pair<double, bool>> all;  // score, is positive
  all.reserve(positives.size() + negatives.size());
  for (double s : positives) all.emplace_back(s, true);
  for (double s : negatives) all.emplace_back(s, false);
  std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  double positive_rank_sum = 0;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    while (j < all.size() && all[j].first == all[i].first) ++j;
    // Ranks i+1 .. j share their mean.
    const double midrank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2;
    for (std::size_t k = i; k < j; ++k)
      if (all[k].second) positive_rank_sum += midrank;
    i = j;
  }
  const auto n_pos = static_cast<double>(positives.size());
  const auto n_neg = static_cast<double>(negatives.size());
  return (positive_rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg);
}

int unclamped_total(const std::vector<FamilyTotal>& families) {
  int total = 0;
  for (const auto& family : families) total += family.points;
  return total;
}

std::uint64_t fnv1a_64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

bool in_split(std::string_view id, Split split) {
  // FNV-1a alone mixes its extreme bits poorly (ids differing in one
  // character fall on one side), so the MurmurHash3 finaliser spreads it first.
  std::uint64_t hash = fnv1a_64(id);
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdull;
  hash ^= hash >> 33;
  hash *= 0xc4ceb9fe1a85ec53ull;
  hash ^= hash >> 33;
  const bool upper_half = (hash & 1) != 0;
  switch (split) {
    case Split::half_a:
      return !upper_half;
    case Split::half_b:
      return upper_half;
    case Split::all:
      break;
  }
  return true;
}

}  // namespace jobscreen::cli
