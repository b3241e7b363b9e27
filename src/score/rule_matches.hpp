// Where each rule matched in one text: the working state of a scan.
#pragma once

#include <cstdint>
#include <vector>

namespace jobscreen::detail {

/// A span in the match form, with the words it covers (for proximity).
struct MatchSpan {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t first_word = 0;
  std::uint32_t last_word = 0;
};

/// Per compiled rule: whether it fired and where. A rule can fire with no
/// span (a condition on an absent entity).
struct RuleMatches {
  std::vector<char> fired;
  std::vector<std::vector<MatchSpan>> spans;

  explicit RuleMatches(std::size_t rule_count) : fired(rule_count, 0), spans(rule_count) {}
  void add(std::uint32_t rule, const MatchSpan& span) {
    fired[rule] = 1;
    spans[rule].push_back(span);
  }
};

}  // namespace jobscreen::detail
