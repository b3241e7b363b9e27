// Messaging apps and social inboxes named in the text (Viber, WhatsApp,
// Telegram, Signal, Instagram, Facebook/Messenger) in any spelling or script.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "entities/entity_extractor.hpp"
#include "entities/word_list.hpp"

namespace jobscreen::detail {

/// Finds messaging apps by word. Short or common words ("wa", "tg", "ig",
/// "signal") count only in contact context (docs/entities.md). Immutable
/// after construction; find() is safe for concurrent use by multiple threads.
class MessengerExtractor {
 public:
  MessengerExtractor();

  /// Marks the spellings of the apps and the words of contact context in
  /// `vocabulary`, which find() relies on.
  void add_words(Vocabulary& vocabulary) const;

  /// Appends the apps named in `words`; `phones` (the phone entities of the
  /// same text) make a neighbouring short name count as contact context.
  /// `words` must have been looked up in a vocabulary that add_words() filled.
  void find(const WordList& words, std::span<const RawEntity> phones,
            std::vector<RawEntity>& out) const;

 private:
  struct Reading {
    std::string app;
    bool needs_context = false;
  };
  const Reading* reading(const WordList& words, std::size_t i) const;
  bool in_contact_context(const WordList& words, std::size_t i,
                          std::span<const RawEntity> phones) const;

  std::vector<Reading> readings_;
  std::vector<std::string_view> spellings_;  // parallel to readings_
};

}  // namespace jobscreen::detail
