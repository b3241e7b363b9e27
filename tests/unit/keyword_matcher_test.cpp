#include "keywords/keyword_matcher.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace jobscreen::detail {
namespace {

// A match as a table writes it: the matched text and its word numbers.
struct Expected {
  std::uint32_t id;
  std::string text;
  std::uint32_t first_word;
  std::uint32_t last_word;
};

struct Case {
  std::string name;
  std::vector<KeywordPattern> patterns;
  std::string text;
  std::vector<Expected> expected;
};

std::string describe(const std::vector<KeywordMatch>& matches, std::string_view text) {
  std::string s;
  for (const auto& m : matches) {
    s += std::to_string(m.id) + ":\"" + std::string(text.substr(m.begin, m.end - m.begin)) + "\"@" +
         std::to_string(m.first_word) + "-" + std::to_string(m.last_word) + " ";
  }
  return s;
}

void expect_matches(const Case& c) {
  SCOPED_TRACE(c.name);
  const KeywordMatcher matcher(c.patterns);
  std::vector<KeywordMatch> found;
  matcher.find_all(c.text, found);
  const auto words = split_words(c.text);
  ASSERT_EQ(found.size(), c.expected.size()) << describe(found, c.text);
  for (std::size_t i = 0; i < found.size(); ++i) {
    const KeywordMatch& m = found[i];
    const Expected& e = c.expected[i];
    EXPECT_EQ(m.id, e.id) << i;
    EXPECT_EQ(c.text.substr(m.begin, m.end - m.begin), e.text) << i;
    EXPECT_EQ(m.first_word, e.first_word) << i;
    EXPECT_EQ(m.last_word, e.last_word) << i;
    ASSERT_LT(m.last_word, words.size());
    EXPECT_EQ(m.begin, words[m.first_word].first) << i;
    EXPECT_EQ(m.end, words[m.last_word].second) << i;
  }
}

// "w" + std::to_string(i) trips GCC 12's -Wrestrict false positive at -O3.
std::string numbered(std::string_view stem, std::uint32_t i) {
  std::string s(stem);
  s += std::to_string(i);
  return s;
}

KeywordPattern kw(std::string phrase, std::uint32_t id, std::uint32_t gap = 0) {
  return {std::move(phrase), gap, id};
}

TEST(KeywordMatcherTest, FindsWholeWordsOnly) {
  const std::vector<Case> cases = {
      {"exact word", {kw("plata", 1)}, "nova plata odmah", {{1, "plata", 1, 1}}},
      {"not inside a longer word", {kw("plata", 1)}, "preplata platan plate", {}},
      {"next to punctuation",
       {kw("plata", 1)},
       "(plata) plata, plata:",
       {{1, "plata", 0, 0}, {1, "plata", 1, 1}, {1, "plata", 2, 2}}},
      {"digits are word bytes", {kw("500", 1)}, "500 eur, 5000 eur, x500", {{1, "500", 0, 0}}},
      {"at text start and end",
       {kw("odmah", 3)},
       "odmah, javite se odmah",
       {{3, "odmah", 0, 0}, {3, "odmah", 3, 3}}},
      {"empty text", {kw("plata", 1)}, "", {}},
      {"text of separators only", {kw("plata", 1)}, " ,.-!? :: ", {}},
      {"upper-case bytes are not letters of the match form",
       {kw("plata", 1)},
       "PLATA plata",
       {{1, "plata", 0, 0}}},
  };
  for (const Case& c : cases) expect_matches(c);
}

TEST(KeywordMatcherTest, PrefixWordsMatchAnyWordStartingWithThem) {
  const std::vector<Case> cases = {
      {"longer words",
       {kw("zarad*", 1)},
       "zarada zaradu nezarada",
       {{1, "zarada", 0, 0}, {1, "zaradu", 1, 1}}},
      {"the bare prefix", {kw("zarad*", 1)}, "zarad", {{1, "zarad", 0, 0}}},
      {"not a shorter word", {kw("zarad*", 1)}, "zara", {}},
      {"prefix as the last word of a phrase",
       {kw("laka zarad*", 2)},
       "laka zaradom!",
       {{2, "laka zaradom", 0, 1}}},
      {"prefix as the first word of a phrase",
       {kw("devojk* 18", 2)},
       "devojke 18-25",
       {{2, "devojke 18", 0, 1}}},
      {"one word satisfying several prefixes and its exact form",
       {kw("pla* rad", 1), kw("plata rad", 2), kw("plat* rad", 3)},
       "plata rad",
       {{1, "plata rad", 0, 1}, {2, "plata rad", 0, 1}, {3, "plata rad", 0, 1}}},
      {"empty prefix matches every word", {kw("*", 4)}, "a, b", {{4, "a", 0, 0}, {4, "b", 1, 1}}},
  };
  for (const Case& c : cases) expect_matches(c);
}

TEST(KeywordMatcherTest, PhrasesIgnorePunctuationBetweenWords) {
  const std::vector<Case> cases = {
      {"space", {kw("laka zarada", 1)}, "laka zarada", {{1, "laka zarada", 0, 1}}},
      {"hyphen", {kw("laka zarada", 1)}, "laka-zarada", {{1, "laka-zarada", 0, 1}}},
      {"comma", {kw("bez iskustva", 1)}, "bez, iskustva", {{1, "bez, iskustva", 0, 1}}},
      {"colon", {kw("plata 3000", 1)}, "plata: 3000", {{1, "plata: 3000", 0, 1}}},
      {"sentence end", {kw("hitno javite", 1)}, "hitno. javite se", {{1, "hitno. javite", 0, 1}}},
      {"punctuation inside the pattern", {kw("e-mail", 1)}, "e mail", {{1, "e mail", 0, 1}}},
      {"a word in between is not punctuation", {kw("laka zarada", 1)}, "laka i zarada", {}},
  };
  for (const Case& c : cases) expect_matches(c);
}

TEST(KeywordMatcherTest, GapsAllowThatManyWordsBetweenPhraseWords) {
  const std::vector<Case> cases = {
      {"gap 0 adjacent", {kw("put placen", 1, 0)}, "put placen", {{1, "put placen", 0, 1}}},
      {"gap 0 one word between", {kw("put placen", 1, 0)}, "put je placen", {}},
      {"gap 1 one word between",
       {kw("put placen", 1, 1)},
       "put je placen",
       {{1, "put je placen", 0, 2}}},
      {"gap 1 two words between", {kw("put placen", 1, 1)}, "put je bio placen", {}},
      {"gap 2 two words between",
       {kw("put placen", 1, 2)},
       "put je bio placen",
       {{1, "put je bio placen", 0, 3}}},
      {"gap 2 adjacent still matches",
       {kw("put placen", 1, 2)},
       "put placen",
       {{1, "put placen", 0, 1}}},
      {"gap 7 at its limit",
       {kw("smestaj obezbedjen", 1, 7)},
       "smestaj je za sve radnike uvek i besplatno obezbedjen",
       {{1, "smestaj je za sve radnike uvek i besplatno obezbedjen", 0, 8}}},
      {"gap 7 one word too many",
       {kw("smestaj obezbedjen", 1, 7)},
       "smestaj je za sve radnike uvek i skoro besplatno obezbedjen",
       {}},
      {"gap with three words", {kw("a b c", 1, 1)}, "a x b x c", {{1, "a x b x c", 0, 4}}},
      // The first "b" leaves "c" out of reach; the second "b" does not.
      {"later middle word when the earliest fails",
       {kw("a b c", 1, 1)},
       "a b b x c",
       {{1, "a b b x c", 0, 4}}},
      {"earliest end is reported", {kw("a b", 1, 2)}, "a b b", {{1, "a b", 0, 1}}},
      {"gap counts prefix words too",
       {kw("put* plac*", 1, 1)},
       "putovanje je placeno",
       {{1, "putovanje je placeno", 0, 2}}},
  };
  for (const Case& c : cases) expect_matches(c);
}

TEST(KeywordMatcherTest, ReportsNonOverlappingLeftmostMatchesPerId) {
  const std::vector<Case> cases = {
      {"overlapping patterns of different ids both match",
       {kw("bez iskustva", 1), kw("iskustva potrebno", 2)},
       "bez iskustva potrebno",
       {{1, "bez iskustva", 0, 1}, {2, "iskustva potrebno", 1, 2}}},
      {"repeated matches",
       {kw("hitno", 1)},
       "hitno hitno, hitno",
       {{1, "hitno", 0, 0}, {1, "hitno", 1, 1}, {1, "hitno", 2, 2}}},
      {"same pattern overlapping itself keeps the first",
       {kw("a a", 1)},
       "a a a",
       {{1, "a a", 0, 1}}},
      {"same pattern back to back",
       {kw("a a", 1)},
       "a a a a",
       {{1, "a a", 0, 1}, {1, "a a", 2, 3}}},
      {"shared id keeps the longer match at one start",
       {kw("plata", 1), kw("plata mesecno", 1)},
       "plata mesecno plata",
       {{1, "plata mesecno", 0, 1}, {1, "plata", 2, 2}}},
      {"shared id drops the later overlapping match",
       {kw("a b", 1), kw("b c", 1)},
       "a b c",
       {{1, "a b", 0, 1}}},
      {"duplicate patterns report once",
       {kw("viza", 5), kw("viza", 5)},
       "viza",
       {{5, "viza", 0, 0}}},
      {"same begin is ordered by id",
       {kw("posao", 9), kw("posao", 2), kw("posao u", 4)},
       "posao u inostranstvu",
       {{2, "posao", 0, 0}, {4, "posao u", 0, 1}, {9, "posao", 0, 0}}},
      {"ordered by begin first", {kw("b", 1), kw("a", 2)}, "a b", {{2, "a", 0, 0}, {1, "b", 1, 1}}},
      {"same phrase with different gaps under one id",
       {kw("a b", 1, 0), kw("a b", 1, 3)},
       "a x b a b",
       {{1, "a x b", 0, 2}, {1, "a b", 3, 4}}},
  };
  for (const Case& c : cases) expect_matches(c);
}

TEST(KeywordMatcherTest, TreatsBytesAbove0x7FAsWordBytes) {
  const std::string euro = "\xe2\x82\xac";
  const std::string alpha = "\xce\xb1";  // a Greek letter kept as UTF-8
  const std::vector<Case> cases = {
      {"a word of UTF-8 bytes",
       {kw(alpha + alpha, 1)},
       "x " + alpha + alpha + ".",
       {{1, alpha + alpha, 1, 1}}},
      {"UTF-8 bytes glue to the word next to them",
       {kw("500", 1)},
       "500" + euro + " 500",
       {{1, "500", 1, 1}}},
      {"prefix ending in a UTF-8 byte",
       {kw("ab\xce*", 1)},
       "ab" + alpha + "c",
       {{1, "ab" + alpha + "c", 0, 0}}},
  };
  for (const Case& c : cases) expect_matches(c);
}

TEST(KeywordMatcherTest, IgnoresPatternsWithoutWordsButCountsThem) {
  const KeywordMatcher matcher({kw("", 1), kw(" , ", 2), kw("plata", 3)});
  EXPECT_EQ(matcher.pattern_count(), 3u);
  std::vector<KeywordMatch> found;
  matcher.find_all("plata , ", found);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].id, 3u);
}

TEST(KeywordMatcherTest, FindsNothingWithoutPatterns) {
  const KeywordMatcher matcher({});
  std::vector<KeywordMatch> found;
  matcher.find_all("plata laka zarada", found);
  EXPECT_TRUE(found.empty());
  EXPECT_EQ(matcher.pattern_count(), 0u);
}

TEST(KeywordMatcherTest, AppendsToExistingOutputAndReusesScratch) {
  const KeywordMatcher matcher({kw("plata", 1), kw("hitno", 2)});
  KeywordScratch scratch;
  std::vector<KeywordMatch> found(1);  // a value left by the caller
  matcher.find_all("hitno plata", found, scratch);
  matcher.find_all("plata", found, scratch);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].id, 2u);
  EXPECT_EQ(found[2].id, 1u);
  EXPECT_EQ(found[3].id, 1u);
  EXPECT_EQ(found[3].begin, 0u);
}

TEST(KeywordMatcherTest, MemoryGrowsWithThePatterns) {
  const KeywordMatcher small({kw("plata", 1)});
  std::vector<KeywordPattern> many;
  for (std::uint32_t i = 0; i < 1000; ++i) many.push_back(kw(numbered("rec", i) + "*", i));
  const KeywordMatcher large(many);
  EXPECT_GT(small.memory_bytes(), 0u);
  EXPECT_GT(large.memory_bytes(), small.memory_bytes() + 1000 * 4);
}

TEST(KeywordMatcherSplitWordsTest, ReturnsTheByteRangeOfEveryWord) {
  using Words = std::vector<std::pair<std::uint32_t, std::uint32_t>>;
  const std::vector<std::tuple<std::string, Words>> cases = {
      {"", {}},
      {" ,-. ", {}},
      {"plata", {{0, 5}}},
      {" laka-zarada, 3000 ", {{1, 5}, {6, 12}, {14, 18}}},
      {"a\xc3\xa9 b", {{0, 3}, {4, 5}}},
      {"Ab", {{1, 2}}},
      // The scanner reads 64-byte blocks: words across and at their edges.
      {std::string(62, ' ') + "abcd", {{62, 66}}},
      {std::string(63, ',') + "a", {{63, 64}}},
      {std::string(64, 'a'), {{0, 64}}},
      {std::string(64, 'a') + " " + std::string(63, 'b') + "-", {{0, 64}, {65, 128}}},
      {std::string(200, 'X'), {}},
      {std::string(200, 'x'), {{0, 200}}},
  };
  for (const auto& [text, words] : cases) EXPECT_EQ(split_words(text), words) << text;
}

// ---- Randomized cross-check against a brute-force reference --------------

struct RefWord {
  std::string text;
  bool prefix;
};

std::vector<RefWord> ref_pattern_words(const std::string& phrase) {
  std::vector<RefWord> words;
  std::size_t i = 0;
  while (i <= phrase.size()) {
    const std::size_t space = std::min(phrase.find(' ', i), phrase.size());
    std::string w = phrase.substr(i, space - i);
    const bool prefix = !w.empty() && w.back() == '*';
    if (prefix) w.pop_back();
    words.push_back({w, prefix});
    i = space + 1;
  }
  return words;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> ref_words(const std::string& text) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> words;
  auto is_word = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!is_word(text[i])) continue;
    if (!words.empty() && words.back().second == i) {
      ++words.back().second;
    } else {
      words.emplace_back(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1));
    }
  }
  return words;
}

// Earliest last word of a match of `words[j..]` whose word j is text word `pos`, or -1.
int ref_earliest_end(const std::vector<std::string>& text_words, const std::vector<RefWord>& words,
                     std::size_t j, std::size_t pos, std::uint32_t gap) {
  const RefWord& w = words[j];
  const std::string& t = text_words[pos];
  if (w.prefix ? t.rfind(w.text, 0) != 0 : t != w.text) return -1;
  if (j + 1 == words.size()) return static_cast<int>(pos);
  int best = -1;
  for (std::size_t next = pos + 1; next <= pos + 1 + gap && next < text_words.size(); ++next) {
    const int end = ref_earliest_end(text_words, words, j + 1, next, gap);
    if (end >= 0 && (best < 0 || end < best)) best = end;
  }
  return best;
}

std::vector<KeywordMatch> ref_find_all(const std::vector<KeywordPattern>& patterns,
                                       const std::string& text) {
  const auto spans = ref_words(text);
  std::vector<std::string> text_words;
  for (const auto& [b, e] : spans) text_words.push_back(text.substr(b, e - b));
  std::vector<std::uint32_t> ids;
  for (const auto& p : patterns) ids.push_back(p.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  std::vector<KeywordMatch> out;
  for (const std::uint32_t id : ids) {
    int kept_until = -1;
    for (std::size_t start = 0; start < text_words.size(); ++start) {
      int longest = -1;
      for (const auto& p : patterns) {
        if (p.id != id) continue;
        longest = std::max(
            longest, ref_earliest_end(text_words, ref_pattern_words(p.phrase), 0, start, p.gap));
      }
      if (longest < 0 || static_cast<int>(start) <= kept_until) continue;
      kept_until = longest;
      out.push_back({id, spans[start].first, spans[static_cast<std::size_t>(longest)].second,
                     static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(longest)});
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const KeywordMatch& x, const KeywordMatch& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.id < y.id;
  });
  return out;
}

bool same_matches(const std::vector<KeywordMatch>& xs, const std::vector<KeywordMatch>& ys) {
  return std::equal(xs.begin(), xs.end(), ys.begin(), ys.end(),
                    [](const KeywordMatch& x, const KeywordMatch& y) {
                      return std::tie(x.id, x.begin, x.end, x.first_word, x.last_word) ==
                             std::tie(y.id, y.begin, y.end, y.first_word, y.last_word);
                    });
}

TEST(KeywordMatcherRandomTest, AgreesWithBruteForceOnRandomTextsAndPatterns) {
  // A tiny alphabet makes words repeat, share prefixes and overlap often;
  // long words exercise the hash's 8-byte steps.
  const std::vector<std::string> vocabulary = {
      "a",  "b", "ab", "ba",         "aab",         "abb",      "bb",        "abc", "c",
      "ca", "1", "12", "abcabcabca", "abcabcabcab", "\xc3\xa9", "a\xc3\xa9", "abca"};
  const std::vector<std::string> separators = {" ", " ", " ", ", ", "-", ". ", "  (", ")"};
  std::mt19937 rng(20261129);
  auto pick = [&rng](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  // One scratch for every round: state left over from a previous text or
  // matcher must not leak into the next.
  KeywordScratch scratch;
  for (int round = 0; round < 4000; ++round) {
    // Half the rounds only have prefixes of 3+ bytes, as rule packs do (a
    // shorter prefix switches off the matcher's three-letter filter).
    const bool long_prefixes_only = round % 2 == 0;
    std::vector<KeywordPattern> patterns(1 + pick(8));
    for (auto& p : patterns) {
      const std::size_t words = 1 + pick(3);
      for (std::size_t w = 0; w < words; ++w) {
        if (w > 0) p.phrase += ' ';
        const std::string& word = vocabulary[pick(vocabulary.size())];
        p.phrase += word;
        if (pick(4) == 0 && (!long_prefixes_only || word.size() >= 3)) p.phrase += '*';
      }
      p.gap = pick(3) == 0 ? static_cast<std::uint32_t>(pick(4)) : 0;
      p.id = static_cast<std::uint32_t>(pick(round % 3 == 0 ? 40 : 4));
    }
    std::string text;
    if (pick(2) == 0) text += separators[pick(separators.size())];
    // Some texts are long enough to make the word scanner grow its arrays.
    const std::size_t words = pick(round % 100 == 0 ? 3000 : round % 5 == 0 ? 120 : 30);
    for (std::size_t w = 0; w < words; ++w) {
      if (w > 0) text += separators[pick(separators.size())];
      text += vocabulary[pick(vocabulary.size())];
    }
    if (pick(2) == 0) text += separators[pick(separators.size())];

    const KeywordMatcher matcher(patterns);
    std::vector<KeywordMatch> found;
    matcher.find_all(text, found, scratch);
    std::vector<KeywordMatch> found_without_scratch;
    matcher.find_all(text, found_without_scratch);
    const std::vector<KeywordMatch> expected = ref_find_all(patterns, text);
    if (!same_matches(found, expected) || !same_matches(found_without_scratch, expected)) {
      std::string listing;
      for (const auto& p : patterns) {
        listing += std::to_string(p.id) + "=\"" + p.phrase + "\"/" + std::to_string(p.gap) + " ";
      }
      FAIL() << "round " << round << "\npatterns: " << listing << "\ntext: \"" << text
             << "\"\nfound:    " << describe(found, text)
             << "\nwithout scratch: " << describe(found_without_scratch, text)
             << "\nexpected: " << describe(expected, text);
    }
  }
}

TEST(KeywordMatcherSplitWordsTest, AgreesWithByteByByteSplittingOnLongRandomTexts) {
  const std::string bytes = "ab9 ,.-\xc3\xa9X*";  // word bytes, separators, UTF-8, upper case
  std::mt19937 rng(7);
  for (const std::size_t size : {0u, 1u, 63u, 64u, 65u, 127u, 128u, 129u, 5000u, 70000u}) {
    std::string text;
    for (std::size_t i = 0; i < size; ++i) {
      text += bytes[std::uniform_int_distribution<std::size_t>(0, bytes.size() - 1)(rng)];
    }
    EXPECT_EQ(split_words(text), ref_words(text)) << "size " << size;
  }
}

TEST(KeywordMatcherTest, OneScratchServesMatchersWithDifferentIds) {
  const KeywordMatcher few({kw("plata", 0)});
  std::vector<KeywordPattern> many_patterns;
  for (std::uint32_t i = 0; i < 50; ++i) many_patterns.push_back(kw(numbered("w", i), i));
  many_patterns.push_back(kw("plata", 0));
  const KeywordMatcher many(many_patterns);
  KeywordScratch scratch;
  std::vector<KeywordMatch> found;
  few.find_all("plata plata", found, scratch);
  many.find_all("w49 plata", found, scratch);
  few.find_all("plata", found, scratch);
  ASSERT_EQ(found.size(), 5u);
  EXPECT_EQ(found[2].id, 49u);
  EXPECT_EQ(found[3].id, 0u);
  EXPECT_EQ(found[4].begin, 0u);  // not hidden by the earlier texts' matches
}

}  // namespace
}  // namespace jobscreen::detail
