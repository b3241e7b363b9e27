// Tests of src/entities/company_id_extractor.cpp: PIB (with its check digit),
// matični broj, registration and licence numbers, and street addresses.
#include <gtest/gtest.h>

#include <string>

#include "entities/company_id_extractor.hpp"
#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::find_all;

struct CompanyIdCase {
  const char* name;
  const char* text;  // match form
  const char* span;
  const char* kind;
  const char* value;
};

void PrintTo(const CompanyIdCase& c, std::ostream* os) { *os << c.text; }

class EntityCompanyIdFinds : public testing::TestWithParam<CompanyIdCase> {};

TEST_P(EntityCompanyIdFinds, TheKindAndValue) {
  const CompanyIdCase& c = GetParam();
  const auto found = find_all<CompanyIdValue>(c.text, EntityType::company_id);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.kind, c.kind);
  EXPECT_EQ(found[0].value.value, c.value);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityCompanyIdFinds,
    testing::Values(
        CompanyIdCase{"Pib", "firma doo, pib 100002887", "pib 100002887", "pib", "100002887"},
        CompanyIdCase{"PibWithColon", "pib: 104052135, beograd", "pib: 104052135", "pib",
                      "104052135"},
        CompanyIdCase{"MaticniBroj", "maticni broj 07012345", "maticni broj 07012345", "mb",
                      "07012345"},
        CompanyIdCase{"Mb", "mb: 20123456", "mb: 20123456", "mb", "20123456"},
        CompanyIdCase{"LicenceNumber", "agencija ima licencu broj 022-00-00123/2019",
                      "licencu broj 022-00-00123/2019", "registration", "022-00-00123/2019"},
        CompanyIdCase{"RegistrationNumberEnglish", "company number 12345678",
                      "company number 12345678", "registration", "12345678"},
        CompanyIdCase{"RegBr", "reg. br. bd 12345/2020", "reg. br. bd 12345/2020", "registration",
                      "bd 12345/2020"},
        CompanyIdCase{"StreetWithUlica", "adresa: ulica kneza milosa 12, beograd",
                      "ulica kneza milosa 12", "address", "ulica kneza milosa 12"},
        CompanyIdCase{"StreetAbbreviated", "kancelarija ul. njegoseva 5a", "ul. njegoseva 5a",
                      "address", "ul. njegoseva 5a"},
        CompanyIdCase{"Boulevard", "sediste bulevar oslobodjenja 100", "bulevar oslobodjenja 100",
                      "address", "bulevar oslobodjenja 100"},
        CompanyIdCase{"NoNumber", "nalazimo se knez mihailova bb", "knez mihailova bb", "address",
                      "knez mihailova bb"},
        CompanyIdCase{"EnglishStreet", "office at 123 main street", "123 main street", "address",
                      "123 main street"}),
    [](const testing::TestParamInfo<CompanyIdCase>& param) {
      return std::string(param.param.name);
    });

struct NotCompanyIdCase {
  const char* name;
  const char* text;
};

void PrintTo(const NotCompanyIdCase& c, std::ostream* os) { *os << c.text; }

class EntityCompanyIdIgnores : public testing::TestWithParam<NotCompanyIdCase> {};

TEST_P(EntityCompanyIdIgnores, LookAlikesThatAreNotIdentifiers) {
  const auto found = find_all<CompanyIdValue>(GetParam().text, EntityType::company_id);
  EXPECT_TRUE(found.empty()) << GetParam().text << " -> " << found[0].span;
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityCompanyIdIgnores,
    testing::Values(NotCompanyIdCase{"PibWithWrongCheckDigit", "pib 100002888"},
                    NotCompanyIdCase{"PibTooShort", "pib 1234567"},
                    NotCompanyIdCase{"DrivingLicenceCategory", "vozacka licenca b kategorije"},
                    NotCompanyIdCase{"StreetWithoutNumber", "ulica je mirna"},
                    NotCompanyIdCase{"NoLabel", "broj 100002887"}),
    [](const testing::TestParamInfo<NotCompanyIdCase>& param) {
      return std::string(param.param.name);
    });

TEST(EntityCompanyIdPib, AcceptsOnlyTheMod11CheckDigit) {
  EXPECT_TRUE(is_valid_pib("100002887"));
  EXPECT_FALSE(is_valid_pib("100002880"));
  EXPECT_FALSE(is_valid_pib("10000288"));
  EXPECT_FALSE(is_valid_pib("10000288x"));
}

}  // namespace
}  // namespace jobscreen::detail
