// E-mail addresses and URLs (with free-mail providers and link shorteners
// marked); t.me / wa.me style links also count as messaging apps.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/entity_extractor.hpp"

namespace jobscreen::detail {

/// Finds e-mail addresses and links. Immutable after construction; find()
/// is safe for concurrent use by multiple threads.
class ContactExtractor {
 public:
  /// `settings` must already have its defaults filled in.
  explicit ContactExtractor(const EntitySettings& settings);

  /// Appends e-mails, URLs and messenger links found in the match form.
  void find(std::string_view text, std::vector<RawEntity>& out) const;

 private:
  void find_emails(std::string_view text, std::vector<RawEntity>& out) const;
  void find_urls(std::string_view text, std::vector<RawEntity>& out) const;

  std::unordered_set<std::string> free_mail_;
  std::unordered_set<std::string> shorteners_;
  std::unordered_set<std::string> top_level_domains_;
};

}  // namespace jobscreen::detail
