// Helpers of the entity tests: match-form texts built by hand (no normaliser)
// and the entities of one type with the text of their spans.
#pragma once

#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"

namespace jobscreen::detail::testing_support {

/// `match_form` as a NormalizedText whose source map is the identity.
inline NormalizedText match_form(std::string_view match_form) {
  NormalizedText text;
  text.text = std::string(match_form);
  text.source.resize(match_form.size() + 1);
  std::iota(text.source.begin(), text.source.end(), 0u);
  return text;
}

/// An extractor with the built-in settings, shared by the tests.
inline const EntityExtractor& default_extractor() {
  static const EntityExtractor extractor{EntitySettings{}};
  return extractor;
}

/// One found entity: the text of its span and its value.
template <typename Value>
struct Found {
  std::string span;
  Value value;
};

/// The entities of `type` that `extractor` finds in `text`, in text order.
template <typename Value>
std::vector<Found<Value>> find_all(std::string_view text, EntityType type,
                                   const EntityExtractor& extractor = default_extractor()) {
  std::vector<Found<Value>> found;
  for (const RawEntity& e : extractor.extract(match_form(text))) {
    if (e.type != type) continue;
    found.push_back({std::string(text.substr(e.begin, e.end - e.begin)), std::get<Value>(e.value)});
  }
  return found;
}

}  // namespace jobscreen::detail::testing_support
