#include "result_writer.hpp"

#include <fmt/core.h>

#include "jobscreen/json.hpp"

namespace jobscreen::cli {
namespace {

using nlohmann::json;

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

// CSV ids are plain text; JSON ids keep their type, but a CSV cell holds the
// string itself rather than its JSON quoting.
std::string id_text(const InputRecord& record) {
  const json id = record.output_id();
  return id.is_string() ? id.get<std::string>() : dump(id);
}

std::string join_flags(Flag flags) {
  std::string out;
  for (const auto& name : flag_names(flags)) {
    if (!out.empty()) out += ' ';
    out += name;
  }
  return out;
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
  if (name == "jsonl" || name == "json" || name == "ndjson") return OutputFormat::jsonl;
  if (name == "csv") return OutputFormat::csv;
  return std::nullopt;
}

std::string output_header(OutputFormat format) {
  return format == OutputFormat::csv ? "id,score,level,flags,families,hits,error\n" : "";
}

std::string csv_field(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string format_result(const InputRecord& record, const Result& result, OutputFormat format) {
  if (format == OutputFormat::jsonl) {
    // to_json's fields written after "id", in one buffer.
    std::string line;
    append_json(line, result, dump(record.output_id()));
    line += '\n';
    return line;
  }
  std::string families;
  for (const auto& family : result.families) {
    if (!families.empty()) families += ' ';
    families += fmt::format("{}:{}", family.family, family.points);
  }
  std::string hits;
  for (const auto& hit : result.hits) {
    if (!hits.empty()) hits += ' ';
    hits += fmt::format("{}:{}", hit.rule, hit.points);
  }
  return fmt::format("{},{},{},{},{},{},\n", csv_field(id_text(record)), result.score,
                     level_name(result.level), csv_field(join_flags(result.flags)),
                     csv_field(families), csv_field(hits));
}

std::string format_compact_result(const InputRecord& record, const Result& result) {
  nlohmann::ordered_json line;
  line["id"] = record.output_id();
  line["score"] = result.score;
  line["level"] = level_name(result.level);
  line["flags"] = flag_names(result.flags);
  auto& hits = line["hits"] = nlohmann::ordered_json::array();
  for (const auto& hit : result.hits) {
    const TextSpan first = hit.matches.empty() ? TextSpan{} : hit.matches.front();
    hits.push_back({{"rule", hit.rule},
                    {"family", hit.family},
                    {"points", hit.points},
                    {"text", first.text},
                    {"start", first.start},
                    {"end", first.end},
                    {"start_cp", first.start_cp},
                    {"end_cp", first.end_cp}});
  }
  auto& families = line["families"] = nlohmann::ordered_json::array();
  for (const auto& family : result.families)
    families.push_back({{"family", family.family}, {"raw", family.raw}, {"points", family.points}});
  return line.dump(-1, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string format_error(const InputRecord& record, OutputFormat format) {
  if (format == OutputFormat::jsonl) {
    nlohmann::ordered_json line = nlohmann::ordered_json::object();  // "id" stays first
    line["id"] = record.output_id();
    line["error"] = record.error;
    line["file"] = record.file != nullptr ? *record.file : "";
    line["line"] = record.line;
    return line.dump(-1, ' ', false, json::error_handler_t::replace) + '\n';
  }
  return fmt::format("{},,,,,,{}\n", csv_field(id_text(record)), csv_field(record.error));
}

}  // namespace jobscreen::cli
