// Company identifiers: Serbian PIB and matični broj, registration and licence
// numbers, and street addresses. Their absence hints at an anonymous employer.
#pragma once

#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/word_list.hpp"

namespace jobscreen::detail {

/// Marks the words that find_company_ids() looks for in `vocabulary`.
void add_company_id_words(Vocabulary& vocabulary);

/// Appends the company identifiers found in `words` to `out`; `words` must
/// have been looked up in a vocabulary that add_company_id_words() filled.
/// Thread-safe (constant tables only).
void find_company_ids(const WordList& words, std::vector<RawEntity>& out);

/// Whether the nine digits `pib` carry a valid ISO 7064 MOD 11,10 check digit.
bool is_valid_pib(std::string_view pib);

}  // namespace jobscreen::detail
