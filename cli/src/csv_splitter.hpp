// RFC 4180 records from a line reader: comma-separated fields, quoted fields
// with "" for a quote and line breaks inside quotes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "line_reader.hpp"

namespace jobscreen::cli {

/// Not thread-safe; reads from one LineReader it does not own.
class CsvSplitter {
 public:
  /// A record longer than `max_record_bytes` (usually an unterminated quote)
  /// is reported as an error instead of swallowing the rest of the input.
  explicit CsvSplitter(LineReader& lines, std::size_t max_record_bytes = 64u << 20);

  enum class Status { record, error, end };

  /// Reads the next record, skipping empty lines. On `error`, `error_message`
  /// says what is wrong and the next call goes on after the bad record.
  Status next(std::vector<std::string>& fields, std::string& error_message);

  /// Line on which the last record started.
  std::size_t first_line() const { return first_line_; }
  /// Input bytes of the last record.
  std::uint64_t record_bytes() const { return record_bytes_; }

 private:
  LineReader& lines_;
  std::size_t max_record_bytes_;
  std::size_t first_line_ = 0;
  std::uint64_t record_bytes_ = 0;
};

}  // namespace jobscreen::cli
