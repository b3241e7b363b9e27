// Built-in defaults of the entity settings (documented in docs/entities.md).
#pragma once

#include "jobscreen/rule_set.hpp"

namespace jobscreen::detail {

/// `settings` with empty lists replaced by the built-in lists, the pack's
/// rates merged over the built-in rates, and non-positive time factors
/// replaced by the defaults. Domains are lower-cased.
EntitySettings with_entity_defaults(const EntitySettings& settings);

}  // namespace jobscreen::detail
