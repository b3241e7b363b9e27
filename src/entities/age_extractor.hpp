// Ages and age ranges asked for ("18-25 godina", "under 30", "18+") and who
// the ad addresses (women, men) where the text says so.
#pragma once

#include <vector>

#include "entities/byte_marks.hpp"
#include "entities/entity_extractor.hpp"
#include "entities/taken_spans.hpp"
#include "entities/word_list.hpp"

namespace jobscreen::detail {

/// Marks the words that find_ages() looks for in `vocabulary`.
void add_age_words(Vocabulary& vocabulary);

/// Appends the age limits found in `words` to `out` (`marks` are those of
/// the same text); numbers overlapping `taken` (phones, pay, ...) are
/// skipped. `words` must have been looked up in a vocabulary that
/// add_age_words() filled. Thread-safe (constant tables only).
void find_ages(const WordList& words, const ByteMarks& marks, const TakenSpans& taken,
               std::vector<RawEntity>& out);

}  // namespace jobscreen::detail
