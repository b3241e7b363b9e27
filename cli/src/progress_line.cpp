#include "progress_line.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <string>

namespace jobscreen::cli {

ProgressLine::ProgressLine(bool enabled, std::optional<std::uint64_t> total_bytes)
    : enabled_(enabled), total_bytes_(total_bytes) {}

ProgressLine::~ProgressLine() { finish(); }

void ProgressLine::update(std::uint64_t records, std::uint64_t bytes) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (now - last_ < std::chrono::milliseconds(250)) return;
  last_ = now;
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double megabytes_per_second = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0;
  std::string line = fmt::format("\r{} records  {:.1f} MB/s", records, megabytes_per_second);
  if (total_bytes_ && *total_bytes_ > 0 && bytes > 0) {
    const double done = static_cast<double>(bytes) / static_cast<double>(*total_bytes_);
    line += fmt::format("  {:.0f}%", 100 * std::min(done, 1.0));
    if (done < 1.0) line += "  ETA " + format_duration(seconds / done - seconds);
  }
  line += "\x1b[K";  // clear what a longer previous line left
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  shown_ = true;
}

void ProgressLine::finish() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

std::string format_duration(double seconds) {
  const auto total = static_cast<long long>(seconds + 0.5);
  if (total >= 3600)
    return fmt::format("{}:{:02}:{:02}", total / 3600, (total / 60) % 60, total % 60);
  return fmt::format("{}:{:02}", total / 60, total % 60);
}

}  // namespace jobscreen::cli
