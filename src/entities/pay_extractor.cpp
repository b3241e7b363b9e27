#include "entities/pay_extractor.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace jobscreen::detail {
namespace {

struct CurrencyWord {
  std::string_view word;
  std::string_view code;
};

// Currency words as they appear next to an amount (match form: € -> "eur").
constexpr CurrencyWord kCurrencies[] = {
    {"eur", "EUR"},     {"euro", "EUR"},    {"eura", "EUR"},    {"evra", "EUR"},
    {"evro", "EUR"},    {"euros", "EUR"},   {"evri", "EUR"},    {"rsd", "RSD"},
    {"din", "RSD"},     {"dinara", "RSD"},  {"dinar", "RSD"},   {"dinari", "RSD"},
    {"usd", "USD"},     {"dolara", "USD"},  {"dolar", "USD"},   {"dollars", "USD"},
    {"dollar", "USD"},  {"dolari", "USD"},  {"chf", "CHF"},     {"franaka", "CHF"},
    {"franka", "CHF"},  {"francs", "CHF"},  {"sfr", "CHF"},     {"gbp", "GBP"},
    {"funti", "GBP"},   {"funte", "GBP"},   {"funta", "GBP"},   {"pounds", "GBP"},
    {"pound", "GBP"},   {"bam", "BAM"},     {"km", "BAM"},      {"hrk", "HRK"},
    {"kuna", "HRK"},    {"kune", "HRK"},    {"huf", "HUF"},     {"forinti", "HUF"},
    {"forinta", "HUF"}, {"rub", "RUB"},     {"rubalja", "RUB"}, {"rublji", "RUB"},
    {"aed", "AED"},     {"dirhama", "AED"}, {"dirham", "AED"},  {"dirhams", "AED"},
    {"cad", "CAD"},     {"aud", "AUD"},     {"sek", "SEK"},     {"nok", "NOK"},
    {"dkk", "DKK"},     {"pln", "PLN"},     {"czk", "CZK"},     {"qar", "QAR"},
    {"sar", "SAR"},     {"try", "TRY"},     {"ron", "RON"},     {"bgn", "BGN"},
    {"mkd", "MKD"},     {"denara", "MKD"},  {"ft", "HUF"},
};

std::string_view currency_code(std::string_view word) {
  static const WordTable table = [] {
    WordTable t;
    for (std::size_t i = 0; i < std::size(kCurrencies); ++i)
      t.add(kCurrencies[i].word, static_cast<int>(i));
    return t;
  }();
  const int index = table.find(word);
  return index < 0 ? std::string_view() : kCurrencies[static_cast<std::size_t>(index)].code;
}

// Words that make a bare number pay.
constexpr std::string_view kPayWords[] = {
    "plata",   "plate",        "platu",    "platom",      "zarada",    "zarade",     "zaradu",
    "zaradom", "primanja",     "primanje", "salary",      "salaries",  "pay",        "paid",
    "payment", "earn",         "earning",  "earnings",    "zaradite",  "zaradjujte", "zaradjujete",
    "zaradis", "isplata",      "isplate",  "isplacujemo", "neto",      "bruto",      "satnica",
    "satnicu", "dnevnica",     "dnevnicu", "honorar",     "honorara",  "income",     "wage",
    "wages",   "placa",        "place",    "placu",       "zaradjuje", "mesecno",    "mjesecno",
    "dnevno",  "nedeljno",     "sedmicno", "tjedno",      "godisnje",  "hourly",     "weekly",
    "monthly", "compensation", "bonus"};

// Words after an amount that make it a company's size, not pay ("eur 2 billion").
constexpr std::string_view kScaleWords[] = {
    "billion", "million", "bn", "mln", "milion", "miliona", "milijardi", "milijarde", "milijarda"};

// Words before an amount that make it a price or a fee the worker pays.
constexpr std::string_view kFeeWords[] = {
    "cena",    "cijena", "cene",    "kosta",    "kostaju",  "price",    "cost",        "costs",
    "kirija",  "kiriju", "zakup",   "naknada",  "naknadu",  "troskovi", "troskove",    "depozit",
    "deposit", "fee",    "fees",    "uplata",   "uplatu",   "uplatiti", "uplatite",    "platiti",
    "platite", "avans",  "smestaj", "smjestaj", "prodajem", "prodaje",  "iznajmljujem"};

// Words right after a bare number that make it a count, not money.
constexpr std::string_view kUnitWords[] = {
    "godina", "godine", "god",    "years",    "year",    "yrs",     "sati",    "sata",
    "casova", "cas",    "h",      "hours",    "hour",    "hrs",     "dana",    "dan",
    "days",   "day",    "meseci", "meseca",   "mjeseci", "mjeseca", "months",  "month",
    "puta",   "times",  "m2",     "kvadrata", "kg",      "radnika", "ljudi",   "osoba",
    "mesta",  "min",    "minuta", "minutes",  "people",  "workers", "km",      "m",
    "kom",    "komada", "pieces", "nedelja",  "nedelje", "weeks",   "sedmica", "x",
    "radnih", "radna",  "radni",  "working",  "work",    "let",     "metara",  "cm",
    "l",      "litara", "ton",    "tona",     "kw"};

struct PeriodPhrase {
  std::array<std::string_view, 3> words;  // "" ends the phrase
  PayPeriod period;
};

constexpr PeriodPhrase kPeriodPhrases[] = {
    {{"po", "satu"}, PayPeriod::hour},
    {{"na", "sat"}, PayPeriod::hour},
    {{"po", "casu"}, PayPeriod::hour},
    {{"na", "cas"}, PayPeriod::hour},
    {{"satnica"}, PayPeriod::hour},
    {{"satno"}, PayPeriod::hour},
    {{"per", "hour"}, PayPeriod::hour},
    {{"an", "hour"}, PayPeriod::hour},
    {{"a", "hour"}, PayPeriod::hour},
    {{"hourly"}, PayPeriod::hour},
    {{"ph"}, PayPeriod::hour},
    {{"dnevno"}, PayPeriod::day},
    {{"po", "danu"}, PayPeriod::day},
    {{"na", "dan"}, PayPeriod::day},
    {{"dnevnica"}, PayPeriod::day},
    {{"per", "day"}, PayPeriod::day},
    {{"daily"}, PayPeriod::day},
    {{"a", "day"}, PayPeriod::day},
    {{"nedeljno"}, PayPeriod::week},
    {{"sedmicno"}, PayPeriod::week},
    {{"tjedno"}, PayPeriod::week},
    {{"per", "week"}, PayPeriod::week},
    {{"weekly"}, PayPeriod::week},
    {{"a", "week"}, PayPeriod::week},
    {{"po", "nedelji"}, PayPeriod::week},
    {{"nedeljna"}, PayPeriod::week},
    {{"mesecno"}, PayPeriod::month},
    {{"mjesecno"}, PayPeriod::month},
    {{"na", "mesec"}, PayPeriod::month},
    {{"na", "mjesec"}, PayPeriod::month},
    {{"po", "mesecu"}, PayPeriod::month},
    {{"per", "month"}, PayPeriod::month},
    {{"monthly"}, PayPeriod::month},
    {{"a", "month"}, PayPeriod::month},
    {{"mesecna"}, PayPeriod::month},
    {{"mjesecna"}, PayPeriod::month},
    {{"godisnje"}, PayPeriod::year},
    {{"per", "year"}, PayPeriod::year},
    {{"annually"}, PayPeriod::year},
    {{"a", "year"}, PayPeriod::year},
    {{"yearly"}, PayPeriod::year},
    {{"per", "annum"}, PayPeriod::year},
    {{"godisnja"}, PayPeriod::year},
    {{"na", "godinu"}, PayPeriod::year},
};

// Words before an amount that say the period ("satnica 8 eur", "plata 1500").
constexpr std::string_view kPeriodWordsBefore[] = {
    "satnica",  "satnicu",  "hourly",   "dnevnica", "dnevnicu", "dnevno",  "daily",
    "nedeljno", "sedmicno", "tjedno",   "weekly",   "nedeljna", "mesecno", "mjesecno",
    "monthly",  "mesecna",  "mjesecna", "plata",    "platu",    "placa",   "godisnje",
    "godisnja", "annual",   "yearly",   "annually"};

PayPeriod period_of_word_before(std::string_view w) {
  if (w == "satnica" || w == "satnicu" || w == "hourly") return PayPeriod::hour;
  if (w == "dnevnica" || w == "dnevnicu" || w == "dnevno" || w == "daily") return PayPeriod::day;
  if (w == "nedeljno" || w == "sedmicno" || w == "tjedno" || w == "weekly" || w == "nedeljna")
    return PayPeriod::week;
  if (w == "mesecno" || w == "mjesecno" || w == "monthly" || w == "mesecna" || w == "mjesecna" ||
      w == "plata" || w == "platu" || w == "placa")
    return PayPeriod::month;
  if (w == "godisnje" || w == "godisnja" || w == "annual" || w == "yearly" || w == "annually")
    return PayPeriod::year;
  return PayPeriod::unknown;
}

// "/h", "/sat", "/mo" ... right after the amount or currency.
PayPeriod period_of_slash_unit(std::string_view u) {
  if (u == "h" || u == "hr" || u == "hour" || u == "sat" || u == "cas") return PayPeriod::hour;
  if (u == "d" || u == "day" || u == "dan") return PayPeriod::day;
  if (u == "w" || u == "wk" || u == "week" || u == "nedelja" || u == "ned") return PayPeriod::week;
  if (u == "m" || u == "mo" || u == "mon" || u == "month" || u == "mes" || u == "mesec" ||
      u == "mj" || u == "mjesec")
    return PayPeriod::month;
  if (u == "y" || u == "yr" || u == "year" || u == "god" || u == "godina") return PayPeriod::year;
  return PayPeriod::unknown;
}

struct Number {
  double value = 0;
  std::size_t begin = 0;
  std::size_t end = 0;      // after the digits (and a "k")
  std::size_t skip_to = 0;  // where scanning resumes when the number is rejected
  std::size_t int_digits = 0;
  bool leading_zero = false;
  bool grouped = false;
  bool fraction = false;
  bool thousands_suffix = false;
  bool ok = false;
};

// Whether `phrase` is written at `pos` (<= text.size()) of `text`.
bool text_at(std::string_view text, std::size_t pos, std::string_view phrase) {
  return text.size() - pos >= phrase.size() && text.substr(pos, phrase.size()) == phrase;
}

bool digits_at(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return false;
  for (std::size_t i = pos; i < pos + count; ++i)
    if (!is_digit(text[i])) return false;
  return pos + count == text.size() || !is_digit(text[pos + count]);
}

// Reads "1.500", "1,500", "1 500", "2,5", "1.500,00", "5k" from `pos` (a digit).
Number read_number(std::string_view text, std::size_t pos) {
  Number num;
  num.begin = pos;
  std::size_t i = pos;
  double value = 0;
  while (i < text.size() && is_digit(text[i])) {
    value = value * 10 + (text[i] - '0');
    ++i;
  }
  num.int_digits = i - pos;
  num.leading_zero = text[pos] == '0' && num.int_digits > 1;
  char group_separator = 0;
  while (num.int_digits <= 3 || num.grouped) {
    if (i >= text.size()) break;
    const char s = text[i];
    if ((s != '.' && s != ',' && s != ' ') || !digits_at(text, i + 1, 3)) break;
    if (group_separator != 0 && s != group_separator) break;
    group_separator = s;
    for (std::size_t k = i + 1; k < i + 4; ++k) value = value * 10 + (text[k] - '0');
    num.int_digits += 3;
    num.grouped = true;
    i += 4;
  }
  if (i < text.size() && (text[i] == '.' || text[i] == ',') && text[i] != group_separator) {
    for (std::size_t len = 1; len <= 2; ++len) {
      if (!digits_at(text, i + 1, len)) continue;
      const double scale = len == 1 ? 10.0 : 100.0;
      value += std::stod(std::string(text.substr(i + 1, len))) / scale;
      num.fraction = true;
      i += len + 1;
      break;
    }
  }
  num.skip_to = i;
  // "12.05.2024", "08:30", "1/2": a date, time or code, not an amount.
  if (i + 1 < text.size() &&
      (text[i] == '.' || text[i] == ',' || text[i] == ':' || text[i] == '/') &&
      is_digit(text[i + 1])) {
    while (num.skip_to < text.size() &&
           (is_word_char(text[num.skip_to]) || text[num.skip_to] == '.' ||
            text[num.skip_to] == ',' || text[num.skip_to] == ':' || text[num.skip_to] == '/'))
      ++num.skip_to;
    return num;
  }
  if (i < text.size() && text[i] == 'k' && (i + 1 == text.size() || !is_letter(text[i + 1]))) {
    value *= 1000;
    num.thousands_suffix = true;
    ++i;
  }
  num.end = i;
  num.value = value;
  num.ok = num.int_digits <= 9;
  return num;
}

// Letters glued to the end of a number ("3000e", "16h", "2x"); "" when none.
std::string_view glued_letters(std::string_view text, std::size_t end) {
  std::size_t i = end;
  while (i < text.size() && is_letter(text[i])) ++i;
  return text.substr(end, i - end);
}

struct CurrencyFound {
  std::string_view code;
  std::size_t begin = 0;
  std::size_t end = 0;
  bool weak = false;  // "km", a spaced "e": needs a pay word like a bare number
};

// A currency right after the amount: glued ("3000e", "3000eur") or after a space.
CurrencyFound currency_after(std::string_view text, std::size_t end) {
  const std::string_view glued = glued_letters(text, end);
  if (!glued.empty()) {
    if (glued == "e") return {"EUR", end, end + 1};
    const std::string_view code = currency_code(glued);
    return code.empty() ? CurrencyFound{} : CurrencyFound{code, end, end + glued.size()};
  }
  std::size_t i = end;
  if (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '$') return {"USD", i, i + 1};
  const std::string_view word = glued_letters(text, i);
  if (word == "e") return {"EUR", i, i + 1, true};
  const std::string_view code = currency_code(word);
  return code.empty() ? CurrencyFound{} : CurrencyFound{code, i, i + word.size(), word == "km"};
}

// A currency right before the amount ("$500", "eur 2.500", "eur2500").
CurrencyFound currency_before(std::string_view text, std::size_t begin) {
  std::size_t i = begin;
  if (i > 0 && text[i - 1] == ' ') --i;
  if (i > 0 && text[i - 1] == '$') return {"USD", i - 1, i};
  std::size_t start = i;
  while (start > 0 && is_letter(text[start - 1])) --start;
  if (start > 0 && is_digit(text[start - 1])) return {};
  const std::string_view word = text.substr(start, i - start);
  const std::string_view code = currency_code(word);
  return code.empty() ? CurrencyFound{} : CurrencyFound{code, start, i, word == "km"};
}

bool is_year(const Number& n) {
  return n.int_digits == 4 && !n.grouped && !n.fraction && !n.thousands_suffix && n.value >= 1950 &&
         n.value <= 2039;
}

}  // namespace

PayExtractor::PayExtractor(const EntitySettings& settings) : settings_(settings) {}

void PayExtractor::add_words(Vocabulary& vocabulary) const {
  vocabulary.add_roles(kPayWords, word_role::kPayWord);
  vocabulary.add_roles(kScaleWords, word_role::kScaleWord);
  vocabulary.add_roles(kFeeWords, word_role::kFeeWord);
  vocabulary.add_roles(kUnitWords, word_role::kUnitWord);
  for (const auto& phrase : kPeriodPhrases)
    vocabulary.entry(phrase.words[0]).roles |= word_role::kPeriodPhraseStart;
  for (std::string_view w : kPeriodWordsBefore)
    vocabulary.entry(w).pay_period = static_cast<std::uint8_t>(period_of_word_before(w));
}

std::optional<double> PayExtractor::eur_per_month(double amount, const std::string& currency,
                                                  PayPeriod period) const {
  return eur_per_month(amount, rate_of(currency), period);
}

const double* PayExtractor::rate_of(const std::string& currency) const {
  const auto rate = settings_.eur_per_unit.find(currency);
  if (currency.empty() || rate == settings_.eur_per_unit.end()) return nullptr;
  return &rate->second;
}

std::optional<double> PayExtractor::eur_per_month(double amount, const double* rate,
                                                  PayPeriod period) const {
  if (rate == nullptr) return std::nullopt;
  double monthly = amount * *rate;
  switch (period) {
    case PayPeriod::hour:
      monthly *= settings_.hours_per_month;
      break;
    case PayPeriod::day:
      monthly *= settings_.days_per_month;
      break;
    case PayPeriod::week:
      monthly *= settings_.weeks_per_month;
      break;
    case PayPeriod::year:
      monthly /= 12;
      break;
    case PayPeriod::month:
    case PayPeriod::unknown:
      break;
  }
  return std::round(monthly * 100) / 100;
}

void PayExtractor::find(const WordList& words, const ByteMarks& marks, const TakenSpans& taken,
                        std::vector<RawEntity>& out) const {
  const std::string_view text = words.text();
  const std::size_t n = text.size();
  std::size_t i = 0;
  std::size_t consumed = 0;  // a currency before this belongs to an earlier amount
  while ((i = marks.next_digit(i)) < n) {
    // Only at the start of a number; digits glued to a word ("m2", "covid19")
    // are skipped unless the word is a currency ("eur2500").
    if (i > 0) {
      const char p = text[i - 1];
      const bool after_digit_sep =
          (p == '.' || p == ',' || p == '-' || p == '/' || p == '+' || p == ':') && i > 1 &&
          is_digit(text[i - 2]);
      const bool glued_word = is_letter(p) && currency_before(text, i).code.empty();
      if (after_digit_sep || glued_word || p == '+') {
        while (i < n && is_word_char(text[i])) ++i;
        continue;
      }
    }
    Number first = read_number(text, i);
    if (!first.ok) {
      i = std::max(first.skip_to, i + 1);
      continue;
    }
    Number last = first;
    bool is_range = false;
    CurrencyFound currency = currency_before(text, first.begin);
    if (!currency.code.empty() && currency.begin < consumed) currency = {};
    CurrencyFound after_first = currency_after(text, first.end);
    bool rejected = false;
    // "16h", "20%", "8-satni": a count or a compound word.
    if ((after_first.code.empty() && !glued_letters(text, first.end).empty()) ||
        (first.end < n && text[first.end] == '%') ||
        (first.end + 1 < n && text[first.end] == '-' && is_letter(text[first.end + 1])))
      rejected = true;

    // A range: "1.500-2.000", "1500 do 2000", "izmedju 1500 i 2000".
    std::size_t j = after_first.code.empty() ? first.end : after_first.end;
    while (j < n && text[j] == ' ') ++j;
    std::size_t second_at = n;
    // "40.000 60.000 rsd", "2.500e 3.300e": ranges whose dash the publisher dropped.
    const bool spaced_range = j < n && j > 0 && text[j - 1] == ' ' && is_digit(text[j]);
    if (spaced_range) {
      second_at = j;
    } else if (j < n && text[j] == '-') {
      second_at = j + 1;
    } else if (text_at(text, j, "do ") || text_at(text, j, "to ")) {
      second_at = j + 3;
    } else if (text_at(text, j, "i ") || text_at(text, j, "and ")) {
      const std::size_t before = words.index_before(first.begin);
      const std::string_view w = words.word_or_empty(before);
      if (w == "izmedju" || w == "between") second_at = j + (text[j] == 'i' ? 2 : 4);
    }
    if (second_at < n && text[second_at] == ' ') ++second_at;
    // "$500 - $1,000", "eur 1.500 - eur 2.000": the currency again before the upper end.
    if (second_at < n && !spaced_range && !is_digit(text[second_at])) {
      std::size_t k = second_at;
      while (k < n && (is_letter(text[k]) || text[k] == '$')) ++k;
      if (k < n && text[k] == ' ') ++k;
      if (k < n && is_digit(text[k]) && !currency_before(text, k).code.empty()) second_at = k;
    }
    if (!rejected && second_at < n && is_digit(text[second_at])) {
      const Number second = read_number(text, second_at);
      if (second.ok) {
        const CurrencyFound after_second = currency_after(text, second.end);
        if (after_second.code.empty() && !glued_letters(text, second.end).empty()) {
          rejected = true;  // "od 8 do 16h"
        } else {
          double low = first.value;
          if (second.thousands_suffix && !first.thousands_suffix && low < 1000) low *= 1000;
          // "$80-$130,000": the lower end is in thousands too.
          if (low < 1000 && second.value >= 10000 && low * 1000 <= second.value) low *= 1000;
          const bool range_ok =
              !spaced_range || ((!after_second.code.empty() || !after_first.code.empty()) &&
                                !first.leading_zero && second.value <= low * 10);
          if (second.value >= low && range_ok) {
            is_range = true;
            last = second;
            first.value = low;
            if (currency.code.empty())
              currency = after_first.code.empty() ? after_second : after_first;
            if (!after_second.code.empty()) last.end = after_second.end;
          }
        }
      }
    }
    if (currency.code.empty()) currency = after_first;
    std::size_t end = last.end;
    if (!is_range && !after_first.code.empty()) end = after_first.end;
    const std::size_t begin =
        currency.end <= first.begin && !currency.code.empty() ? currency.begin : first.begin;
    std::size_t resume = std::max(end, first.skip_to);
    consumed = std::max(consumed, end);
    if (rejected || taken.overlaps(first.begin, last.end)) {
      i = std::max(resume, i + 1);
      continue;
    }

    // Context: pay words a few words around, and the period.
    const std::size_t first_word = words.index_at_or_after(begin);
    const std::size_t after_word = words.index_at_or_after(end);
    // A bare number needs a pay word just before it (no other number in
    // between) or right after it ("550 neto").
    bool pay_context = words.has_role(after_word, word_role::kPayWord);
    bool fee_context = false;
    PayPeriod period = PayPeriod::unknown;
    PayPeriod period_before = PayPeriod::unknown;
    for (std::size_t k = first_word >= 5 ? first_word - 5 : 0; k < first_word; ++k) {
      const WordFacts& facts = words.facts(k);
      if ((facts.roles & word_role::kPayWord) != 0) pay_context = true;
      if (is_digit(text[words.span(k).begin])) pay_context = false;
      if ((facts.roles & word_role::kFeeWord) != 0 && k + 3 >= first_word) fee_context = true;
      const auto p = static_cast<PayPeriod>(facts.pay_period);
      if (p != PayPeriod::unknown) period_before = p;
    }
    if (end < n && text[end] == '/') {
      std::size_t u = end + 1;
      while (u < n && is_letter(text[u])) ++u;
      period = period_of_slash_unit(text.substr(end + 1, u - end - 1));
    }
    for (std::size_t k = after_word; k < after_word + 4 && k < words.size(); ++k) {
      if (period != PayPeriod::unknown || k > after_word + 2) continue;
      if (!words.has_role(k, word_role::kPeriodPhraseStart)) continue;
      for (const auto& phrase : kPeriodPhrases) {
        bool match = true;
        for (std::size_t m = 0; m < phrase.words.size() && !phrase.words[m].empty(); ++m)
          if (words.word_or_empty(k + m) != phrase.words[m]) match = false;
        if (match) {
          period = phrase.period;
          break;
        }
      }
    }
    if (period == PayPeriod::unknown) period = period_before;

    // "401k" is a retirement plan.
    const bool retirement_plan = first.value == 401000 && first.thousands_suffix;
    if (fee_context || retirement_plan || words.has_role(after_word, word_role::kScaleWord)) {
      i = std::max(resume, i + 1);
      continue;
    }
    if (currency.code.empty() || currency.weak) {
      // "km" is also kilometres: like a bare number it needs a pay word.
      const std::string_view next = words.word_or_empty(after_word);
      const bool bare = currency.code.empty();
      // "do 10 u mesecu": a day of the month.
      const bool day_of_month = next == "u" && (words.word_or_empty(after_word + 1) == "mesecu" ||
                                                words.word_or_empty(after_word + 1) == "mjesecu");
      // "13 plata": the thirteenth salary.
      const bool nth_salary = first.value <= 14 && (next == "plata" || next == "plate");
      const bool count_like =
          first.leading_zero || first.value < 5 || nth_salary ||
          (bare &&
           (is_year(first) || words.has_role(after_word, word_role::kUnitWord) || day_of_month)) ||
          taken.place_begins_in(last.end, last.end + 2);
      if (!pay_context || count_like) {
        i = std::max(resume, i + 1);
        continue;
      }
    }
    PayValue value;
    value.min = first.value;
    value.max = last.value;
    value.currency = std::string(currency.code);
    value.period = period;
    const double* rate = rate_of(value.currency);
    value.eur_per_month_min = eur_per_month(value.min, rate, period);
    value.eur_per_month_max = eur_per_month(value.max, rate, period);
    out.push_back(RawEntity{EntityType::pay, static_cast<std::uint32_t>(begin),
                            static_cast<std::uint32_t>(end), std::move(value)});
    i = std::max(resume, i + 1);
  }
}

}  // namespace jobscreen::detail
