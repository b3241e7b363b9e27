// Regex rules: one RE2::Set pass tells which rules matched, then each matched
// rule's own RE2 finds where.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobscreen::detail {

/// A regex match in the match form, [begin, end) bytes.
struct RegexMatch {
  std::uint32_t id = 0;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

/// Builder and matcher. add() every pattern, then compile(); after that the
/// object is immutable and find_all is safe for concurrent use by multiple threads.
class RegexMatcher {
 public:
  RegexMatcher();
  ~RegexMatcher();
  RegexMatcher(const RegexMatcher&) = delete;
  RegexMatcher& operator=(const RegexMatcher&) = delete;

  /// Adds a pattern; returns RE2's error message when it does not compile.
  std::optional<std::string> add(std::string_view pattern, std::uint32_t id);

  /// Builds the set. Returns false when RE2 could not (out of memory).
  bool compile();

  /// Appends up to `max_per_id` matches of every matched pattern. Returns false
  /// when the set ran out of memory: the caller must flag the result degraded.
  bool find_all(std::string_view text, std::vector<RegexMatch>& out,
                std::size_t max_per_id = 32) const;

  std::size_t size() const;

 private:
  void collect_spans(std::size_t index, std::string_view text, std::vector<RegexMatch>& out,
                     std::size_t max_per_id) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobscreen::detail
