// Company identifiers: Serbian PIB and matični broj, registration and licence
// numbers, and street addresses. Their absence hints at an anonymous employer.
#pragma once

#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/text_scan.hpp"

namespace jobscreen::detail {

/// Appends the company identifiers found in `words` to `out`.
/// Thread-safe (constant tables only).
void find_company_ids(const WordList& words, std::vector<RawEntity>& out);

/// Whether the nine digits `pib` carry a valid ISO 7064 MOD 11,10 check digit.
bool is_valid_pib(std::string_view pib);

}  // namespace jobscreen::detail
