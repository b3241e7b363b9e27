// The direct JSON writer (to_json, append_json, json/json_writer.hpp) against
// an nlohmann DOM built here, the way to_json used to build it: same bytes for
// scanned texts, hand-built results of every value type, ill-formed UTF-8,
// control characters and tricky doubles.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "jobscreen/jobscreen.hpp"
#include "json/json_writer.hpp"
#include "unit/test_files.hpp"

namespace jobscreen {
namespace {

using namespace std::string_literals;
namespace fs = std::filesystem;
using testing_support::read_file;
using ordered_json = nlohmann::ordered_json;

// ---- The oracle: the DOM serialisation to_json used before the direct writer.

void dom_span(ordered_json& j, const TextSpan& span) {
  j["text"] = span.text;
  j["start"] = span.start;
  j["end"] = span.end;
  j["start_cp"] = span.start_cp;
  j["end_cp"] = span.end_cp;
}

template <typename T>
void dom_optional(ordered_json& j, const char* key, const std::optional<T>& value) {
  j[key] = value ? ordered_json(*value) : ordered_json(nullptr);
}

ordered_json dom_value(const EntityValue& value) {
  ordered_json j = ordered_json::object();
  std::visit(
      [&](const auto& v) {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, PayValue>) {
          j["min"] = v.min;
          j["max"] = v.max;
          j["currency"] = v.currency;
          j["period"] = pay_period_name(v.period);
          dom_optional(j, "eur_per_month_min", v.eur_per_month_min);
          dom_optional(j, "eur_per_month_max", v.eur_per_month_max);
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
          dom_optional(j, "min", v.min);
          dom_optional(j, "max", v.max);
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

ordered_json dom(const Result& result) {
  ordered_json j;
  j["score"] = result.score;
  j["level"] = level_name(result.level);
  j["flags"] = flag_names(result.flags);
  ordered_json hits = ordered_json::array();
  for (const auto& hit : result.hits) {
    ordered_json h;
    h["rule"] = hit.rule;
    h["family"] = hit.family;
    h["points"] = hit.points;
    dom_span(h, hit.matches.empty() ? TextSpan{} : hit.matches.front());
    h["description"] = hit.description;
    h["advice"] = hit.advice;
    ordered_json matches = ordered_json::array();
    for (const auto& m : hit.matches) {
      ordered_json mj;
      dom_span(mj, m);
      matches.push_back(std::move(mj));
    }
    h["matches"] = std::move(matches);
    hits.push_back(std::move(h));
  }
  j["hits"] = std::move(hits);
  ordered_json families = ordered_json::array();
  for (const auto& f : result.families)
    families.push_back(
        {{"family", f.family}, {"name", f.name}, {"raw", f.raw}, {"points", f.points}});
  j["families"] = std::move(families);
  ordered_json entities = ordered_json::array();
  for (const auto& e : result.entities) {
    ordered_json ej;
    ej["type"] = entity_type_name(e.type);
    dom_span(ej, e.span);
    ej["value"] = dom_value(e.value);
    entities.push_back(std::move(ej));
  }
  j["entities"] = std::move(entities);
  return j;
}

std::string dump(const ordered_json& j, int indent = -1) {
  return j.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

// ---- Checks

void expect_like_dom(const Result& result) {
  const ordered_json reference = dom(result);
  const std::string compact = to_json(result);
  ASSERT_EQ(compact, dump(reference));
  EXPECT_TRUE(nlohmann::json::accept(compact));
  for (const int indent : {0, 2, 4}) EXPECT_EQ(to_json(result, indent), dump(reference, indent));
}

// Offers whose spans and entity texts, copied from the original, can carry
// quotes, controls, NULs and ill-formed UTF-8 into the JSON.
std::vector<std::string> awkward_offers() {
  return {
      ""s,
      "Posao u Nemačkoj, plata 3.000 eura mesečno, smeštaj obezbeđen. Viber +381 64 123 4567"s,
      "Посао у Немачкој, плата 3.000 евра месечно, смештај и превоз обезбеђени. Пишите на Вајбер."s,
      "Work abroad!!! 💰💰 Earn $5000/week 🚀 no experience, travel paid, send 200 EUR deposit 🙏"s,
      "Quote \"easy money\" and a back\\slash: C:\\jobs\\abroad, email hr\"x\"@gmail.com"s,
      "Tabs\tand\nnewlines\r\nform\ffeed\bbell\a esc\x1b del\x7f, plata 500 eura dnevno"s,
      "NUL\0inside\0the text, uplata 200 eura unapred, pasoš zadržan"s,
      "Invalid \xff\xfe bytes \xc3\x28 and \xe2\x82 cut \xf0\x9f\x92 plata \x80 1000 eura \xed\xa0\x80"s,
      "Overlong \xc0\xaf \xe0\x80\xaf \xf0\x80\x80\xaf and past max \xf4\x90\x80\x80 \xf5\x80"s,
      "Mixed Cyrillic lookalikes: рlаtа 2000 еurа, devojke 18-25 godina, inostranstvo"s,
      "p l a t a  5 0 0 0  e u r a, z4r4d4 br20, zero\xe2\x80\x8bwidth soft\xc2\xadhyphen"s,
      "Kontakt: +49 151 23456789, whatsapp, telegram @agent, https://bit.ly/abc, PIB 123456789"s,
      "Ends in a cut sequence \xd0"s,
  };
}

TEST(JsonWriter, ScannedOffersMatchTheDom) {
  const auto engine = Engine::default_engine();
  for (const auto& text : awkward_offers()) {
    SCOPED_TRACE(text);
    expect_like_dom(engine->scan(text));
  }
}

TEST(JsonWriter, GoldenOffersMatchTheDom) {
  const auto engine = Engine::default_engine();
  std::size_t scanned = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(JOBSCREEN_TEST_DATA) / "golden")) {
    if (entry.path().extension() != ".txt") continue;
    SCOPED_TRACE(entry.path().filename().string());
    const std::string text = read_file(entry.path());
    expect_like_dom(engine->scan(text));
    // The same offer damaged: a byte cut from the middle of a sequence.
    std::string damaged = text;
    for (std::size_t i = 0; i < damaged.size(); i += 97) damaged[i] = '\xc3';
    expect_like_dom(engine->scan(damaged));
    ++scanned;
  }
  EXPECT_GT(scanned, 10u);
}

TEST(JsonWriter, EmptyResultMatchesTheDom) { expect_like_dom(Result{}); }

TextSpan span(std::string text, std::size_t start) {
  const std::size_t end = start + text.size();
  return {std::move(text), start, end, start / 2, end / 2};
}

// Every entity type and optional, every flag, nasty text in every string.
Result hand_built_result() {
  const std::string nasty = "q\"b\\s\n\t\x01\x1f\0\x7f \xff\xc3 ж 😀 \xe2\x82"s;
  Result r;
  r.score = 100;
  r.level = Level::high;
  r.flags = Flag::invalid_utf8 | Flag::mixed_script | Flag::spaced | Flag::leet | Flag::zero_width |
            Flag::truncated | Flag::degraded;
  r.hits.push_back({"fee.upfront",
                    "fee_or_debt",
                    25,
                    "Naknada " + nasty,
                    "Ne plaćajte " + nasty,
                    {span("uplata 200 eura", 118), span(nasty, 300)}});
  r.hits.push_back({"neg.contract", "good", -20, "", "", {}});  // a condition on absence
  r.hits.push_back({nasty, nasty, std::numeric_limits<int>::min(), nasty, nasty, {span("", 0)}});
  r.families.push_back({"fee_or_debt", "Naknade i dug", 40, 30});
  r.families.push_back({nasty, nasty, std::numeric_limits<int>::max(), -5});

  PayValue pay;
  pay.min = 3000;
  pay.max = 100000;
  pay.currency = "EUR";
  pay.period = PayPeriod::month;
  pay.eur_per_month_min = 3000;
  pay.eur_per_month_max = 5650.6500000000005;
  PayValue open_pay;  // no currency: no euro figures
  open_pay.min = 0.1 + 0.2;
  open_pay.max = 1e21;
  open_pay.period = PayPeriod::unknown;
  PayValue odd_pay;
  odd_pay.min = -0.0;
  odd_pay.max = std::numeric_limits<double>::quiet_NaN();
  odd_pay.period = PayPeriod::hour;
  odd_pay.eur_per_month_min = std::numeric_limits<double>::infinity();
  odd_pay.eur_per_month_max = 5e-324;
  AgeValue age;
  age.min = 18;
  age.max = 25;
  age.addressed = "women";
  AgeValue open_age;
  open_age.max = 35;
  AgeValue no_age;
  no_age.min = -1;

  const std::pair<EntityType, EntityValue> values[] = {
      {EntityType::pay, pay},
      {EntityType::pay, open_pay},
      {EntityType::pay, odd_pay},
      {EntityType::phone, PhoneValue{"+381641234567", "RS", "mobile"}},
      {EntityType::email, EmailValue{"hr\"x\"@gmail.com", "gmail.com", true}},
      {EntityType::email, EmailValue{"jobs@firma.rs", "firma.rs", false}},
      {EntityType::messenger, MessengerValue{"viber"}},
      {EntityType::url, UrlValue{"bit.ly", true}},
      {EntityType::url, UrlValue{nasty, false}},
      {EntityType::age, age},
      {EntityType::age, open_age},
      {EntityType::age, no_age},
      {EntityType::age, AgeValue{}},
      {EntityType::place, PlaceValue{"DE", "Germany", true}},
      {EntityType::place, PlaceValue{"RS", "Beograd", false}},
      {EntityType::company_id, CompanyIdValue{"pib", "123456789"}},
      {EntityType::company_id, CompanyIdValue{"address", nasty}},
  };
  std::size_t at = 0;
  for (const auto& [type, value] : values)
    r.entities.push_back({type, span(nasty, at += 40), value});
  r.entities.push_back({EntityType::phone,
                        TextSpan{"x", std::numeric_limits<std::size_t>::max(),
                                 std::numeric_limits<std::size_t>::max(), 0, 1},
                        PhoneValue{}});
  return r;
}

TEST(JsonWriter, HandBuiltResultOfEveryValueTypeMatchesTheDom) {
  expect_like_dom(hand_built_result());
}

TEST(JsonWriter, EachLevelAndPayPeriodMatchesTheDom) {
  for (const Level level : {Level::low, Level::caution, Level::high}) {
    for (const PayPeriod period : {PayPeriod::unknown, PayPeriod::hour, PayPeriod::day,
                                   PayPeriod::week, PayPeriod::month, PayPeriod::year}) {
      Result r;
      r.level = level;
      r.score = 50;
      PayValue pay;
      pay.min = 12.5;
      pay.max = 12.5;
      pay.period = period;
      r.entities.push_back({EntityType::pay, span("12,5 eura", 3), pay});
      expect_like_dom(r);
    }
  }
}

// ---- The primitives against nlohmann's serializer, value by value.

std::string nlohmann_string(const std::string& text) { return dump(ordered_json(text)); }

std::string direct_string(const std::string& text) {
  std::string out;
  detail::append_json_string(out, text);
  return out;
}

TEST(JsonWriter, EveryByteAndBytePairEscapesLikeNlohmann) {
  for (int a = 0; a < 256; ++a) {
    const std::string one(1, static_cast<char>(a));
    ASSERT_EQ(direct_string(one), nlohmann_string(one)) << "byte " << a;
    for (int b = 0; b < 256; ++b) {
      const std::string two = {static_cast<char>(a), static_cast<char>(b)};
      ASSERT_EQ(direct_string(two), nlohmann_string(two)) << "bytes " << a << " " << b;
      const std::string framed = "ab" + two + "cd";
      ASSERT_EQ(direct_string(framed), nlohmann_string(framed)) << "bytes " << a << " " << b;
    }
  }
}

TEST(JsonWriter, EveryByteAtEveryPlaceOfALongRunEscapesLikeNlohmann) {
  for (int byte = 0; byte < 256; ++byte) {
    for (std::size_t at = 0; at < 20; ++at) {
      std::string text = "0123456789abcdefghij";
      text[at] = static_cast<char>(byte);
      ASSERT_EQ(direct_string(text), nlohmann_string(text)) << "byte " << byte << " at " << at;
      text.insert(at + 1, "\xbf");  // a lead byte's continuation, or a stray one
      ASSERT_EQ(direct_string(text), nlohmann_string(text)) << "byte " << byte << " at " << at;
    }
  }
}

// The boundaries of UTF-8's byte ranges, plus ASCII and characters that are escaped.
const unsigned char kEdgeBytes[] = {0x00, 0x08, 0x0a, 0x1f, '"',  '\\', 'a',  0x7f, 0x80, 0x8f,
                                    0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1,
                                    0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};

TEST(JsonWriter, EdgeByteSequencesEscapeLikeNlohmann) {
  for (const unsigned char a : kEdgeBytes)
    for (const unsigned char b : kEdgeBytes)
      for (const unsigned char c : kEdgeBytes)
        for (const int d : {0x80, 0xbf, 0x41, 0xc3}) {
          const std::string text = {static_cast<char>(a), static_cast<char>(b),
                                    static_cast<char>(c), static_cast<char>(d)};
          ASSERT_EQ(direct_string(text), nlohmann_string(text))
              << std::hex << +a << " " << +b << " " << +c << " " << d;
        }
}

TEST(JsonWriter, RandomByteStringsEscapeLikeNlohmann) {
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> length(0, 24);
  std::uniform_int_distribution<std::size_t> edge(0, std::size(kEdgeBytes) - 1);
  std::uniform_int_distribution<int> any_byte(0, 255);
  for (int n = 0; n < 20000; ++n) {
    std::string text(length(random), ' ');
    for (char& c : text) c = static_cast<char>(n % 2 ? kEdgeBytes[edge(random)] : any_byte(random));
    ASSERT_EQ(direct_string(text), nlohmann_string(text)) << "case " << n;
  }
}

TEST(JsonWriter, ValidTextIsCopiedWithOnlyEscapesAdded) {
  EXPECT_EQ(direct_string("Посао 😀 ž"), "\"Посао 😀 ž\"");
  EXPECT_EQ(direct_string("a\"b\\c\nd\x01\0e"s), R"("a\"b\\c\nd\u0001\u0000e")");
  EXPECT_EQ(direct_string("x\xffy"), "\"x\xef\xbf\xbdy\"");
}

std::string direct_number(double value) {
  std::string out;
  detail::append_json_number(out, value);
  return out;
}

TEST(JsonWriter, DoublesAreWrittenLikeNlohmann) {
  const double limits[] = {0.0,
                           -0.0,
                           1.0,
                           -1.5,
                           0.1,
                           0.1 + 0.2,
                           1e-5,
                           0.0001,
                           123456789012345.0,
                           1e15,
                           1e16,
                           1e7,
                           100000.0,
                           5650.6500000000005,
                           1e21,
                           1e300,
                           5e-324,
                           std::numeric_limits<double>::min(),
                           std::numeric_limits<double>::max(),
                           -std::numeric_limits<double>::max(),
                           std::numeric_limits<double>::quiet_NaN(),
                           std::numeric_limits<double>::infinity(),
                           -std::numeric_limits<double>::infinity()};
  for (const double v : limits) EXPECT_EQ(direct_number(v), dump(ordered_json(v))) << v;
  // Money as the extractor computes it: amounts times period factors and rates.
  for (int amount = 1; amount < 20000; amount += 7) {
    for (const double v : {amount / 117.2, amount * 4.33, amount * 0.01 * 173.3, amount * 1.0})
      ASSERT_EQ(direct_number(v), dump(ordered_json(v))) << v;
  }
  std::mt19937_64 random(11);
  for (int n = 0; n < 20000; ++n) {
    const std::uint64_t bits = random();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    ASSERT_EQ(direct_number(v), dump(ordered_json(v))) << v;
  }
}

TEST(JsonWriter, IntegersAreWrittenLikeNlohmann) {
  const auto direct = [](auto v) {
    std::string out;
    detail::append_json_number(out, v);
    return out;
  };
  for (const int v : {0, -1, 42, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()})
    EXPECT_EQ(direct(v), dump(ordered_json(v)));
  for (const std::size_t v :
       {std::size_t{0}, std::size_t{7}, std::numeric_limits<std::size_t>::max()})
    EXPECT_EQ(direct(v), dump(ordered_json(v)));
}

// ---- append_json

TEST(JsonWriter, AppendJsonPutsTheIdFirst) {
  const Result result = hand_built_result();
  for (const ordered_json& id : {ordered_json("offer-7\n\"x\""), ordered_json(42),
                                 ordered_json(-1.5), ordered_json(nullptr)}) {
    ordered_json expected = ordered_json::object();
    expected["id"] = id;
    const ordered_json fields = dom(result);
    for (const auto& [key, value] : fields.items()) expected[key] = value;
    std::string out = "earlier record\n";
    append_json(out, result, dump(id));
    EXPECT_EQ(out, "earlier record\n" + dump(expected));
    EXPECT_TRUE(nlohmann::json::accept(out.substr(15)));
  }
}

TEST(JsonWriter, AppendJsonWithoutIdIsToJson) {
  const auto engine = Engine::default_engine();
  std::string out;
  std::string expected;
  for (const auto& text : awkward_offers()) {
    const Result result = engine->scan(text);
    append_json(out, result);
    out += '\n';
    expected += to_json(result) + '\n';
  }
  EXPECT_EQ(out, expected);
}

}  // namespace
}  // namespace jobscreen
