// Condition rules: facts about extracted entities (pay, contacts, places...).
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

/// Whether the condition holds over `entities`; `used` receives the entities
/// that made it hold (none for absence).
bool condition_holds(const EntityCondition& condition, const std::vector<RawEntity>& entities,
                     std::vector<const RawEntity*>& used);

}  // namespace jobscreen::detail
