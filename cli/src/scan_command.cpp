#include "scan_command.hpp"

#include <fmt/core.h>

#include <cerrno>
#include <chrono>
#include <cstring>

#include "command_error.hpp"
#include "common_options.hpp"
#include "exit_codes.hpp"
#include "ordered_pipeline.hpp"
#include "progress_line.hpp"
#include "record_source.hpp"
#include "result_writer.hpp"
#include "terminal.hpp"

namespace jobscreen::cli {
namespace {

struct ScannedRecord {
  std::string line;
  Level level = Level::low;
  bool error = false;
};

// Standard output or a file, with a large buffer; closes what it opened.
class OutputFile {
 public:
  explicit OutputFile(const std::string& path) {
    if (path.empty() || path == "-") {
      stream_ = stdout;
    } else {
      stream_ = std::fopen(path.c_str(), "wb");
      if (stream_ == nullptr)
        throw CommandError(kExitIo, "cannot write " + path + ": " + std::strerror(errno));
      owned_ = true;
    }
    name_ = owned_ ? path : "standard output";
  }
  ~OutputFile() {
    if (owned_) std::fclose(stream_);
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(const std::string& text) {
    if (std::fwrite(text.data(), 1, text.size(), stream_) != text.size()) fail();
  }
  void flush() {
    if (std::fflush(stream_) != 0 || std::ferror(stream_)) fail();
  }

 private:
  [[noreturn]] void fail() {
    throw CommandError(kExitIo, "cannot write " + name_ + ": " + std::strerror(errno));
  }
  std::FILE* stream_ = nullptr;
  bool owned_ = false;
  std::string name_;
};

InputOptions input_options(const ScanCommandOptions& options) {
  InputOptions input;
  input.paths = options.inputs;
  if (!options.input_format.empty()) input.format = parse_input_format(options.input_format);
  input.fields.text = options.text_field;
  input.fields.id = options.id_field;
  return input;
}

}  // namespace

CLI::App* add_scan_command(CLI::App& app, ScanCommandOptions& options) {
  auto* command = app.add_subcommand("scan",
                                     "Scan many offers: JSON Lines, CSV or text in, "
                                     "one JSON Lines or CSV record per input record out");
  command
      ->add_option("inputs", options.inputs,
                   "Input files; - or none for standard input (JSON Lines unless "
                   "--input-format says otherwise)")
      ->type_name("FILE...");
  command
      ->add_option("--input-format", options.input_format,
                   "jsonl, csv or text (one offer per line); default: by extension "
                   "(.jsonl/.ndjson/.json, .csv, anything else is text)")
      ->check(CLI::IsMember({"jsonl", "json", "ndjson", "csv", "text", "txt"}));
  command
      ->add_option("--text-field,--text-column", options.text_field,
                   "JSON field or CSV column holding the offer")
      ->capture_default_str();
  command
      ->add_option("--id-field,--id-column", options.id_field,
                   "JSON field or CSV column holding the record's id (the record number "
                   "is used when there is none)")
      ->capture_default_str();
  command->add_option("--output-format", options.output_format, "jsonl or csv")
      ->check(CLI::IsMember({"jsonl", "json", "ndjson", "csv"}))
      ->capture_default_str();
  command->add_option("-o,--output", options.output_path, "Output file (default: standard output)")
      ->type_name("FILE");
  command->add_option("-j,--threads", options.threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(0u, 1024u));
  command->add_flag("--no-entities", options.no_entities,
                    "Leave extracted entities out of the output (smaller and faster)");
  command->add_flag("--compact", options.compact,
                    "JSON Lines without descriptions, advice, all matches and entities: id, "
                    "score, level, flags, hits (first match), families");
  command->add_flag("-q,--quiet", options.quiet, "No progress line and no summary on stderr");
  add_lang_option(*command, options.lang);
  add_fail_on_option(*command, options.fail_on);
  options.rules.add_to(*command);
  return command;
}

int run_scan(const ScanCommandOptions& options) {
  const auto engine = load_engine(options.rules);
  const auto output_format =
      parse_output_format(options.output_format).value_or(OutputFormat::jsonl);
  jobscreen::ScanOptions scan_options;
  scan_options.lang = lang_from_option(options.lang);
  scan_options.entities = !options.no_entities && !options.compact;
  const bool compact = options.compact && output_format == OutputFormat::jsonl;

  OutputFile output(options.output_path);
  RecordSource source(input_options(options));
  const FieldNames fields{options.text_field, options.id_field};

  const auto work = [&](InputRecord& record) {
    ScannedRecord scanned;
    if (record.format == InputFormat::jsonl) decode_jsonl(record, fields);
    if (!record.error.empty()) {
      scanned.error = true;
      scanned.line = format_error(record, output_format);
    } else {
      const Result result = engine->scan(record.text, scan_options);
      scanned.level = result.level;
      scanned.line = compact ? format_compact_result(record, result)
                             : format_result(record, result, output_format);
    }
    record.text = std::string();  // the batch may wait; free the text now
    return scanned;
  };

  std::uint64_t records = 0;
  std::uint64_t bytes = 0;
  std::uint64_t errors = 0;
  std::uint64_t per_level[3] = {0, 0, 0};
  const auto started = std::chrono::steady_clock::now();
  ProgressLine progress(!options.quiet && is_terminal(stderr), source.total_bytes());
  output.write(output_header(output_format));
  const auto sink = [&](Batch<ScannedRecord>& batch) {
    std::string block;
    for (const auto& scanned : batch.outputs) {
      block += scanned.line;
      if (scanned.error)
        ++errors;
      else
        ++per_level[static_cast<int>(scanned.level)];
    }
    output.write(block);
    records += batch.records.size();
    bytes += batch.bytes;
    progress.update(records, bytes);
  };

  PipelineOptions pipeline;
  pipeline.threads = options.threads;
  run_ordered<ScannedRecord>(source, pipeline, work, sink);
  output.flush();
  progress.finish();

  if (!options.quiet) {
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    const double safe_seconds = seconds > 0 ? seconds : 1e-9;
    fmt::print(stderr,
               "jobscreen: {} records in {:.2f} s ({:.0f} records/s, {:.1f} MB/s): "
               "{} low, {} caution, {} high, {} errors\n",
               records, seconds, static_cast<double>(records) / safe_seconds,
               static_cast<double>(bytes) / 1e6 / safe_seconds, per_level[0], per_level[1],
               per_level[2], errors);
  }
  if (source.input_failures() > 0) return kExitIo;
  if (errors > 0) return kExitRecordErrors;
  if (const auto threshold = fail_on_level(options.fail_on)) {
    for (int level = static_cast<int>(*threshold); level <= 2; ++level)
      if (per_level[level] > 0) return kExitLevelReached;
  }
  return kExitOk;
}

}  // namespace jobscreen::cli
