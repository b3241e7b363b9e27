#include "csv_splitter.hpp"

#include <fmt/core.h>

namespace jobscreen::cli {

CsvSplitter::CsvSplitter(LineReader& lines, std::size_t max_record_bytes)
    : lines_(lines), max_record_bytes_(max_record_bytes) {}

CsvSplitter::Status CsvSplitter::next(std::vector<std::string>& fields,
                                      std::string& error_message) {
  fields.clear();
  const std::uint64_t start_bytes = lines_.bytes_consumed();  // blank lines before count too
  std::string_view line;
  do {
    if (!lines_.next(line)) return Status::end;
  } while (line.empty());
  first_line_ = lines_.line_number();

  std::string field;
  std::size_t record_size = 0;
  bool in_quotes = false;
  bool quoted = false;  // the current field began with a quote
  for (;;) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (in_quotes) {
        if (c != '"') {
          field += c;
        } else if (i + 1 < line.size() && line[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else if (c == ',') {
        fields.push_back(std::move(field));
        field.clear();
        quoted = false;
      } else if (c == '"' && field.empty() && !quoted) {
        in_quotes = quoted = true;
      } else {
        field += c;  // a stray quote inside an unquoted field is kept, as most readers do
      }
    }
    record_size += line.size() + 1;
    if (!in_quotes) break;
    if (record_size > max_record_bytes_) {
      record_bytes_ = lines_.bytes_consumed() - start_bytes;
      error_message =
          fmt::format("quoted field longer than {} bytes (unterminated quote?)", max_record_bytes_);
      return Status::error;
    }
    if (!lines_.next(line)) {
      record_bytes_ = lines_.bytes_consumed() - start_bytes;
      error_message = "unterminated quoted field at the end of the input";
      return Status::error;
    }
    field += '\n';
  }
  fields.push_back(std::move(field));
  record_bytes_ = lines_.bytes_consumed() - start_bytes;
  return Status::record;
}

}  // namespace jobscreen::cli
