// Finds the words of a match form 64 bytes at a time: a bitmask of word
// bytes per block, word starts and ends read off its edges. Per-byte loops
// mispredict once or twice per word; this does not branch per byte.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace jobscreen::detail {

/// Byte ranges of the words of a text (as split_words defines them), kept in
/// two arrays that are reused from call to call. Not thread-safe: one per thread.
class WordScanner {
 public:
  /// Finds the words of `text` (at most 4 GiB - 1 bytes; longer texts are
  /// read up to that). Previous results are replaced.
  void scan(std::string_view text);

  std::size_t size() const { return count_; }
  const std::uint32_t* begins() const { return begins_.data(); }
  const std::uint32_t* ends() const { return ends_.data(); }

 private:
  std::vector<std::uint32_t> begins_;  ///< capacity reserve; only [0, count_) valid
  std::vector<std::uint32_t> ends_;
  std::size_t count_ = 0;
};

}  // namespace jobscreen::detail
