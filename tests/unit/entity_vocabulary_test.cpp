// Tests of src/entities/vocabulary.cpp: the words the entity finders list,
// looked up one at a time and a whole text at once.
#include "entities/vocabulary.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "entities/word_span.hpp"

namespace jobscreen::detail {
namespace {

bool same_facts(const WordFacts& a, const WordFacts& b) {
  return a.roles == b.roles && a.place_group == b.place_group &&
         a.messenger_reading == b.messenger_reading && a.pay_period == b.pay_period;
}

// "w0", "w1", ... and some longer words, for tables that must grow.
std::vector<std::string> many_words(std::size_t count) {
  std::vector<std::string> words;
  for (std::size_t i = 0; i < count; ++i)
    words.push_back((i % 3 == 0 ? "word" : i % 3 == 1 ? "w" : "longerword") + std::to_string(i));
  return words;
}

TEST(EntityVocabulary, FindsTheFactsOfAListedWord) {
  Vocabulary vocabulary;
  vocabulary.entry("plata").roles |= word_role::kPayWord;
  WordFacts& place = vocabulary.entry("beograd");
  place.roles |= word_role::kPlaceStart;
  place.place_group = 7;
  EXPECT_EQ(vocabulary.size(), 2u);
  EXPECT_EQ(vocabulary.facts("plata").roles, word_role::kPayWord);
  EXPECT_EQ(vocabulary.facts("beograd").roles, word_role::kPlaceStart);
  EXPECT_EQ(vocabulary.facts("beograd").place_group, 7);
}

TEST(EntityVocabulary, GivesNoFactsForOtherWords) {
  Vocabulary vocabulary;
  vocabulary.entry("plata").roles |= word_role::kPayWord;
  for (std::string_view word : {"plat", "platax", "Plata", "", "plata plata",
                                "an ordinary word that is far too long to be listed"})
    EXPECT_EQ(vocabulary.facts(word).roles, 0u) << word;
}

TEST(EntityVocabulary, AddsRolesToAWordItAlreadyLists) {
  Vocabulary vocabulary;
  vocabulary.entry("u").roles |= word_role::kPlaceStart;
  const std::string_view contact_words[] = {"u", "na"};
  vocabulary.add_roles(contact_words, word_role::kContactWord);
  EXPECT_EQ(vocabulary.size(), 2u);
  EXPECT_EQ(vocabulary.facts("u").roles, word_role::kPlaceStart | word_role::kContactWord);
  EXPECT_EQ(vocabulary.facts("na").roles, word_role::kContactWord);
}

TEST(EntityVocabulary, TellsApartWordsThatDifferInOneByteOrInLength) {
  // Keys are read in 8-byte halves: differences on both sides of byte 8 count.
  const std::string_view words[] = {"abcdefg",          "abcdefgh",        "abcdefgi",
                                    "abcdefghi",        "abcdefghj",       "bbcdefghi",
                                    "abcdefghijklmnop", "abcdefghijklmnoq"};
  Vocabulary vocabulary;
  for (std::size_t i = 0; i < std::size(words); ++i)
    vocabulary.entry(words[i]).place_group = static_cast<std::uint16_t>(i + 1);
  for (std::size_t i = 0; i < std::size(words); ++i)
    EXPECT_EQ(vocabulary.facts(words[i]).place_group, i + 1) << words[i];
  EXPECT_EQ(vocabulary.facts("abcdefghijklmno").place_group, 0);
}

TEST(EntityVocabulary, RejectsWordsItCannotList) {
  Vocabulary vocabulary;
  EXPECT_THROW(vocabulary.entry(""), std::invalid_argument);
  EXPECT_THROW(vocabulary.entry("seventeen letters"), std::invalid_argument);
  EXPECT_THROW(vocabulary.entry(std::string_view("a\0b", 3)), std::invalid_argument);
  EXPECT_NO_THROW(vocabulary.entry("sixteen letters!"));
}

TEST(EntityVocabulary, KeepsEveryWordWhileItsTablesGrow) {
  Vocabulary vocabulary;
  const auto words = many_words(3000);
  for (std::size_t i = 0; i < words.size(); ++i)
    vocabulary.entry(words[i]).place_group = static_cast<std::uint16_t>(i + 1);
  EXPECT_EQ(vocabulary.size(), words.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    ASSERT_EQ(vocabulary.facts(words[i]).place_group, i + 1) << words[i];
  EXPECT_EQ(vocabulary.facts("word3000").roles, 0u);
}

TEST(EntityVocabulary, LooksUpTheWordsOfATextLikeOneAtATime) {
  Vocabulary vocabulary;
  const auto listed = many_words(200);
  for (std::size_t i = 0; i < listed.size(); ++i) {
    WordFacts& facts = vocabulary.entry(listed[i]);
    facts.roles |= 1u << (i % 20);
    facts.messenger_reading = static_cast<std::uint8_t>(i % 250);
  }
  // Listed and other words, short and long, the last ones near the end of
  // the text (where the lookup may not read whole 8-byte blocks).
  std::string text;
  std::vector<WordSpan> spans;
  const std::string others[] = {"x", "plata", "word2000", "a_very_long_word_beyond_sixteen", "w1x"};
  for (std::size_t i = 0; i < 60; ++i) {
    const std::string& word = i % 2 == 0 ? listed[(i * 7) % listed.size()] : others[i % 5];
    spans.push_back({static_cast<std::uint32_t>(text.size()),
                     static_cast<std::uint32_t>(text.size() + word.size())});
    text += word;
    text += ' ';
  }
  text += "w1";  // a last word without a separator after it
  spans.push_back(
      {static_cast<std::uint32_t>(text.size() - 2), static_cast<std::uint32_t>(text.size())});
  std::vector<WordFacts> facts(spans.size());
  vocabulary.facts_of_words(text, spans.data(), spans.size(), facts.data());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    const std::string_view word =
        std::string_view(text).substr(spans[i].begin, spans[i].end - spans[i].begin);
    EXPECT_TRUE(same_facts(facts[i], vocabulary.facts(word))) << word;
  }
  EXPECT_NE(facts.back().roles, 0u);
}

}  // namespace
}  // namespace jobscreen::detail
