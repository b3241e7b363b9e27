// Measures for `jobscreen eval`: ROC-AUC with ties, shares, the unclamped
// total of a result, and the split of a labelled set into two halves by id.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "jobscreen/result.hpp"

namespace jobscreen::cli {

/// Area under the ROC curve of `positives` against `negatives`: the chance a
/// random positive scores above a random negative, ties counting one half
/// (Mann-Whitney U with midranks). nullopt when either side is empty.
std::optional<double> roc_auc(const std::vector<double>& positives,
                              const std::vector<double>& negatives);

/// The unclamped total of a result: the sum of the families' capped points
/// (FamilyTotal::points) before the score clamps it to 0..100. Unlike the
/// score it goes below 0 when only negative evidence fired, so it can rank
/// ads that the score ties at 0.
int unclamped_total(const std::vector<FamilyTotal>& families);

/// 64-bit FNV-1a of `text`; stable across platforms and runs.
std::uint64_t fnv1a_64(std::string_view text);

enum class Split { all, half_a, half_b };

/// half_a holds the ids whose 64-bit FNV-1a hash, passed through MurmurHash3's
/// fmix64 finaliser, is even; half_b those where it is odd: a fixed,
/// reproducible half of every source.
bool in_split(std::string_view id, Split split);

}  // namespace jobscreen::cli
