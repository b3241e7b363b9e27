// Places: countries and major cities, in Serbian (every case, ekavian and
// ijekavian, Croatian and Bosnian forms) and English, as whole words.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/text_scan.hpp"

namespace jobscreen::detail {

/// The built-in gazetteer of places. Immutable after construction; find()
/// is safe for concurrent use by multiple threads.
class PlaceGazetteer {
 public:
  PlaceGazetteer();

  /// Appends every place named in `words` to `out` (longest name first at
  /// each word, so "novi sad" is one place).
  void find(const WordList& words, std::vector<RawEntity>& out) const;

  /// The place a whole phrase (match form, single spaces) names, or nullptr.
  const PlaceValue* lookup(std::string_view phrase) const;

 private:
  std::unordered_map<std::string, PlaceValue> forms_;
  WordTable first_words_;  // first word of a name -> most words of a name with it
};

}  // namespace jobscreen::detail
