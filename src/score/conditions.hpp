// Condition rules: facts about extracted entities (pay, contacts, places...)
// and about the text itself (its length in words).
#pragma once

#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "jobscreen/rule_set.hpp"

namespace jobscreen::detail {

/// The entity type a condition names; nullopt for an unknown name.
std::optional<EntityType> parse_entity_type(std::string_view name);

/// Why `condition` is invalid (a filter that does not apply to its entity
/// type, an unknown type), or empty when it is valid.
std::string condition_problem(const EntityCondition& condition);

/// Whether the condition holds over `entities` and a text of `word_count`
/// words; `used` receives the entities that made it hold (none for absence
/// and for conditions on the text's length).
bool condition_holds(const EntityCondition& condition, const std::vector<RawEntity>& entities,
                     std::size_t word_count, std::vector<const RawEntity*>& used);

}  // namespace jobscreen::detail
