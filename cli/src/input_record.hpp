// One input record on its way from a reader to a worker.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace jobscreen::cli {

enum class InputFormat { jsonl, csv, text };

/// Names of the fields (JSONL) or columns (CSV) that hold the text and the id.
struct FieldNames {
  std::string text = "text";
  std::string id = "id";
};

/// A record as read. JSONL lines are parsed by the worker (decode_jsonl), so
/// the reader thread only splits lines; CSV and text records arrive decoded.
struct InputRecord {
  std::uint64_t number = 0;           ///< 1-based over all inputs
  const std::string* file = nullptr;  ///< display name; outlives the record
  std::size_t line = 0;               ///< line in `file` where the record starts
  std::size_t bytes = 0;              ///< input bytes the record took
  InputFormat format = InputFormat::text;
  bool decoded = false;
  std::string text;      ///< JSONL before decoding: the raw line
  nlohmann::json id;     ///< null when the input has none
  nlohmann::json extra;  ///< fields kept for eval (source, lang, label)
  std::string error;     ///< "FILE:LINE: what is wrong"; empty when fine

  /// The id to report: the input's id, or the record number when it has none.
  nlohmann::json output_id() const { return id.is_null() ? nlohmann::json(number) : id; }
};

/// Parses a raw JSONL record in place: fills text, id (and `keep` fields into
/// extra) or sets error. Cheap to call twice.
void decode_jsonl(InputRecord& record, const FieldNames& fields,
                  const std::vector<std::string>& keep = {});

}  // namespace jobscreen::cli
