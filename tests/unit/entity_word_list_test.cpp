// Tests of src/entities/word_list.cpp: the words of a match form (found 64
// bytes at a time), their facts, and the searches over them, each checked
// against a plain byte-by-byte reading of random texts.
#include "entities/word_list.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace jobscreen::detail {
namespace {

// The words as a byte-by-byte loop finds them.
std::vector<std::pair<std::size_t, std::size_t>> plain_words(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> words;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < text.size() && is_word_char(text[i])) ++i;
    words.emplace_back(begin, i);
  }
  return words;
}

// Texts of every length up to a few blocks, of bytes that split words in
// every way: letters of both cases, digits, bytes >= 0x80, punctuation.
std::vector<std::string> random_texts() {
  std::mt19937 random(20260101);
  const std::string alphabet = "aZz09 .,-/+(@\n\t\x80\xc5\xff";
  std::vector<std::string> texts = {"",
                                    "a",
                                    " ",
                                    std::string(64, 'a'),
                                    std::string(128, 'b'),
                                    std::string(63, 'c') + " ",
                                    " " + std::string(64, 'd')};
  for (std::size_t length = 0; length < 300; ++length) {
    for (int copy = 0; copy < 3; ++copy) {
      std::string text;
      // Long runs now and then, so words cross and fill whole blocks.
      const std::size_t run = copy == 2 ? 40 : 1;
      while (text.size() < length) {
        const char c = alphabet[random() % alphabet.size()];
        text.append(std::min(run, length - text.size()), c);
      }
      texts.push_back(text);
    }
  }
  // Blocks with many short words.
  std::string dense;
  for (int i = 0; i < 200; ++i) dense += "a ";
  texts.push_back(dense);
  return texts;
}

TEST(EntityWordList, FindsTheWordsAByteByByteLoopFinds) {
  const Vocabulary vocabulary;
  for (const std::string& text : random_texts()) {
    const WordList words(text, vocabulary);
    const auto expected = plain_words(text);
    ASSERT_EQ(words.size(), expected.size()) << text;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(words.span(i).begin, expected[i].first) << text;
      EXPECT_EQ(words.span(i).end, expected[i].second) << text;
    }
  }
}

TEST(EntityWordList, FindsTheWordAtOrAfterAndBeforeAPosition) {
  const Vocabulary vocabulary;
  for (const std::string& text : random_texts()) {
    const WordList words(text, vocabulary);
    const auto expected = plain_words(text);
    for (std::size_t pos = 0; pos <= text.size() + 1; ++pos) {
      std::size_t at_or_after = 0;
      while (at_or_after < expected.size() && expected[at_or_after].second <= pos) ++at_or_after;
      std::size_t begun_before = 0;
      while (begun_before < expected.size() && expected[begun_before].first < pos) ++begun_before;
      const std::size_t before = begun_before == 0 ? expected.size() : begun_before - 1;
      ASSERT_EQ(words.index_at_or_after(pos), at_or_after) << text << " @" << pos;
      ASSERT_EQ(words.index_before(pos), before) << text << " @" << pos;
    }
  }
}

TEST(EntityWordList, GivesEachWordItsFactsFromTheVocabulary) {
  Vocabulary vocabulary;
  vocabulary.entry("plata").roles |= word_role::kPayWord;
  vocabulary.entry("beograd").roles |= word_role::kPlaceStart;
  const std::string text = "plata u beogradu, plata: 1000 eur; beograd plata";
  const WordList words(text, vocabulary);
  ASSERT_EQ(words.size(), 8u);
  EXPECT_TRUE(words.has_role(0, word_role::kPayWord));
  EXPECT_FALSE(words.has_role(1, word_role::kPayWord));
  EXPECT_FALSE(words.has_role(2, word_role::kPlaceStart));  // "beogradu" is not listed
  EXPECT_TRUE(words.has_role(6, word_role::kPlaceStart));
  EXPECT_TRUE(words.has_role(7, word_role::kPayWord));   // the last word, at the very end
  EXPECT_FALSE(words.has_role(8, word_role::kPayWord));  // past the last word
}

TEST(EntityWordList, SkipsToTheNextWordWithARoleOrANumber) {
  Vocabulary vocabulary;
  vocabulary.entry("pib").roles |= word_role::kCompanyTrigger;
  const std::string text = "firma pib 100002887 i mb 07012345, pib";
  const WordList words(text, vocabulary);
  ASSERT_EQ(words.size(), 7u);
  EXPECT_EQ(words.next_with_role(0, word_role::kCompanyTrigger), 1u);
  EXPECT_EQ(words.next_with_role(2, word_role::kCompanyTrigger), 6u);
  EXPECT_EQ(words.next_with_role(7, word_role::kCompanyTrigger), 7u);
  EXPECT_EQ(words.next_with_role(0, word_role::kPayWord), words.size());
  EXPECT_EQ(words.next_with_role_or_number(2, word_role::kCompanyTrigger), 2u);
  EXPECT_EQ(words.next_with_role_or_number(3, word_role::kCompanyTrigger), 5u);
  EXPECT_EQ(words.next_with_role_or_number(6, word_role::kCompanyTrigger), 6u);
}

}  // namespace
}  // namespace jobscreen::detail
