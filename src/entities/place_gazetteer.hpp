// Places: countries and major cities, in Serbian (every case, ekavian and
// ijekavian, Croatian and Bosnian forms) and English, as whole words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/word_list.hpp"

namespace jobscreen::detail {

/// The built-in gazetteer of places. Immutable after construction; find()
/// is safe for concurrent use by multiple threads.
class PlaceGazetteer {
 public:
  PlaceGazetteer();

  /// Marks the first word of every name in `vocabulary` (word_role::kPlaceStart
  /// and its place_group), which find() relies on.
  void add_words(Vocabulary& vocabulary) const;

  /// Appends every place named in `words` to `out` (longest name first at
  /// each word, so "novi sad" is one place). `words` must have been looked
  /// up in a vocabulary that add_words() filled.
  void find(const WordList& words, std::vector<RawEntity>& out) const;

  /// The place a whole phrase (match form, single spaces) names, or nullptr.
  const PlaceValue* lookup(std::string_view phrase) const;

 private:
  struct Name {
    std::string form;  // match form, single spaces
    std::size_t first_word_size;
    std::size_t word_count;
    std::size_t value;  // index in values_
    std::string_view first_word() const {
      return std::string_view(form).substr(0, first_word_size);
    }
  };

  std::string_view first_word_of_group(std::size_t group) const {
    return names_[group_begins_[group]].first_word();
  }

  std::vector<PlaceValue> values_;
  // Every name once, grouped by first word (groups sorted by it), most
  // words first in a group.
  std::vector<Name> names_;
  std::vector<std::size_t> group_begins_;  // names of group g: [begins[g], begins[g + 1])
};

}  // namespace jobscreen::detail
