// Entities: facts in the text (pay, contacts, messaging apps, places abroad,
// ages, company identifiers), found in the match form.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "jobscreen/normalize.hpp"
#include "jobscreen/result.hpp"
#include "jobscreen/rule_set.hpp"

namespace jobscreen::detail {

/// An entity with its span in the match form [begin, end) (bytes).
struct RawEntity {
  EntityType type = EntityType::pay;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  EntityValue value;
};

/// Compiled extractor. Immutable once built; extract() is safe for
/// concurrent use by multiple threads.
class EntityExtractor {
 public:
  /// Empty fields of `settings` take the built-in defaults (docs/entities.md).
  explicit EntityExtractor(const EntitySettings& settings);
  ~EntityExtractor();
  EntityExtractor(const EntityExtractor&) = delete;
  EntityExtractor& operator=(const EntityExtractor&) = delete;

  /// Every entity in `text`, ordered by begin. Never throws on text.
  std::vector<RawEntity> extract(const NormalizedText& text) const;

  /// The settings after defaults were filled in (for docs and `rules show`).
  const EntitySettings& settings() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobscreen::detail
