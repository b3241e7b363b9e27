// One output line per input record, in JSON Lines or CSV.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "input_record.hpp"
#include "jobscreen/result.hpp"

namespace jobscreen::cli {

enum class OutputFormat { jsonl, csv };

/// "jsonl" (also "json", "ndjson") or "csv".
std::optional<OutputFormat> parse_output_format(std::string_view name);

/// The CSV header line (with "\n"); empty for JSON Lines.
std::string output_header(OutputFormat format);

/// JSON Lines: {"id": ..., then the fields of jobscreen::to_json}. CSV:
/// id,score,level,flags,families,hits,error. Ends with "\n".
std::string format_result(const InputRecord& record, const Result& result, OutputFormat format);

/// JSON Lines without the texts meant for people: {"id", "score", "level",
/// "flags", "hits": [{"rule", "family", "points", "text", "start", "end",
/// "start_cp", "end_cp"}], "families": [{"family", "raw", "points"}]}, field
/// names as in to_json; a fifth of the full record's size. Ends with "\n".
std::string format_compact_result(const InputRecord& record, const Result& result);

/// JSON Lines: {"id": ..., "error": "FILE:LINE: ...", "file": ..., "line": N}.
std::string format_error(const InputRecord& record, OutputFormat format);

/// A CSV field, quoted when it needs to be (RFC 4180).
std::string csv_field(std::string_view value);

}  // namespace jobscreen::cli
