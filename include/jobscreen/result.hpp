// Results: plain values describing one scanned text, with no references into
// the engine. Serialise with to_json (jobscreen/json.hpp); schema in docs/results.md.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "jobscreen/normalize.hpp"

namespace jobscreen {

enum class Level { low, caution, high };

/// "low", "caution", "high".
const char* level_name(Level level);

/// Languages for descriptions and advice: Serbian Latin, Serbian Cyrillic, English.
enum class Lang { sr, sr_cyrl, en };

/// "sr", "sr-Cyrl", "en"; parse_lang accepts those (case-insensitive, '_' or '-').
const char* lang_name(Lang lang);
std::optional<Lang> parse_lang(std::string_view name);

/// A place in the original text: bytes and code points, both [start, end).
struct TextSpan {
  std::string text;  ///< the original text of the span
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t start_cp = 0;
  std::size_t end_cp = 0;
};

/// One rule that fired. A rule fires at most once per text; `matches` lists
/// every place it matched (first one first; empty for conditions on absence).
struct Hit {
  std::string rule;
  std::string family;
  int points = 0;  ///< the rule's weight (before the family cap)
  std::string description;
  std::string advice;
  std::vector<TextSpan> matches;
};

/// Sum of a family's hits, before and after its cap.
struct FamilyTotal {
  std::string family;
  std::string name;
  int raw = 0;
  int points = 0;  ///< what the family adds to the score
};

enum class EntityType { pay, phone, email, messenger, url, age, place, company_id };

/// "pay", "phone", "email", "messenger", "url", "age", "place", "company_id".
const char* entity_type_name(EntityType type);

enum class PayPeriod { unknown, hour, day, week, month, year };
const char* pay_period_name(PayPeriod period);

struct PayValue {
  double min = 0;  ///< equal to max for a single amount
  double max = 0;
  std::string currency;  ///< ISO code ("EUR", "RSD", ...), empty when not said
  PayPeriod period = PayPeriod::unknown;
  std::optional<double>
      eur_per_month_min;  ///< when currency and period allow it (month assumed if unknown)
  std::optional<double> eur_per_month_max;
};

struct PhoneValue {
  std::string number;   ///< digits with leading "+" and country code
  std::string country;  ///< ISO 3166 alpha-2, e.g. "RS", "DE"
  std::string kind;     ///< "mobile", "landline" or "unknown"
};

struct EmailValue {
  std::string address;
  std::string domain;
  bool free_mail = false;
};

struct MessengerValue {
  std::string app;  ///< "viber", "whatsapp", "telegram", "signal", "instagram", "facebook"
};

struct UrlValue {
  std::string domain;
  bool shortener = false;
};

struct AgeValue {
  std::optional<int> min;
  std::optional<int> max;
  std::string addressed;  ///< "women", "men" or empty
};

struct PlaceValue {
  std::string country;  ///< ISO 3166 alpha-2
  std::string name;     ///< canonical English name of the place
  bool abroad = false;  ///< outside Serbia
};

struct CompanyIdValue {
  std::string kind;  ///< "pib", "mb", "registration", "address"
  std::string value;
};

using EntityValue = std::variant<PayValue, PhoneValue, EmailValue, MessengerValue, UrlValue,
                                 AgeValue, PlaceValue, CompanyIdValue>;

struct Entity {
  EntityType type = EntityType::pay;
  TextSpan span;
  EntityValue value;
};

/// What a scan found. `score` is the sum of family totals clamped to 0..100.
struct Result {
  int score = 0;
  Level level = Level::low;
  Flag flags = Flag::none;
  std::vector<Hit> hits;              ///< in order of first match in the text
  std::vector<FamilyTotal> families;  ///< families with hits, highest points first
  std::vector<Entity> entities;       ///< in text order
};

}  // namespace jobscreen
