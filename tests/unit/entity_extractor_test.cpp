// Tests of src/entities/entity_extractor.cpp: the order and uniqueness of the
// output, defaults filled in, concurrent use, and hostile input.
#include "entities/entity_extractor.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "entity_test_support.hpp"

namespace jobscreen::detail {
namespace {

using testing_support::default_extractor;
using testing_support::match_form;

constexpr const char* kOffer =
    "hitno! rad u nemackoj, plata 2.000 eur mesecno. devojke 18-25 godina. "
    "javite se na vajber +381 64 123 4567 ili t.me/poslovi, cv na posao@gmail.com, "
    "www.primer.rs, pib 100002887";

TEST(EntityExtractor, ListsEntitiesInTextOrderWithoutDuplicatesOfOneType) {
  const auto entities = default_extractor().extract(match_form(kOffer));
  ASSERT_GE(entities.size(), 10u);
  for (std::size_t i = 1; i < entities.size(); ++i) {
    EXPECT_LE(entities[i - 1].begin, entities[i].begin);
    const bool same = entities[i - 1].type == entities[i].type &&
                      entities[i - 1].begin == entities[i].begin &&
                      entities[i - 1].end == entities[i].end;
    EXPECT_FALSE(same) << "entity " << i << " repeats";
  }
}

TEST(EntityExtractor, FindsEveryTypeOfAnOffer) {
  const auto entities = default_extractor().extract(match_form(kOffer));
  std::vector<int> seen(8, 0);
  for (const auto& e : entities) ++seen[static_cast<std::size_t>(e.type)];
  for (EntityType type :
       {EntityType::pay, EntityType::phone, EntityType::email, EntityType::messenger,
        EntityType::url, EntityType::age, EntityType::place, EntityType::company_id})
    EXPECT_GT(seen[static_cast<std::size_t>(type)], 0) << static_cast<int>(type);
}

TEST(EntityExtractor, SpansStayInsideTheText) {
  const std::string text = kOffer;
  for (const auto& e : default_extractor().extract(match_form(text))) {
    EXPECT_LT(e.begin, e.end);
    EXPECT_LE(e.end, text.size());
  }
}

TEST(EntityExtractor, FillsInTheDefaultsOfEmptySettings) {
  const EntitySettings& settings = default_extractor().settings();
  EXPECT_DOUBLE_EQ(settings.eur_per_unit.at("EUR"), 1.0);
  EXPECT_DOUBLE_EQ(settings.eur_per_unit.at("RSD"), 0.0085);
  EXPECT_DOUBLE_EQ(settings.hours_per_month, 173.0);
  EXPECT_FALSE(settings.free_mail_domains.empty());
  EXPECT_FALSE(settings.shortener_domains.empty());
}

TEST(EntityExtractor, GivesTheSameResultsFromManyThreads) {
  const auto expected = default_extractor().extract(match_form(kOffer));
  std::vector<std::size_t> counts(4, 0);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < counts.size(); ++t) {
    threads.emplace_back([&counts, t] {
      for (int i = 0; i < 200; ++i)
        counts[t] = default_extractor().extract(match_form(kOffer)).size();
    });
  }
  for (auto& thread : threads) thread.join();
  for (std::size_t count : counts) EXPECT_EQ(count, expected.size());
}

struct HostileCase {
  const char* name;
  std::string text;
};

TEST(EntityExtractor, NeverFailsOnHostileText) {
  const std::vector<HostileCase> cases = {
      {"Empty", ""},
      {"OnlyDigits", std::string(5000, '7')},
      {"DigitsAndSeparators", std::string(3000, '0') + "-/.,+() " + std::string(100, '9')},
      {"DotsAndAts", std::string(2000, '.') + std::string(2000, '@')},
      {"Invalid UTF-8", "\xff\xfe\xc3 plata 100 eur \xe2\x82"},
      {"TrailingPlus", "pozovite +"},
      {"TrailingCurrency", "plata eur"},
      {"RangeAtTheEnd", "plata 1500-"},
      {"ParenthesisGluedToANumber", "1(0plata"},
  };
  for (const auto& c : cases) {
    EXPECT_NO_THROW({
      const auto entities = default_extractor().extract(match_form(c.text));
      for (const auto& e : entities) EXPECT_LE(e.end, c.text.size()) << c.name;
    }) << c.name;
  }
}

}  // namespace
}  // namespace jobscreen::detail
