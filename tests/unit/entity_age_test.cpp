// Tests of src/entities/age_extractor.cpp: age limits and ranges, who is
// addressed, and numbers that are not ages (hours, experience, amounts).
#include <gtest/gtest.h>

#include <string>

#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::find_all;

constexpr int kOpen = -1;  // no bound expected

struct AgeCase {
  const char* name;
  const char* text;  // match form
  const char* span;
  int min;
  int max;
  const char* addressed;
};

void PrintTo(const AgeCase& c, std::ostream* os) { *os << c.text; }

class EntityAgeFinds : public testing::TestWithParam<AgeCase> {};

TEST_P(EntityAgeFinds, TheBoundsAndWhoIsAddressed) {
  const AgeCase& c = GetParam();
  const auto found = find_all<AgeValue>(c.text, EntityType::age);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.min.value_or(kOpen), c.min);
  EXPECT_EQ(found[0].value.max.value_or(kOpen), c.max);
  EXPECT_EQ(found[0].value.addressed, c.addressed);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityAgeFinds,
    testing::Values(
        AgeCase{"DashRangeWithGodina", "devojke 18-25 godina za rad", "18-25", 18, 25, "women"},
        AgeCase{"OdDoRange", "trazimo hostese od 18 do 30 godina", "18 do 30", 18, 30, "women"},
        AgeCase{"IjekavianGirls", "djevojke od 18 do 30 godina", "18 do 30", 18, 30, "women"},
        AgeCase{"UpperBoundWithGodina", "zene do 30 godina", "30", kOpen, 30, "women"},
        AgeCase{"StarostiDo", "radnici starosti do 35", "35", kOpen, 35, ""},
        AgeCase{"IzmedjuI", "momci izmedju 18 i 25 godina", "18 i 25", 18, 25, "men"},
        AgeCase{"EnglishAgeRange", "age 18-25, girls welcome", "18-25", 18, 25, "women"},
        AgeCase{"EnglishAgedTo", "ladies aged 18 to 25", "18 to 25", 18, 25, "women"},
        AgeCase{"EnglishUnder", "models under 30", "30", kOpen, 30, ""},
        AgeCase{"Plus", "samo 18+ osobe", "18+", 18, kOpen, ""},
        AgeCase{"MladjeOd", "devojke mladje od 30", "30", kOpen, 30, "women"},
        AgeCase{"PrekoGodina", "muskarci preko 18 godina", "18", 18, kOpen, "men"},
        AgeCase{"BothSexesAddressNobody", "devojke i momci 18-30 godina", "18-30", 18, 30, ""}),
    [](const testing::TestParamInfo<AgeCase>& param) { return std::string(param.param.name); });

struct NotAgeCase {
  const char* name;
  const char* text;
};

void PrintTo(const NotAgeCase& c, std::ostream* os) { *os << c.text; }

class EntityAgeIgnores : public testing::TestWithParam<NotAgeCase> {};

TEST_P(EntityAgeIgnores, NumbersThatAreNotAges) {
  const auto found = find_all<AgeValue>(GetParam().text, EntityType::age);
  EXPECT_TRUE(found.empty()) << GetParam().text << " -> " << found[0].span;
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityAgeIgnores,
    testing::Values(NotAgeCase{"WorkingHours", "radno vreme 8-16h"},
                    NotAgeCase{"WorkingHoursOdDo", "smena od 8 do 16h"},
                    NotAgeCase{"HoursRange", "rad od 14 do 22 casova"},
                    NotAgeCase{"Experience", "iskustvo 15-20 godina iskustva"},
                    NotAgeCase{"ExperienceEnglish", "over 20 years of experience"},
                    NotAgeCase{"Amount", "plata do 30 000 dinara"},
                    NotAgeCase{"Year", "od 2025 godine"},
                    NotAgeCase{"Minutes", "under 30 minutes from the city"},
                    NotAgeCase{"Date", "pocetak 18.25 godine"},
                    NotAgeCase{"CompanyHistory", "firma posluje preko 40 godina"},
                    NotAgeCase{"CompanyHistoryVise", "vise od 20 godina tradicije"},
                    NotAgeCase{"DaysOfLeave", "odmor 24+ radna dana"}),
    [](const testing::TestParamInfo<NotAgeCase>& param) { return std::string(param.param.name); });

}  // namespace
}  // namespace jobscreen::detail
