// E-mail addresses and URLs (with free-mail providers and link shorteners
// marked); t.me / wa.me style links also count as messaging apps.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "entities/byte_marks.hpp"
#include "entities/entity_extractor.hpp"

namespace jobscreen::detail {

/// Finds e-mail addresses and links. Immutable after construction; find()
/// is safe for concurrent use by multiple threads.
class ContactExtractor {
 public:
  /// `settings` must already have its defaults filled in.
  explicit ContactExtractor(const EntitySettings& settings);

  /// Appends e-mails, URLs and messenger links found in the match form
  /// `text`, whose `marks` locate its dots and at signs.
  void find(std::string_view text, const ByteMarks& marks, std::vector<RawEntity>& out) const;

 private:
  void find_emails(std::string_view text, const ByteMarks& marks,
                   std::vector<RawEntity>& out) const;
  void find_urls(std::string_view text, const ByteMarks& marks, std::vector<RawEntity>& out) const;

  // Looked up by string_view, without building a std::string per lookup.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

  StringSet free_mail_;
  StringSet shorteners_;
  StringSet top_level_domains_;
};

}  // namespace jobscreen::detail
