// Result -> JSON, the one schema documented in docs/results.md, written
// straight into one string: building an nlohmann DOM and dumping it cost as
// much as the scan itself. Keys keep the documented order.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <type_traits>
#include <variant>

#include "jobscreen/json.hpp"
#include "json/json_writer.hpp"

namespace jobscreen {
namespace {

using detail::append_json_number;
using detail::append_json_string;

// Writes `"text":...,"start":...,"end":...,"start_cp":...,"end_cp":...`.
void append_span_fields(std::string& out, const TextSpan& span) {
  out += "\"text\":";
  append_json_string(out, span.text);
  out += ",\"start\":";
  append_json_number(out, span.start);
  out += ",\"end\":";
  append_json_number(out, span.end);
  out += ",\"start_cp\":";
  append_json_number(out, span.start_cp);
  out += ",\"end_cp\":";
  append_json_number(out, span.end_cp);
}

template <typename T>
void append_optional(std::string& out, const std::optional<T>& value) {
  if (value)
    append_json_number(out, *value);
  else
    out += "null";
}

void append_bool(std::string& out, bool value) { out += value ? "true" : "false"; }

void append_value(std::string& out, const EntityValue& value) {
  std::visit(
      [&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, PayValue>) {
          out += "{\"min\":";
          append_json_number(out, v.min);
          out += ",\"max\":";
          append_json_number(out, v.max);
          out += ",\"currency\":";
          append_json_string(out, v.currency);
          out += ",\"period\":";
          append_json_string(out, pay_period_name(v.period));
          out += ",\"eur_per_month_min\":";
          append_optional(out, v.eur_per_month_min);
          out += ",\"eur_per_month_max\":";
          append_optional(out, v.eur_per_month_max);
        } else if constexpr (std::is_same_v<V, PhoneValue>) {
          out += "{\"number\":";
          append_json_string(out, v.number);
          out += ",\"country\":";
          append_json_string(out, v.country);
          out += ",\"kind\":";
          append_json_string(out, v.kind);
        } else if constexpr (std::is_same_v<V, EmailValue>) {
          out += "{\"address\":";
          append_json_string(out, v.address);
          out += ",\"domain\":";
          append_json_string(out, v.domain);
          out += ",\"free_mail\":";
          append_bool(out, v.free_mail);
        } else if constexpr (std::is_same_v<V, MessengerValue>) {
          out += "{\"app\":";
          append_json_string(out, v.app);
        } else if constexpr (std::is_same_v<V, UrlValue>) {
          out += "{\"domain\":";
          append_json_string(out, v.domain);
          out += ",\"shortener\":";
          append_bool(out, v.shortener);
        } else if constexpr (std::is_same_v<V, AgeValue>) {
          out += "{\"min\":";
          append_optional(out, v.min);
          out += ",\"max\":";
          append_optional(out, v.max);
          out += ",\"addressed\":";
          append_json_string(out, v.addressed);
        } else if constexpr (std::is_same_v<V, PlaceValue>) {
          out += "{\"country\":";
          append_json_string(out, v.country);
          out += ",\"name\":";
          append_json_string(out, v.name);
          out += ",\"abroad\":";
          append_bool(out, v.abroad);
        } else if constexpr (std::is_same_v<V, CompanyIdValue>) {
          out += "{\"kind\":";
          append_json_string(out, v.kind);
          out += ",\"value\":";
          append_json_string(out, v.value);
        }
      },
      value);
  out += '}';
}

void append_hit(std::string& out, const Hit& hit) {
  out += "{\"rule\":";
  append_json_string(out, hit.rule);
  out += ",\"family\":";
  append_json_string(out, hit.family);
  out += ",\"points\":";
  append_json_number(out, hit.points);
  // The first match stands for the hit; every match is in "matches".
  static const TextSpan no_match;
  out += ',';
  append_span_fields(out, hit.matches.empty() ? no_match : hit.matches.front());
  out += ",\"description\":";
  append_json_string(out, hit.description);
  out += ",\"advice\":";
  append_json_string(out, hit.advice);
  out += ",\"matches\":[";
  for (std::size_t i = 0; i < hit.matches.size(); ++i) {
    out += i == 0 ? "{" : ",{";
    append_span_fields(out, hit.matches[i]);
    out += '}';
  }
  out += "]}";
}

void append_family(std::string& out, const FamilyTotal& family) {
  out += "{\"family\":";
  append_json_string(out, family.family);
  out += ",\"name\":";
  append_json_string(out, family.name);
  out += ",\"raw\":";
  append_json_number(out, family.raw);
  out += ",\"points\":";
  append_json_number(out, family.points);
  out += '}';
}

void append_entity(std::string& out, const Entity& entity) {
  out += "{\"type\":";
  append_json_string(out, entity_type_name(entity.type));
  out += ',';
  append_span_fields(out, entity.span);
  out += ",\"value\":";
  append_value(out, entity.value);
  out += '}';
}

template <typename Item, typename AppendItem>
void append_array(std::string& out, const std::vector<Item>& items, AppendItem append_item) {
  out += '[';
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    append_item(out, items[i]);
  }
  out += ']';
}

// Bytes of the JSON before escaping: the texts plus each object's keys and
// numbers, a little generous so one allocation nearly always does.
std::size_t estimated_size(const Result& result) {
  std::size_t size = 128;
  for (const auto& hit : result.hits) {
    size += 160 + hit.rule.size() + hit.family.size() + hit.description.size() + hit.advice.size();
    if (!hit.matches.empty()) size += hit.matches.front().text.size();
    for (const auto& match : hit.matches) size += 72 + match.text.size();
  }
  for (const auto& family : result.families) size += 56 + family.family.size() + family.name.size();
  for (const auto& entity : result.entities) size += 200 + entity.span.text.size();
  return size + size / 32;
}

}  // namespace

void append_json(std::string& out, const Result& result, std::string_view id_json) {
  const std::size_t needed = out.size() + estimated_size(result) + id_json.size();
  // Geometric growth, so callers appending record after record stay linear.
  if (needed > out.capacity()) out.reserve(std::max(needed, 2 * out.capacity()));

  if (!id_json.empty()) {
    out += "{\"id\":";
    out += id_json;
    out += ",\"score\":";
  } else {
    out += "{\"score\":";
  }
  append_json_number(out, result.score);
  out += ",\"level\":";
  append_json_string(out, level_name(result.level));
  out += ",\"flags\":";
  append_array(out, flag_names(result.flags), append_json_string);
  out += ",\"hits\":";
  append_array(out, result.hits, append_hit);
  out += ",\"families\":";
  append_array(out, result.families, append_family);
  out += ",\"entities\":";
  append_array(out, result.entities, append_entity);
  out += '}';
}

std::string to_json(const Result& result, int indent) {
  std::string out;
  append_json(out, result);
  if (indent < 0) return out;
  // Pretty output is rare (`jobscreen check --json`): nlohmann lays out the
  // compact text, whose field order an ordered_json keeps.
  return nlohmann::ordered_json::parse(out).dump(indent, ' ', false,
                                                 nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace jobscreen
