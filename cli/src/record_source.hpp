// Records from a list of inputs (files or standard input) in JSON Lines, CSV
// or plain text, numbered in order across all of them.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "csv_splitter.hpp"
#include "input_record.hpp"
#include "line_reader.hpp"

namespace jobscreen::cli {

struct InputOptions {
  std::vector<std::string> paths;     ///< "-" is standard input; none means standard input
  std::optional<InputFormat> format;  ///< unset: by extension (see format_for_path)
  FieldNames fields;
};

/// .jsonl/.ndjson/.json: JSON Lines; .csv: CSV; standard input: JSON Lines;
/// anything else: plain text, one offer per line.
InputFormat format_for_path(const std::string& path);

/// "jsonl", "csv", "text" (also "json", "ndjson", "txt"); nullopt otherwise.
std::optional<InputFormat> parse_input_format(std::string_view name);

/// Not thread-safe: the reading thread owns it.
class RecordSource {
 public:
  explicit RecordSource(InputOptions options);
  ~RecordSource();

  /// The next record; false when every input is read. An input that cannot be
  /// opened or read, or a CSV file without the text column, is reported on
  /// stderr, counted in input_failures() and skipped.
  bool next(InputRecord& record);

  std::size_t input_failures() const { return input_failures_; }
  /// Sum of the inputs' sizes when every one is a regular file.
  std::optional<std::uint64_t> total_bytes() const { return total_bytes_; }
  std::uint64_t bytes_consumed() const { return bytes_done_ + current_bytes(); }

 private:
  bool open_next_input();
  bool read_from_current(InputRecord& record);
  bool read_csv(InputRecord& record);
  void close_current();
  std::uint64_t current_bytes() const { return lines_ ? lines_->bytes_consumed() : 0; }

  InputOptions options_;
  std::deque<std::string> names_;  ///< display names; deque keeps their addresses stable
  std::size_t next_input_ = 0;
  std::unique_ptr<LineReader> lines_;
  std::unique_ptr<CsvSplitter> csv_;
  InputFormat format_ = InputFormat::jsonl;
  std::size_t csv_columns_ = 0;
  std::size_t csv_text_column_ = 0;
  std::optional<std::size_t> csv_id_column_;
  std::vector<std::string> csv_fields_;
  std::uint64_t next_number_ = 1;
  std::uint64_t bytes_done_ = 0;
  std::size_t input_failures_ = 0;
  std::optional<std::uint64_t> total_bytes_;
};

}  // namespace jobscreen::cli
