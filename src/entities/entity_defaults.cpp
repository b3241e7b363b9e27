#include "entities/entity_defaults.hpp"

#include <cctype>
#include <string>
#include <utility>

namespace jobscreen::detail {
namespace {

// Approximate 2026 rates; a pack overrides single entries ("entities.eur_per_unit").
const std::pair<const char*, double> kEurPerUnit[] = {
    {"EUR", 1.0},   {"RSD", 0.0085}, {"USD", 0.92},   {"CHF", 1.05},  {"GBP", 1.17},
    {"BAM", 0.511}, {"HRK", 0.1327}, {"HUF", 0.0025}, {"RUB", 0.01},  {"AED", 0.25},
    {"CAD", 0.68},  {"AUD", 0.6},    {"SEK", 0.087},  {"NOK", 0.086}, {"DKK", 0.134},
    {"PLN", 0.23},  {"CZK", 0.04},   {"QAR", 0.25},   {"SAR", 0.245}, {"TRY", 0.027},
    {"RON", 0.2},   {"BGN", 0.511},  {"MKD", 0.0162},
};

const char* const kFreeMailDomains[] = {
    "gmail.com",       "googlemail.com", "yahoo.com",  "yahoo.co.uk", "ymail.com",   "hotmail.com",
    "hotmail.rs",      "outlook.com",    "live.com",   "msn.com",     "icloud.com",  "aol.com",
    "mail.ru",         "yandex.ru",      "yandex.com", "gmx.de",      "gmx.net",     "web.de",
    "proton.me",       "protonmail.com", "mail.com",   "abv.bg",      "t-online.de", "eunet.rs",
    "open.telekom.rs", "sbb.rs",         "inbox.ru",   "bk.ru",       "list.ru",     "hotmail.de",
};

const char* const kShortenerDomains[] = {
    "bit.ly",  "tinyurl.com", "t.co",        "goo.gl",  "ow.ly", "is.gd",
    "cutt.ly", "rebrand.ly",  "shorturl.at", "tiny.cc", "rb.gy", "s.id",
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

EntitySettings with_entity_defaults(const EntitySettings& settings) {
  const EntitySettings builtin;
  EntitySettings out;
  for (const auto& [code, rate] : kEurPerUnit) out.eur_per_unit[code] = rate;
  for (const auto& [code, rate] : settings.eur_per_unit) out.eur_per_unit[upper(code)] = rate;
  out.hours_per_month =
      settings.hours_per_month > 0 ? settings.hours_per_month : builtin.hours_per_month;
  out.days_per_month =
      settings.days_per_month > 0 ? settings.days_per_month : builtin.days_per_month;
  out.weeks_per_month =
      settings.weeks_per_month > 0 ? settings.weeks_per_month : builtin.weeks_per_month;
  if (settings.free_mail_domains.empty()) {
    out.free_mail_domains.assign(std::begin(kFreeMailDomains), std::end(kFreeMailDomains));
  } else {
    for (const auto& d : settings.free_mail_domains) out.free_mail_domains.push_back(lower(d));
  }
  if (settings.shortener_domains.empty()) {
    out.shortener_domains.assign(std::begin(kShortenerDomains), std::end(kShortenerDomains));
  } else {
    for (const auto& d : settings.shortener_domains) out.shortener_domains.push_back(lower(d));
  }
  return out;
}

}  // namespace jobscreen::detail
