// Tests of src/entities/place_gazetteer.cpp: countries and cities in every
// case, ekavian and ijekavian, Croatian/Bosnian and English forms.
#include <gtest/gtest.h>

#include <string>

#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::find_all;

struct PlaceCase {
  const char* name;
  const char* text;  // match form (Cyrillic input arrives transliterated)
  const char* span;
  const char* country;
  const char* place;
  bool abroad;
};

void PrintTo(const PlaceCase& c, std::ostream* os) { *os << c.text; }

class EntityPlaceFinds : public testing::TestWithParam<PlaceCase> {};

TEST_P(EntityPlaceFinds, TheCountryNameAndAbroad) {
  const PlaceCase& c = GetParam();
  const auto found = find_all<PlaceValue>(c.text, EntityType::place);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.country, c.country);
  EXPECT_EQ(found[0].value.name, c.place);
  EXPECT_EQ(found[0].value.abroad, c.abroad);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityPlaceFinds,
    testing::Values(
        PlaceCase{"GermanyNominative", "posao nemacka", "nemacka", "DE", "Germany", true},
        PlaceCase{"GermanyLocative", "rad u nemackoj", "nemackoj", "DE", "Germany", true},
        PlaceCase{"GermanyAccusative", "putujemo za nemacku", "nemacku", "DE", "Germany", true},
        PlaceCase{"GermanyIjekavian", "posao u njemackoj", "njemackoj", "DE", "Germany", true},
        PlaceCase{"GermanyEnglish", "work in germany", "germany", "DE", "Germany", true},
        PlaceCase{"ViennaLocative", "posao u becu", "becu", "AT", "Vienna", true},
        PlaceCase{"ViennaEnglish", "hotel in vienna", "vienna", "AT", "Vienna", true},
        PlaceCase{"AustriaGenitive", "iz austrije", "austrije", "AT", "Austria", true},
        PlaceCase{"SwitzerlandSerbian", "rad u svajcarskoj", "svajcarskoj", "CH", "Switzerland",
                  true},
        PlaceCase{"SwitzerlandCroatian", "rad u svicarskoj", "svicarskoj", "CH", "Switzerland",
                  true},
        PlaceCase{"MunichLocative", "u minhenu", "minhenu", "DE", "Munich", true},
        PlaceCase{"DubaiLocative", "posao u dubaiju", "dubaiju", "AE", "Dubai", true},
        PlaceCase{"MaltaLocative", "kazino na malti", "malti", "MT", "Malta", true},
        PlaceCase{"NetherlandsLocative", "staklenik u holandiji", "holandiji", "NL", "Netherlands",
                  true},
        PlaceCase{"NetherlandsCroatian", "rad u nizozemskoj", "nizozemskoj", "NL", "Netherlands",
                  true},
        PlaceCase{"MontenegroTwoWords", "sezona u crnoj gori", "crnoj gori", "ME", "Montenegro",
                  true},
        PlaceCase{"BanjaLukaTwoWords", "u banja luci", "banja luci", "BA", "Banja Luka", true},
        PlaceCase{"Qatar", "gradiliste u kataru", "kataru", "QA", "Qatar", true},
        PlaceCase{"UnitedKingdomEnglish", "jobs in the uk", "uk", "GB", "United Kingdom", true},
        PlaceCase{"BelgradeIsNotAbroad", "firma iz beograda", "beograda", "RS", "Belgrade", false},
        PlaceCase{"NoviSadIsOnePlace", "posao novi sad", "novi sad", "RS", "Novi Sad", false},
        PlaceCase{"NisLocativeAsAPhrase", "radnja u nisu", "u nisu", "RS", "Nis", false},
        PlaceCase{"SerbiaInstrumental", "van srbije", "srbije", "RS", "Serbia", false}),
    [](const testing::TestParamInfo<PlaceCase>& param) { return std::string(param.param.name); });

struct NotPlaceCase {
  const char* name;
  const char* text;
};

void PrintTo(const NotPlaceCase& c, std::ostream* os) { *os << c.text; }

class EntityPlaceIgnores : public testing::TestWithParam<NotPlaceCase> {};

TEST_P(EntityPlaceIgnores, WordsThatOnlyLookLikePlaces) {
  const auto found = find_all<PlaceValue>(GetParam().text, EntityType::place);
  EXPECT_TRUE(found.empty()) << GetParam().text << " -> " << found[0].span;
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityPlaceIgnores,
    testing::Values(NotPlaceCase{"AbroadIsNotAPlace", "posao u inozemstvu i inostranstvu"},
                    NotPlaceCase{"NisuMeansAreNot", "uslovi nisu losi"},
                    NotPlaceCase{"SadMeansNow", "javite se sad"},
                    NotPlaceCase{"PartOfALongerWord", "nemackog jezika znanje, becar"},
                    NotPlaceCase{"FirstName", "kontakt osoba milan"},
                    NotPlaceCase{"Threshold", "na pragu uspeha"},
                    NotPlaceCase{"Language", "znanje na nemackom jeziku"}),
    [](const testing::TestParamInfo<NotPlaceCase>& param) {
      return std::string(param.param.name);
    });

TEST(EntityPlace, FindsEveryPlaceInTextOrder) {
  const auto found =
      find_all<PlaceValue>("iz beograda za bec, pa u nemacku i holandiju", EntityType::place);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].value.name, "Belgrade");
  EXPECT_EQ(found[1].value.name, "Vienna");
  EXPECT_EQ(found[2].value.name, "Germany");
  EXPECT_EQ(found[3].value.name, "Netherlands");
}

}  // namespace
}  // namespace jobscreen::detail
