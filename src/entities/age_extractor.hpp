// Ages and age ranges asked for ("18-25 godina", "under 30", "18+") and who
// the ad addresses (women, men) where the text says so.
#pragma once

#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/taken_spans.hpp"
#include "entities/text_scan.hpp"

namespace jobscreen::detail {

/// Appends the age limits found in `words` to `out`; numbers overlapping
/// `taken` (phones, pay, ...) are skipped. Thread-safe (constant tables only).
void find_ages(const WordList& words, const TakenSpans& taken, std::vector<RawEntity>& out);

}  // namespace jobscreen::detail
