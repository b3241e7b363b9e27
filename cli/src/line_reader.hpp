// Reads a file or standard input line by line in large blocks, counting lines
// and bytes, with memory bounded by the longest line.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobscreen::cli {

/// Not thread-safe: one reader belongs to one thread.
class LineReader {
 public:
  /// Opens `path`; "-" is standard input. Throws CommandError(kExitIo) when the
  /// file cannot be opened.
  explicit LineReader(const std::string& path);
  /// Reads an already open stream (not closed at the end); for tests.
  LineReader(std::FILE* stream, std::string display_name);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  /// The next line without "\n" or "\r\n" (and without a UTF-8 byte order mark
  /// on the first line). The view is valid until the next call. False at the end.
  /// Throws CommandError(kExitIo) on a read error.
  bool next(std::string_view& line);

  /// 1-based number of the line last returned.
  std::size_t line_number() const { return line_number_; }
  /// Bytes consumed so far, newlines included.
  std::uint64_t bytes_consumed() const { return bytes_consumed_; }
  /// Size of the input when it is a regular file.
  std::optional<std::uint64_t> size() const { return size_; }
  /// The path as given, or "<stdin>".
  const std::string& display_name() const { return display_name_; }

 private:
  bool refill();

  std::FILE* stream_ = nullptr;
  bool owns_stream_ = false;
  std::string display_name_;
  std::optional<std::uint64_t> size_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  bool at_eof_ = false;
  std::string carry_;  ///< a line that crossed a block boundary
  std::size_t line_number_ = 0;
  std::uint64_t bytes_consumed_ = 0;
};

}  // namespace jobscreen::cli
