// Stable names of enums, used by JSON, the CLI and Python alike.
#include <algorithm>
#include <cctype>
#include <string>

#include "jobscreen/result.hpp"

namespace jobscreen {

const char* level_name(Level level) {
  switch (level) {
    case Level::low:
      return "low";
    case Level::caution:
      return "caution";
    case Level::high:
      return "high";
  }
  return "low";
}

const char* lang_name(Lang lang) {
  switch (lang) {
    case Lang::sr:
      return "sr";
    case Lang::sr_cyrl:
      return "sr-Cyrl";
    case Lang::en:
      return "en";
  }
  return "sr";
}

std::optional<Lang> parse_lang(std::string_view name) {
  std::string key(name);
  std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) {
    return c == '_' ? '-' : static_cast<char>(std::tolower(c));
  });
  if (key == "sr" || key == "sr-latn") return Lang::sr;
  if (key == "sr-cyrl") return Lang::sr_cyrl;
  if (key == "en") return Lang::en;
  return std::nullopt;
}

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::pay:
      return "pay";
    case EntityType::phone:
      return "phone";
    case EntityType::email:
      return "email";
    case EntityType::messenger:
      return "messenger";
    case EntityType::url:
      return "url";
    case EntityType::age:
      return "age";
    case EntityType::place:
      return "place";
    case EntityType::company_id:
      return "company_id";
  }
  return "pay";
}

const char* pay_period_name(PayPeriod period) {
  switch (period) {
    case PayPeriod::unknown:
      return "unknown";
    case PayPeriod::hour:
      return "hour";
    case PayPeriod::day:
      return "day";
    case PayPeriod::week:
      return "week";
    case PayPeriod::month:
      return "month";
    case PayPeriod::year:
      return "year";
  }
  return "unknown";
}

}  // namespace jobscreen
