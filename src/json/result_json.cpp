// Result -> JSON, the one schema documented in docs/results.md.
#include <nlohmann/json.hpp>

#include "jobscreen/json.hpp"

namespace jobscreen {
namespace {

// Insertion order keeps the documented field order (score, level, flags, ...).
using json = nlohmann::ordered_json;

void put_span(json& j, const TextSpan& span) {
  j["text"] = span.text;
  j["start"] = span.start;
  j["end"] = span.end;
  j["start_cp"] = span.start_cp;
  j["end_cp"] = span.end_cp;
}

template <typename T>
void put_optional(json& j, const char* key, const std::optional<T>& value) {
  j[key] = value ? json(*value) : json(nullptr);
}

json value_json(const EntityValue& value) {
  json j = json::object();
  std::visit(
      [&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, PayValue>) {
          j["min"] = v.min;
          j["max"] = v.max;
          j["currency"] = v.currency;
          j["period"] = pay_period_name(v.period);
          put_optional(j, "eur_per_month_min", v.eur_per_month_min);
          put_optional(j, "eur_per_month_max", v.eur_per_month_max);
        } else if constexpr (std::is_same_v<V, PhoneValue>) {
          j["number"] = v.number;
          j["country"] = v.country;
          j["kind"] = v.kind;
        } else if constexpr (std::is_same_v<V, EmailValue>) {
          j["address"] = v.address;
          j["domain"] = v.domain;
          j["free_mail"] = v.free_mail;
        } else if constexpr (std::is_same_v<V, MessengerValue>) {
          j["app"] = v.app;
        } else if constexpr (std::is_same_v<V, UrlValue>) {
          j["domain"] = v.domain;
          j["shortener"] = v.shortener;
        } else if constexpr (std::is_same_v<V, AgeValue>) {
          put_optional(j, "min", v.min);
          put_optional(j, "max", v.max);
          j["addressed"] = v.addressed;
        } else if constexpr (std::is_same_v<V, PlaceValue>) {
          j["country"] = v.country;
          j["name"] = v.name;
          j["abroad"] = v.abroad;
        } else if constexpr (std::is_same_v<V, CompanyIdValue>) {
          j["kind"] = v.kind;
          j["value"] = v.value;
        }
      },
      value);
  return j;
}

}  // namespace

std::string to_json(const Result& result, int indent) {
  json j;
  j["score"] = result.score;
  j["level"] = level_name(result.level);
  j["flags"] = flag_names(result.flags);
  json hits = json::array();
  for (const auto& hit : result.hits) {
    json h;
    h["rule"] = hit.rule;
    h["family"] = hit.family;
    h["points"] = hit.points;
    // The first match stands for the hit; every match is in "matches".
    put_span(h, hit.matches.empty() ? TextSpan{} : hit.matches.front());
    h["description"] = hit.description;
    h["advice"] = hit.advice;
    json matches = json::array();
    for (const auto& m : hit.matches) {
      json mj;
      put_span(mj, m);
      matches.push_back(std::move(mj));
    }
    h["matches"] = std::move(matches);
    hits.push_back(std::move(h));
  }
  j["hits"] = std::move(hits);
  json families = json::array();
  for (const auto& f : result.families)
    families.push_back(
        {{"family", f.family}, {"name", f.name}, {"raw", f.raw}, {"points", f.points}});
  j["families"] = std::move(families);
  json entities = json::array();
  for (const auto& e : result.entities) {
    json ej;
    ej["type"] = entity_type_name(e.type);
    put_span(ej, e.span);
    ej["value"] = value_json(e.value);
    entities.push_back(std::move(ej));
  }
  j["entities"] = std::move(entities);
  // Invalid UTF-8 in matched text is replaced, never thrown on.
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace jobscreen
