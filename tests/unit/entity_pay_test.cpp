// Tests of src/entities/pay_extractor.cpp: amounts, currencies, periods,
// ranges, EUR per month, look-alikes that are not pay, and pack overrides.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::find_all;

constexpr double kNone = -1;  // no EUR figure expected

// Plain C strings: GCC 12 warns falsely about aggregates of std::string in testing::Values.
struct PayCase {
  const char* name;
  const char* text;  // match form
  const char* span;
  double min;
  double max;
  const char* currency;
  PayPeriod period;
  double eur_min;
  double eur_max;
};

void PrintTo(const PayCase& c, std::ostream* os) { *os << c.text; }

class EntityPayFinds : public testing::TestWithParam<PayCase> {};

TEST_P(EntityPayFinds, TheAmountCurrencyPeriodAndMonthlyEuros) {
  const PayCase& c = GetParam();
  const auto found = find_all<PayValue>(c.text, EntityType::pay);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  const PayValue& pay = found[0].value;
  EXPECT_DOUBLE_EQ(pay.min, c.min);
  EXPECT_DOUBLE_EQ(pay.max, c.max);
  EXPECT_EQ(pay.currency, c.currency);
  EXPECT_EQ(pay.period, c.period);
  if (c.eur_min == kNone) {
    EXPECT_FALSE(pay.eur_per_month_min.has_value());
    EXPECT_FALSE(pay.eur_per_month_max.has_value());
  } else {
    ASSERT_TRUE(pay.eur_per_month_min.has_value());
    ASSERT_TRUE(pay.eur_per_month_max.has_value());
    EXPECT_NEAR(*pay.eur_per_month_min, c.eur_min, 0.01);
    EXPECT_NEAR(*pay.eur_per_month_max, c.eur_max, 0.01);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityPayFinds,
    testing::Values(PayCase{"DottedRangeWithEuroAfter", "plata 1.500-2.000 eur mesecno, javite se",
                            "1.500-2.000 eur", 1500, 2000, "EUR", PayPeriod::month, 1500, 2000},
                    PayCase{"GluedE", "zarada 3000e mesecno", "3000e", 3000, 3000, "EUR",
                            PayPeriod::month, 3000, 3000},
                    PayCase{"EuroSignBeforeGlued", "plata eur2.500 mesecno", "eur2.500", 2500, 2500,
                            "EUR", PayPeriod::month, 2500, 2500},
                    PayCase{"EuroWordBefore", "nudimo eur 2.500 neto", "eur 2.500", 2500, 2500,
                            "EUR", PayPeriod::unknown, 2500, 2500},
                    PayCase{"EvraAfter", "2500 evra mesecno", "2500 evra", 2500, 2500, "EUR",
                            PayPeriod::month, 2500, 2500},
                    PayCase{"DinarsPerHour", "300 din po satu", "300 din", 300, 300, "RSD",
                            PayPeriod::hour, 441.15, 441.15},
                    PayCase{"DollarsPerWeekWithSlash", "earn $500/week from home", "$500", 500, 500,
                            "USD", PayPeriod::week, 1991.8, 1991.8},
                    PayCase{"ThousandsSuffixWithoutCurrency", "plata 5k", "5k", 5000, 5000, "",
                            PayPeriod::month, kNone, kNone},
                    PayCase{"UpperBoundIsBothEnds", "zarada do 4000 eur", "4000 eur", 4000, 4000,
                            "EUR", PayPeriod::unknown, 4000, 4000},
                    PayCase{"OdDoRange", "primanja od 1500 do 2000 evra", "1500 do 2000 evra", 1500,
                            2000, "EUR", PayPeriod::unknown, 1500, 2000},
                    PayCase{"EnglishCommaThousands", "3,000 usd per month", "3,000 usd", 3000, 3000,
                            "USD", PayPeriod::month, 2760, 2760},
                    PayCase{"DollarAnHour", "salary $15 an hour", "$15", 15, 15, "USD",
                            PayPeriod::hour, 2387.4, 2387.4},
                    PayCase{"PeriodWordBefore", "dnevnica 50 eur", "50 eur", 50, 50, "EUR",
                            PayPeriod::day, 1085, 1085},
                    PayCase{"DinarsDotted", "plata 120.000 dinara", "120.000 dinara", 120000,
                            120000, "RSD", PayPeriod::month, 1020, 1020},
                    PayCase{"SpaceThousandsFrancsWeekly", "zarada 1 500 chf nedeljno", "1 500 chf",
                            1500, 1500, "CHF", PayPeriod::week, 6819.75, 6819.75},
                    PayCase{"BosnianMarksIjekavian", "placa 2000 km mjesecno", "2000 km", 2000,
                            2000, "BAM", PayPeriod::month, 1022, 1022},
                    PayCase{"PoundsYearly", "60.000 gbp godisnje", "60.000 gbp", 60000, 60000,
                            "GBP", PayPeriod::year, 5850, 5850},
                    PayCase{"ThousandsSuffixOnBothEnds", "plata 2-3k eur", "2-3k eur", 2000, 3000,
                            "EUR", PayPeriod::month, 2000, 3000},
                    PayCase{"DecimalThousands", "earn 2.5k usd weekly", "2.5k usd", 2500, 2500,
                            "USD", PayPeriod::week, 9959, 9959},
                    PayCase{"CurrencyBeforeBothEnds", "earn $500 - $1,000 weekly", "$500 - $1,000",
                            500, 1000, "USD", PayPeriod::week, 1991.8, 3983.6},
                    PayCase{"LowerEndInThousands", "sales managers $80-$130,000/yr", "$80-$130,000",
                            80000, 130000, "USD", PayPeriod::year, 6133.33, 9966.67},
                    PayCase{"RangeWithoutDash", "okvirna plata 40.000 60.000 rsd",
                            "40.000 60.000 rsd", 40000, 60000, "RSD", PayPeriod::month, 340, 510},
                    PayCase{"SpacedE", "pocetna plata 2200 e bruto", "2200 e", 2200, 2200, "EUR",
                            PayPeriod::month, 2200, 2200},
                    PayCase{"DecimalComma", "satnica 7,50 eur", "7,50 eur", 7.5, 7.5, "EUR",
                            PayPeriod::hour, 1297.5, 1297.5}),
    [](const testing::TestParamInfo<PayCase>& param) { return std::string(param.param.name); });

struct NotPayCase {
  const char* name;
  const char* text;
};

void PrintTo(const NotPayCase& c, std::ostream* os) { *os << c.text; }

class EntityPayIgnores : public testing::TestWithParam<NotPayCase> {};

TEST_P(EntityPayIgnores, NumbersThatAreNotPay) {
  const auto found = find_all<PayValue>(GetParam().text, EntityType::pay);
  EXPECT_TRUE(found.empty()) << GetParam().text << " -> " << found[0].span;
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityPayIgnores,
    testing::Values(NotPayCase{"Date", "plata redovna, rok za prijavu 12.05.2024"},
                    NotPayCase{"WorkingHours", "radno vreme 08-16h, plata po dogovoru"},
                    NotPayCase{"TimeRange", "plata redovna, smena od 8 do 16h"},
                    NotPayCase{"Year", "plata redovna, firma osnovana 2024 godine"},
                    NotPayCase{"Postcode", "plata redovna, adresa 11000 beograd"},
                    NotPayCase{"Phone", "plata redovna, telefon 064 123 4567"},
                    NotPayCase{"PriceWithoutPayContext", "prodajem bicikl 150, malo koriscen"},
                    NotPayCase{"CountOfWorkers", "potrebno 20 radnika, plata dobra"},
                    NotPayCase{"AgeRange", "plata dobra, radnici od 18 do 30 godina"},
                    NotPayCase{"Percent", "plata dobra, popust 20%"},
                    NotPayCase{"FeeIsNotPay", "pre polaska uplatite 300 eur za vizu"},
                    NotPayCase{"KilometresWithoutPayWord", "posao je 50 km od grada"},
                    NotPayCase{"ThirteenthSalary", "bonusi i 13 plata"},
                    NotPayCase{"DayOfTheMonth", "isplata zarade do 10 u mesecu"},
                    NotPayCase{"RetirementPlan", "weekly pay, paid holidays, 401k"},
                    NotPayCase{"CompanySize", "plata redovna, promet eur 2 miliona"}),
    [](const testing::TestParamInfo<NotPayCase>& param) { return std::string(param.param.name); });

TEST(EntityPay, ABareNumberAfterAnotherAmountIsNotPay) {
  const auto found = find_all<PayValue>("salary 25 eur daily, 26 28 days", EntityType::pay);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span, "25 eur");
}

TEST(EntityPay, FindsEveryAmountInTextOrder) {
  const auto found =
      find_all<PayValue>("plata 1000 eur bruto, 850 neto, smestaj 200 eur", EntityType::pay);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].span, "1000 eur");
  EXPECT_EQ(found[1].span, "850");
}

TEST(EntityPaySettings, ACustomRateChangesEurosPerMonth) {
  EntitySettings settings;
  settings.eur_per_unit["RSD"] = 0.01;
  const EntityExtractor extractor(settings);
  const auto found = find_all<PayValue>("300 din po satu", EntityType::pay, extractor);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NEAR(*found[0].value.eur_per_month_max, 300 * 0.01 * 173, 0.01);
}

TEST(EntityPaySettings, CustomHoursPerMonthChangeEurosPerMonth) {
  EntitySettings settings;
  settings.hours_per_month = 160;
  const EntityExtractor extractor(settings);
  const auto found = find_all<PayValue>("satnica 10 eur", EntityType::pay, extractor);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NEAR(*found[0].value.eur_per_month_max, 1600, 0.01);
}

TEST(EntityPaySettings, APackRateKeepsTheOtherDefaultRates) {
  EntitySettings settings;
  settings.eur_per_unit["RSD"] = 0.01;
  const EntityExtractor extractor(settings);
  EXPECT_DOUBLE_EQ(extractor.settings().eur_per_unit.at("USD"), 0.92);
  EXPECT_DOUBLE_EQ(extractor.settings().eur_per_unit.at("RSD"), 0.01);
}

TEST(EntityPaySettings, AnUnknownCurrencyRateLeavesEurosEmpty) {
  const auto found = find_all<PayValue>("plata 1500 mesecno", EntityType::pay);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.currency, "");
  EXPECT_FALSE(found[0].value.eur_per_month_max.has_value());
}

}  // namespace
}  // namespace jobscreen::detail
