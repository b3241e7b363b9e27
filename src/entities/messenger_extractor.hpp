// Messaging apps and social inboxes named in the text (Viber, WhatsApp,
// Telegram, Signal, Instagram, Facebook/Messenger) in any spelling or script.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/text_scan.hpp"

namespace jobscreen::detail {

/// Finds messaging apps by word. Short or common words ("wa", "tg", "ig",
/// "signal") count only in contact context (docs/entities.md). Immutable
/// after construction; find() is safe for concurrent use by multiple threads.
class MessengerExtractor {
 public:
  MessengerExtractor();

  /// Appends the apps named in `words`; `phones` (the phone entities of the
  /// same text) make a neighbouring short name count as contact context.
  void find(const WordList& words, const std::vector<RawEntity>& phones,
            std::vector<RawEntity>& out) const;

 private:
  struct Reading {
    std::string app;
    bool needs_context = false;
  };
  const Reading* reading(std::string_view word) const;
  bool in_contact_context(const WordList& words, std::size_t i,
                          const std::vector<RawEntity>& phones) const;

  std::vector<Reading> readings_;
  WordTable spellings_;  // spelling -> index in readings_
};

}  // namespace jobscreen::detail
