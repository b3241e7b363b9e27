// Decoding of one JSON Lines record; runs on worker threads.
#include <fmt/core.h>

#include "input_record.hpp"

namespace jobscreen::cli {
namespace {

std::string where(const InputRecord& record) {
  return fmt::format("{}:{}: ", record.file != nullptr ? *record.file : "<input>", record.line);
}

}  // namespace

void decode_jsonl(InputRecord& record, const FieldNames& fields,
                  const std::vector<std::string>& keep) {
  if (record.decoded) return;
  record.decoded = true;
  nlohmann::json object;
  try {
    object = nlohmann::json::parse(record.text);
  } catch (const nlohmann::json::parse_error& e) {
    record.text.clear();
    record.error = where(record) + fmt::format("not valid JSON (at byte {})", e.byte);
    return;
  }
  record.text.clear();
  if (!object.is_object()) {
    record.error = where(record) + "not a JSON object";
    return;
  }
  if (const auto id = object.find(fields.id); id != object.end() && !id->is_null())
    record.id = std::move(*id);
  for (const auto& name : keep)
    if (const auto field = object.find(name); field != object.end())
      record.extra[name] = std::move(*field);
  const auto text = object.find(fields.text);
  if (text == object.end()) {
    record.error = where(record) + fmt::format("no \"{}\" field", fields.text);
  } else if (!text->is_string()) {
    record.error = where(record) + fmt::format("field \"{}\" is not a string", fields.text);
  } else {
    record.text = std::move(text->get_ref<std::string&>());
  }
}

}  // namespace jobscreen::cli
