// Result <- JSON: the inverse of jobscreen::to_json, so results pickle through
// the one documented schema (docs/results.md) instead of a second format.
#include "result_from_json.hpp"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace jobscreen::python {
namespace {

using nlohmann::json;

template <typename Enum, typename NameOf>
Enum enum_named(const std::string& name, int count, NameOf name_of) {
  for (int i = 0; i < count; ++i)
    if (name == name_of(static_cast<Enum>(i))) return static_cast<Enum>(i);
  throw std::invalid_argument("unknown name '" + name + "' in a result");
}

Flag flags_named(const json& names) {
  Flag flags = Flag::none;
  for (const auto& name : names) {
    bool known = false;
    for (unsigned bit = 0; bit < 32 && !known; ++bit) {
      const Flag flag = static_cast<Flag>(1u << bit);
      const auto flag_name = flag_names(flag);
      if (!flag_name.empty() && flag_name.front() == name.get<std::string>()) {
        flags |= flag;
        known = true;
      }
    }
    if (!known) throw std::invalid_argument("unknown flag in a result");
  }
  return flags;
}

TextSpan span_of(const json& j) {
  TextSpan span;
  span.text = j.at("text").get<std::string>();
  span.start = j.at("start").get<std::size_t>();
  span.end = j.at("end").get<std::size_t>();
  span.start_cp = j.at("start_cp").get<std::size_t>();
  span.end_cp = j.at("end_cp").get<std::size_t>();
  return span;
}

template <typename T>
std::optional<T> optional_of(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

EntityValue value_of(EntityType type, const json& v) {
  switch (type) {
    case EntityType::pay: {
      PayValue pay;
      pay.min = v.at("min").get<double>();
      pay.max = v.at("max").get<double>();
      pay.currency = v.at("currency").get<std::string>();
      pay.period = enum_named<PayPeriod>(v.at("period").get<std::string>(), 6, pay_period_name);
      pay.eur_per_month_min = optional_of<double>(v, "eur_per_month_min");
      pay.eur_per_month_max = optional_of<double>(v, "eur_per_month_max");
      return pay;
    }
    case EntityType::phone:
      return PhoneValue{v.at("number").get<std::string>(), v.at("country").get<std::string>(),
                        v.at("kind").get<std::string>()};
    case EntityType::email:
      return EmailValue{v.at("address").get<std::string>(), v.at("domain").get<std::string>(),
                        v.at("free_mail").get<bool>()};
    case EntityType::messenger:
      return MessengerValue{v.at("app").get<std::string>()};
    case EntityType::url:
      return UrlValue{v.at("domain").get<std::string>(), v.at("shortener").get<bool>()};
    case EntityType::age:
      return AgeValue{optional_of<int>(v, "min"), optional_of<int>(v, "max"),
                      v.at("addressed").get<std::string>()};
    case EntityType::place:
      return PlaceValue{v.at("country").get<std::string>(), v.at("name").get<std::string>(),
                        v.at("abroad").get<bool>()};
    case EntityType::company_id:
      return CompanyIdValue{v.at("kind").get<std::string>(), v.at("value").get<std::string>()};
  }
  throw std::invalid_argument("unknown entity type in a result");
}

}  // namespace

Result result_from_json(std::string_view text) {
  try {
    const json j = json::parse(text);
    Result result;
    result.score = j.at("score").get<int>();
    result.level = enum_named<Level>(j.at("level").get<std::string>(), 3, level_name);
    result.flags = flags_named(j.at("flags"));
    for (const auto& h : j.at("hits")) {
      Hit hit;
      hit.rule = h.at("rule").get<std::string>();
      hit.family = h.at("family").get<std::string>();
      hit.points = h.at("points").get<int>();
      hit.description = h.at("description").get<std::string>();
      hit.advice = h.at("advice").get<std::string>();
      for (const auto& m : h.at("matches")) hit.matches.push_back(span_of(m));
      result.hits.push_back(std::move(hit));
    }
    for (const auto& f : j.at("families"))
      result.families.push_back({f.at("family").get<std::string>(), f.at("name").get<std::string>(),
                                 f.at("raw").get<int>(), f.at("points").get<int>()});
    for (const auto& e : j.at("entities")) {
      Entity entity;
      entity.type = enum_named<EntityType>(e.at("type").get<std::string>(), 8, entity_type_name);
      entity.span = span_of(e);
      entity.value = value_of(entity.type, e.at("value"));
      result.entities.push_back(std::move(entity));
    }
    return result;
  } catch (const json::exception& e) {
    throw std::invalid_argument(std::string("not a jobscreen result: ") + e.what());
  }
}

}  // namespace jobscreen::python
