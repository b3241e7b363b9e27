#include "record_source.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "command_error.hpp"

namespace jobscreen::cli {
namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool blank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](unsigned char c) { return c == ' ' || c == '\t' || c == '\r'; });
}

std::optional<std::uint64_t> known_total_size(const std::vector<std::string>& paths) {
  std::uint64_t total = 0;
  for (const auto& path : paths) {
    if (path == "-") return std::nullopt;  // LineReader knows only once it is open
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
    total += std::filesystem::file_size(path, error);
    if (error) return std::nullopt;
  }
  return total;
}

}  // namespace

InputFormat format_for_path(const std::string& path) {
  if (path == "-") return InputFormat::jsonl;
  const std::string extension = lower(std::filesystem::path(path).extension().string());
  if (extension == ".jsonl" || extension == ".ndjson" || extension == ".json")
    return InputFormat::jsonl;
  if (extension == ".csv") return InputFormat::csv;
  return InputFormat::text;
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  const std::string key = lower(name);
  if (key == "jsonl" || key == "json" || key == "ndjson") return InputFormat::jsonl;
  if (key == "csv") return InputFormat::csv;
  if (key == "text" || key == "txt") return InputFormat::text;
  return std::nullopt;
}

RecordSource::RecordSource(InputOptions options) : options_(std::move(options)) {
  if (options_.paths.empty()) options_.paths.push_back("-");
  total_bytes_ = known_total_size(options_.paths);
  if (options_.paths.size() == 1 && options_.paths[0] == "-") {
    // Standard input redirected from a file has a size too.
    LineReader probe(stdin, "<stdin>");
    total_bytes_ = probe.size();
  }
}

RecordSource::~RecordSource() = default;

void RecordSource::close_current() {
  bytes_done_ += current_bytes();
  csv_.reset();
  lines_.reset();
}

bool RecordSource::open_next_input() {
  while (next_input_ < options_.paths.size()) {
    const std::string& path = options_.paths[next_input_++];
    try {
      lines_ = std::make_unique<LineReader>(path);
    } catch (const CommandError& error) {
      fmt::print(stderr, "jobscreen: {}\n", error.what());
      ++input_failures_;
      continue;
    }
    names_.push_back(lines_->display_name());
    format_ = options_.format.value_or(format_for_path(path));
    if (format_ != InputFormat::csv) return true;

    csv_ = std::make_unique<CsvSplitter>(*lines_);
    std::string message;
    std::vector<std::string> header;
    if (csv_->next(header, message) != CsvSplitter::Status::record) {
      if (!message.empty())
        fmt::print(stderr, "jobscreen: {}:{}: {}\n", names_.back(), csv_->first_line(), message);
      close_current();  // an empty file has no records, which is fine
      continue;
    }
    const auto column = [&](const std::string& name) -> std::optional<std::size_t> {
      const auto it = std::find(header.begin(), header.end(), name);
      if (it == header.end()) return std::nullopt;
      return static_cast<std::size_t>(it - header.begin());
    };
    const auto text_column = column(options_.fields.text);
    if (!text_column) {
      fmt::print(stderr, "jobscreen: {}:{}: no column \"{}\" in the header\n", names_.back(),
                 csv_->first_line(), options_.fields.text);
      ++input_failures_;
      close_current();
      continue;
    }
    csv_columns_ = header.size();
    csv_text_column_ = *text_column;
    csv_id_column_ = column(options_.fields.id);
    return true;
  }
  return false;
}

bool RecordSource::read_csv(InputRecord& record) {
  std::string message;
  const auto status = csv_->next(csv_fields_, message);
  if (status == CsvSplitter::Status::end) return false;
  record.line = csv_->first_line();
  record.bytes = csv_->record_bytes();
  record.decoded = true;
  // A row with too few or too many fields may still name its id.
  if (status == CsvSplitter::Status::record && csv_id_column_ &&
      *csv_id_column_ < csv_fields_.size() && !csv_fields_[*csv_id_column_].empty())
    record.id = csv_fields_[*csv_id_column_];
  if (status == CsvSplitter::Status::error) {
    record.error = fmt::format("{}:{}: {}", names_.back(), record.line, message);
  } else if (csv_fields_.size() != csv_columns_) {
    record.error = fmt::format("{}:{}: expected {} fields, found {}", names_.back(), record.line,
                               csv_columns_, csv_fields_.size());
  } else {
    record.text = std::move(csv_fields_[csv_text_column_]);
  }
  return true;
}

bool RecordSource::read_from_current(InputRecord& record) {
  record.file = &names_.back();
  record.format = format_;
  if (format_ == InputFormat::csv) return read_csv(record);
  std::string_view line;
  do {
    if (!lines_->next(line)) return false;
  } while (blank(line));
  record.line = lines_->line_number();
  record.bytes = line.size() + 1;
  record.text.assign(line);
  record.decoded = format_ != InputFormat::jsonl;
  return true;
}

bool RecordSource::next(InputRecord& record) {
  record = InputRecord{};
  for (;;) {
    if (!lines_ && !open_next_input()) return false;
    try {
      if (read_from_current(record)) {
        record.number = next_number_++;
        return true;
      }
    } catch (const CommandError& error) {  // a read error ends this input only
      fmt::print(stderr, "jobscreen: {}\n", error.what());
      ++input_failures_;
    }
    close_current();
    record = InputRecord{};
  }
}

}  // namespace jobscreen::cli
