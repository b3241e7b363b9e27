// Tests of src/entities/phone_extractor.cpp: Serbian and foreign numbers in
// common writings, mobile or landline, and digit runs that are not phones.
#include <gtest/gtest.h>

#include <string>

#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::find_all;

struct PhoneCase {
  const char* name;
  const char* text;  // match form
  const char* span;
  const char* number;
  const char* country;
  const char* kind;
};

void PrintTo(const PhoneCase& c, std::ostream* os) { *os << c.text; }

class EntityPhoneFinds : public testing::TestWithParam<PhoneCase> {};

TEST_P(EntityPhoneFinds, TheNumberCountryAndKind) {
  const PhoneCase& c = GetParam();
  const auto found = find_all<PhoneValue>(c.text, EntityType::phone);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.number, c.number);
  EXPECT_EQ(found[0].value.country, c.country);
  EXPECT_EQ(found[0].value.kind, c.kind);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityPhoneFinds,
    testing::Values(PhoneCase{"SerbianMobileSpaced", "pozovite 064 123 4567 odmah", "064 123 4567",
                              "+381641234567", "RS", "mobile"},
                    PhoneCase{"SerbianMobileUnbroken", "tel 0651234567", "0651234567",
                              "+381651234567", "RS", "mobile"},
                    PhoneCase{"SerbianMobileDashes", "kontakt: 063-123-456.", "063-123-456",
                              "+38163123456", "RS", "mobile"},
                    PhoneCase{"SerbianMobileParentheses", "zovite (064) 123-456", "(064) 123-456",
                              "+38164123456", "RS", "mobile"},
                    PhoneCase{"PlusCountryCode", "viber +381 64 1234567", "+381 64 1234567",
                              "+381641234567", "RS", "mobile"},
                    PhoneCase{"DoubleZeroCountryCode", "tel: 00381641234567", "00381641234567",
                              "+381641234567", "RS", "mobile"},
                    PhoneCase{"WrittenTrunkZero", "+381 (0)64 123 4567", "+381 (0)64 123 4567",
                              "+381641234567", "RS", "mobile"},
                    PhoneCase{"BelgradeLandlineSlash", "fiksni 011/123-45-67", "011/123-45-67",
                              "+381111234567", "RS", "landline"},
                    PhoneCase{"NoviSadLandline", "021 456 789", "021 456 789", "+38121456789", "RS",
                              "landline"},
                    PhoneCase{"GermanMobile", "whatsapp +49 151 23456789", "+49 151 23456789",
                              "+4915123456789", "DE", "mobile"},
                    PhoneCase{"GermanLandlineWithTrunk", "buro +49 (0) 30 1234567",
                              "+49 (0) 30 1234567", "+49301234567", "DE", "landline"},
                    PhoneCase{"AustrianMobile", "+43 660 1234567", "+43 660 1234567",
                              "+436601234567", "AT", "mobile"},
                    PhoneCase{"SwissMobile", "+41 79 123 45 67", "+41 79 123 45 67", "+41791234567",
                              "CH", "mobile"},
                    PhoneCase{"CroatianMobile", "+385 91 123 4567", "+385 91 123 4567",
                              "+385911234567", "HR", "mobile"},
                    PhoneCase{"BosnianMobile", "+387 65 123 456", "+387 65 123 456", "+38765123456",
                              "BA", "mobile"},
                    PhoneCase{"MontenegrinMobile", "+382 67 123 456", "+382 67 123 456",
                              "+38267123456", "ME", "mobile"},
                    PhoneCase{"EmiratesMobile", "+971 50 123 4567", "+971 50 123 4567",
                              "+971501234567", "AE", "mobile"},
                    PhoneCase{"BritishMobileDoubleZero", "0044 7911 123456", "0044 7911 123456",
                              "+447911123456", "GB", "mobile"},
                    PhoneCase{"UnitedStatesUnknownKind", "call +1 212 555 0100", "+1 212 555 0100",
                              "+12125550100", "US", "unknown"},
                    PhoneCase{"StopsBeforeTheAmount", "064 123 4567 2000 eur", "064 123 4567",
                              "+381641234567", "RS", "mobile"}),
    [](const testing::TestParamInfo<PhoneCase>& param) { return std::string(param.param.name); });

struct NotPhoneCase {
  const char* name;
  const char* text;
};

void PrintTo(const NotPhoneCase& c, std::ostream* os) { *os << c.text; }

class EntityPhoneIgnores : public testing::TestWithParam<NotPhoneCase> {};

TEST_P(EntityPhoneIgnores, DigitRunsThatAreNotPhones) {
  const auto found = find_all<PhoneValue>(GetParam().text, EntityType::phone);
  EXPECT_TRUE(found.empty()) << GetParam().text << " -> " << found[0].span;
}

INSTANTIATE_TEST_SUITE_P(Entity, EntityPhoneIgnores,
                         testing::Values(NotPhoneCase{"Date", "pocetak 06.05.2024 godine"},
                                         NotPhoneCase{"ShortDate", "od 01.06. do 30.09.2025"},
                                         NotPhoneCase{"Amount", "plata 120.000 dinara"},
                                         NotPhoneCase{"TaxNumber", "pib 100002887"},
                                         NotPhoneCase{"RegistryNumberStartingWithZero",
                                                      "mb 07012345"},
                                         NotPhoneCase{"BankAccount", "racun 160-0000000123456-78"},
                                         NotPhoneCase{"Year", "od 2025 godine"},
                                         NotPhoneCase{"TooShortLocalNumber", "lokal 0641"},
                                         NotPhoneCase{"UnknownCountryCode", "+999 123 456 789"}),
                         [](const testing::TestParamInfo<NotPhoneCase>& param) {
                           return std::string(param.param.name);
                         });

TEST(EntityPhone, FindsEveryNumberOfAText) {
  const auto found =
      find_all<PhoneValue>("zovite 064 123 4567 ili +43 660 1234567", EntityType::phone);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value.country, "RS");
  EXPECT_EQ(found[1].value.country, "AT");
}

}  // namespace
}  // namespace jobscreen::detail
