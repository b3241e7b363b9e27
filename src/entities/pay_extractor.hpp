// Pay: promised amounts (single or ranges) with currency and period,
// normalised to EUR per month with the pack's rates and time factors.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "entities/byte_marks.hpp"
#include "entities/entity_extractor.hpp"
#include "entities/taken_spans.hpp"
#include "entities/word_list.hpp"

namespace jobscreen::detail {

/// Finds pay amounts. An amount counts when a currency is written next to
/// it or a pay word ("plata", "salary", ...) is within a few words
/// (docs/entities.md). Immutable after construction; find() is safe for
/// concurrent use by multiple threads.
class PayExtractor {
 public:
  /// `settings` must already have its defaults filled in.
  explicit PayExtractor(const EntitySettings& settings);

  /// Marks the words that find() looks for around amounts in `vocabulary`.
  void add_words(Vocabulary& vocabulary) const;

  /// Appends the pay amounts in `words` (`marks` of the same text; `words`
  /// looked up in a vocabulary that add_words() filled). Numbers overlapping
  /// `taken` (phones, links, company ids) are skipped, and a bare number
  /// followed by a place (a postcode) is not pay.
  void find(const WordList& words, const ByteMarks& marks, const TakenSpans& taken,
            std::vector<RawEntity>& out) const;

  /// `amount` of `currency` per `period` in EUR per month; empty when the
  /// currency is empty or has no rate. An unknown period counts as a month.
  std::optional<double> eur_per_month(double amount, const std::string& currency,
                                      PayPeriod period) const;

 private:
  // EUR per unit of `currency`, or nullptr when it has none.
  const double* rate_of(const std::string& currency) const;
  std::optional<double> eur_per_month(double amount, const double* rate, PayPeriod period) const;

  EntitySettings settings_;
};

}  // namespace jobscreen::detail
