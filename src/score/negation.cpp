#include "score/negation.hpp"

#include <algorithm>
#include <array>

#include "keywords/word_lexicon.hpp"

namespace jobscreen::detail {
namespace {

// Words of the match form (lower-case, diacritics folded, Cyrillic
// transliterated) that negate what follows. "ne" is not one: it also makes
// conditions ("ako ne uplatite depozit" is still a demand to pay), while
// "nisu/nije" only deny ("nisu tražili kopiju pasoša").
bool is_negating_word(std::string_view word) {
  static constexpr std::array<std::string_view, 15> kWords = {
      "bez",   "ni", "niti",    "nema", "nemamo", "nisu", "nije",  "nismo",
      "nisam", "no", "without", "zero", "never",  "nor",  "didn't"};
  if (std::find(kWords.begin(), kWords.end(), word) != kWords.end()) return true;
  // nikakav, nikakva, nikakvu, nikakvih ...: "no ... whatsoever".
  return word.starts_with("nikakv") || word == "nikakav";
}

// "ne" does negate a verb of charging, asking or keeping at the start of the
// match: "ne naplaćujemo posredovanje", "ne zadržavamo dokumenta" are promises.
bool is_charging_verb_at(std::string_view form, std::size_t begin) {
  static constexpr std::array<std::string_view, 6> kStems = {"naplac",  "naplat",  "trazimo",
                                                             "uzimamo", "zadrzav", "charge"};
  const std::string_view rest = form.substr(std::min(begin, form.size()));
  return std::any_of(kStems.begin(), kStems.end(),
                     [&](std::string_view stem) { return rest.starts_with(stem); });
}

}  // namespace

bool negated_at(std::string_view form, std::uint32_t begin) {
  std::size_t end = std::min<std::size_t>(begin, form.size());
  // Only spaces may stand between the negating word and the match.
  while (end > 0 && form[end - 1] == ' ') --end;
  if (end == begin) return false;  // glued to what comes before
  std::size_t start = end;
  while (start > 0 && is_word_byte(static_cast<unsigned char>(form[start - 1]))) --start;
  if (start == end) return false;  // punctuation: another clause
  const std::string_view word = form.substr(start, end - start);
  return is_negating_word(word) || (word == "ne" && is_charging_verb_at(form, begin));
}

void drop_negated_matches(const std::vector<std::uint32_t>& rules, std::string_view form,
                          RuleMatches& matches) {
  for (std::uint32_t index : rules) {
    if (!matches.fired[index]) continue;
    auto& spans = matches.spans[index];
    std::erase_if(spans, [&](const MatchSpan& s) { return negated_at(form, s.begin); });
    if (spans.empty()) matches.fired[index] = 0;
  }
}

}  // namespace jobscreen::detail
