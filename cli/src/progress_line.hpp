// The progress line of long scans: records, MB/s and, when the input size is
// known, the share done and the time left. Written to stderr only when stderr
// is a terminal, at most four times a second, and erased at the end.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace jobscreen::cli {

/// Not thread-safe: call from the thread that writes the output.
class ProgressLine {
 public:
  /// `enabled` false makes every call a no-op.
  ProgressLine(bool enabled, std::optional<std::uint64_t> total_bytes);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  void update(std::uint64_t records, std::uint64_t bytes);
  /// Erases the line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool shown_ = false;
  std::optional<std::uint64_t> total_bytes_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_ = start_;
};

/// "1:02:03" or "2:03".
std::string format_duration(double seconds);

}  // namespace jobscreen::cli
