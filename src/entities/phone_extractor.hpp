// Phone numbers: Serbian numbers in national (06x..., 011...) and
// international (+381, 00381) writing, and foreign numbers with a country code.
#pragma once

#include <string_view>
#include <vector>

#include "entities/byte_marks.hpp"
#include "entities/entity_extractor.hpp"

namespace jobscreen::detail {

/// Appends every phone number in the match form `text` to `out` (`marks` are
/// those of `text`). PhoneValue has the number as "+<country code><national
/// digits>", the ISO country and "mobile", "landline" or "unknown" by the
/// country's numbering plan. Thread-safe (uses only constant tables).
void find_phones(std::string_view text, const ByteMarks& marks, std::vector<RawEntity>& out);

}  // namespace jobscreen::detail
