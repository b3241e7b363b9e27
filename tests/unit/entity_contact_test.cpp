// Tests of src/entities/contact_extractor.cpp and messenger_extractor.cpp:
// e-mail addresses, links, link shorteners and messaging apps in every spelling.
#include <gtest/gtest.h>

#include <string>

#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::find_all;

struct EmailCase {
  const char* name;
  const char* text;
  const char* span;
  const char* domain;
  bool free_mail;
};

void PrintTo(const EmailCase& c, std::ostream* os) { *os << c.text; }

class EntityEmailFinds : public testing::TestWithParam<EmailCase> {};

TEST_P(EntityEmailFinds, TheAddressDomainAndFreeMail) {
  const EmailCase& c = GetParam();
  const auto found = find_all<EmailValue>(c.text, EntityType::email);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.address, c.span);
  EXPECT_EQ(found[0].value.domain, c.domain);
  EXPECT_EQ(found[0].value.free_mail, c.free_mail);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityEmailFinds,
    testing::Values(EmailCase{"Gmail", "cv na posao.nemacka@gmail.com.", "posao.nemacka@gmail.com",
                              "gmail.com", true},
                    EmailCase{"CompanyDomain", "prijave: hr@firma-doo.rs", "hr@firma-doo.rs",
                              "firma-doo.rs", false},
                    EmailCase{"MailRu", "pisite na rabota_2025@mail.ru", "rabota_2025@mail.ru",
                              "mail.ru", true},
                    EmailCase{"SubdomainOfFreeMailProvider", "send to jobs@yahoo.co.uk today",
                              "jobs@yahoo.co.uk", "yahoo.co.uk", true}),
    [](const testing::TestParamInfo<EmailCase>& param) { return std::string(param.param.name); });

TEST(EntityEmail, IgnoresAnAtSignWithoutDomain) {
  EXPECT_TRUE(find_all<EmailValue>("pisite @ nama ili posao@firma", EntityType::email).empty());
}

TEST(EntityEmail, APackListReplacesTheFreeMailDefaults) {
  EntitySettings settings;
  settings.free_mail_domains = {"firma.rs"};
  const EntityExtractor extractor(settings);
  const auto found = find_all<EmailValue>("a@firma.rs b@gmail.com", EntityType::email, extractor);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].value.free_mail);
  EXPECT_FALSE(found[1].value.free_mail);
}

TEST(EntityEmail, WordsInsideTheAddressAreNotPlacesOrApps) {
  const char* text = "posao.nemacka.viber@gmail.com";
  EXPECT_TRUE(find_all<PlaceValue>(text, EntityType::place).empty());
  EXPECT_TRUE(find_all<MessengerValue>(text, EntityType::messenger).empty());
}

struct UrlCase {
  const char* name;
  const char* text;
  const char* span;
  const char* domain;
  bool shortener;
};

void PrintTo(const UrlCase& c, std::ostream* os) { *os << c.text; }

class EntityUrlFinds : public testing::TestWithParam<UrlCase> {};

TEST_P(EntityUrlFinds, TheLinkDomainAndShortener) {
  const UrlCase& c = GetParam();
  const auto found = find_all<UrlValue>(c.text, EntityType::url);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.domain, c.domain);
  EXPECT_EQ(found[0].value.shortener, c.shortener);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityUrlFinds,
    testing::Values(UrlCase{"HttpsWithPath", "prijava: https://firma.rs/posao?id=3.",
                            "https://firma.rs/posao?id=3", "firma.rs", false},
                    UrlCase{"Www", "vise na www.posao-nemacka.de", "www.posao-nemacka.de",
                            "posao-nemacka.de", false},
                    UrlCase{"BareDomainWithKnownTld", "sajt poslovi.com za vise", "poslovi.com",
                            "poslovi.com", false},
                    UrlCase{"Shortener", "klikni bit.ly/3xyz", "bit.ly/3xyz", "bit.ly", true},
                    UrlCase{"HttpShortener", "http://tinyurl.com/abc", "http://tinyurl.com/abc",
                            "tinyurl.com", true}),
    [](const testing::TestParamInfo<UrlCase>& param) { return std::string(param.param.name); });

TEST(EntityUrl, AbbreviationsAndNumbersAreNotLinks) {
  EXPECT_TRUE(find_all<UrlValue>("firma d.o.o. trazi, plata 1.500 eur, tj. odmah, npr. sutra",
                                 EntityType::url)
                  .empty());
}

TEST(EntityUrl, APackListReplacesTheShortenerDefaults) {
  EntitySettings settings;
  settings.shortener_domains = {"kratko.rs"};
  const EntityExtractor extractor(settings);
  const auto found = find_all<UrlValue>("kratko.rs/a bit.ly/b", EntityType::url, extractor);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].value.shortener);
  EXPECT_FALSE(found[1].value.shortener);
}

struct MessengerCase {
  const char* name;
  const char* text;
  const char* span;
  const char* app;
};

void PrintTo(const MessengerCase& c, std::ostream* os) { *os << c.text; }

class EntityMessengerFinds : public testing::TestWithParam<MessengerCase> {};

TEST_P(EntityMessengerFinds, TheAppInAnySpelling) {
  const MessengerCase& c = GetParam();
  const auto found = find_all<MessengerValue>(c.text, EntityType::messenger);
  ASSERT_EQ(found.size(), 1u) << c.text;
  EXPECT_EQ(found[0].span, c.span);
  EXPECT_EQ(found[0].value.app, c.app);
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityMessengerFinds,
    testing::Values(
        MessengerCase{"ViberLatin", "javite se na viber", "viber", "viber"},
        MessengerCase{"ViberFromCyrillic", "javite se na vajber", "vajber", "viber"},
        MessengerCase{"ViberLocative", "pisite nam na viberu", "viberu", "viber"},
        MessengerCase{"WhatsAppTwoWords", "kontakt whats app", "whats app", "whatsapp"},
        MessengerCase{"WhatsAppFromCyrillic", "pisite na vocap", "vocap", "whatsapp"},
        MessengerCase{"WhatsAppPhonetic", "samo watsap poruke", "watsap", "whatsapp"},
        MessengerCase{"WaBeforeAPhone", "wa 064 123 4567", "wa", "whatsapp"},
        MessengerCase{"WaWithColon", "wa: sutra", "wa", "whatsapp"},
        MessengerCase{"WaAfterNa", "pisite na wa", "wa", "whatsapp"},
        MessengerCase{"Telegram", "kanal na telegramu", "telegramu", "telegram"},
        MessengerCase{"TgWithColon", "tg: @poslovi", "tg", "telegram"},
        MessengerCase{"SignalAfterNa", "javite se na signal", "signal", "signal"},
        MessengerCase{"Instagram", "poruka na instagram", "instagram", "instagram"},
        MessengerCase{"Insta", "dm na insta profil", "insta", "instagram"},
        MessengerCase{"Inbox", "posaljite poruku u inbox", "inbox", "facebook"},
        MessengerCase{"FacebookMessenger", "pisite na messenger", "messenger", "facebook"},
        MessengerCase{"TelegramLink", "grupa t.me/poslovi_de", "t.me/poslovi_de", "telegram"},
        MessengerCase{"WhatsAppLink", "klik wa.me/381641234567", "wa.me/381641234567", "whatsapp"}),
    [](const testing::TestParamInfo<MessengerCase>& param) {
      return std::string(param.param.name);
    });

struct NotMessengerCase {
  const char* name;
  const char* text;
};

void PrintTo(const NotMessengerCase& c, std::ostream* os) { *os << c.text; }

class EntityMessengerIgnores : public testing::TestWithParam<NotMessengerCase> {};

TEST_P(EntityMessengerIgnores, ShortWordsOutsideContactContext) {
  const auto found = find_all<MessengerValue>(GetParam().text, EntityType::messenger);
  EXPECT_TRUE(found.empty()) << GetParam().text << " -> " << found[0].span;
}

INSTANTIATE_TEST_SUITE_P(
    Entity, EntityMessengerIgnores,
    testing::Values(NotMessengerCase{"SignalAsANoun", "zeleni signal za pocetak rada"},
                    NotMessengerCase{"WaAsAStateCode", "office in seattle wa usa"},
                    NotMessengerCase{"IgInsideText", "ig nobel prize"},
                    NotMessengerCase{"ViberInsideAWord", "vibration tools"}),
    [](const testing::TestParamInfo<NotMessengerCase>& param) {
      return std::string(param.param.name);
    });

TEST(EntityMessenger, ALinkIsBothAUrlAndAMessengerWithTheSameSpan) {
  const auto urls = find_all<UrlValue>("t.me/posao", EntityType::url);
  const auto apps = find_all<MessengerValue>("t.me/posao", EntityType::messenger);
  ASSERT_EQ(urls.size(), 1u);
  ASSERT_EQ(apps.size(), 1u);
  EXPECT_EQ(urls[0].span, apps[0].span);
}

}  // namespace
}  // namespace jobscreen::detail
