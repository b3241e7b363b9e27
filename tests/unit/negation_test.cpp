#include "score/negation.hpp"

#include <gtest/gtest.h>

#include <string>

namespace jobscreen::detail {
namespace {

// Whether the match of `phrase` inside the match form `form` is negated.
bool negated(const std::string& form, const std::string& phrase) {
  const auto at = form.find(phrase);
  EXPECT_NE(at, std::string::npos) << phrase;
  return negated_at(form, static_cast<std::uint32_t>(at));
}

TEST(Negation, ANegatingWordRightBeforeTheMatchNegatesIt) {
  EXPECT_TRUE(negated("bez depozita i kotizacije", "depozita"));
  EXPECT_TRUE(negated("ne naplacujemo nikakvu proviziju ni depozit", "depozit"));
  EXPECT_TRUE(negated("nikakvu proviziju", "proviziju"));
  EXPECT_TRUE(negated("no registration fee", "registration fee"));
  EXPECT_TRUE(negated("without  a deposit", "a deposit"));
  // "ne" before a verb of charging: "we do not charge for placement".
  EXPECT_TRUE(negated("mi ne naplacujemo posredovanje", "naplacujemo posredovanje"));
  EXPECT_TRUE(negated("nikada ne zadrzavamo vasa dokumenta", "zadrzavamo vasa"));
  EXPECT_TRUE(negated("ne trazimo uplate niti zadrzavamo dokumenta", "zadrzavamo dokumenta"));
  // Past negation only denies: "they did not ask for a copy of the passport".
  EXPECT_TRUE(negated("nisu trazili kopiju pasosa", "trazili kopiju"));
}

TEST(Negation, OtherWordsPunctuationAndVerbNegationDoNot) {
  EXPECT_FALSE(negated("uplata depozita", "depozita"));
  EXPECT_FALSE(negated("ako ne uplatite depozit gubite mesto", "depozit"));
  EXPECT_FALSE(negated("ako ne uplatite depozit gubite mesto", "uplatite depozit"));
  EXPECT_FALSE(negated("bez iskustva. depozit 200 eur", "depozit"));
  EXPECT_FALSE(negated("bez, depozit", "depozit"));
  EXPECT_FALSE(negated("depozit na pocetku", "depozit"));
  EXPECT_FALSE(negated("nobody pays a deposit", "a deposit"));
  // A match glued to the word before (inside a longer token) is not a new word.
  EXPECT_FALSE(negated_at("bezdepozit", 3));
}

}  // namespace
}  // namespace jobscreen::detail
