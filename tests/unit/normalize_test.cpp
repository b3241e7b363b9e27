// Tests of jobscreen::normalize: the match form in every script and
// obfuscation, the offset map, ill-formed input and limits.
#include "jobscreen/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jobscreen {
namespace {

using namespace std::string_view_literals;

struct FoldCase {
  const char* why;
  std::string_view input;
  std::string_view expected;
  Flag flags;
};

void expect_folds(const std::vector<FoldCase>& cases) {
  for (const FoldCase& c : cases) {
    SCOPED_TRACE(c.why);
    const NormalizedText normalized = normalize(c.input);
    EXPECT_EQ(normalized.text, c.expected) << "input: " << c.input;
    EXPECT_EQ(flag_names(normalized.flags), flag_names(c.flags)) << "input: " << c.input;
  }
}

TEST(NormalizeScripts, FoldsSerbianCyrillicLatinAndOtherCyrillicToAscii) {
  expect_folds({
      {"Latin diacritics fold", "Plata Odlična", "plata odlicna", Flag::none},
      {"Cyrillic reads by Serbian rules", "Плата одлична", "plata odlicna", Flag::none},
      {"every Serbian Cyrillic letter with its own reading",
       "ЉУБИША Ђорђе џем Њива ћурка чаша жена шума јаје хлеб цвет",
       "ljubisa djordje dzem njiva curka casa zena suma jaje hleb cvet", Flag::none},
      {"Latin đ is dj, dž is dz", "Đorđe DŽEMPER džep", "djordje dzemper dzep", Flag::none},
      {"other Latin letters fold to their ASCII base", "café Straße æble smørrebrød Łódź",
       "cafe strasse aeble smorrebrod lodz", Flag::none},
      {"Russian letters", "щука юг ящик ёж эхо выход съезд мой",
       "shchuka yug yashchik ez eho vyhod sezd moj", Flag::none},
      {"Ukrainian letters", "їжак єнот ґанок", "yizak yenot ganok", Flag::none},
      {"Macedonian letters", "ѓубре ќерка ѕвезда", "gjubre kjerka dzvezda", Flag::none},
      {"Greek is transliterated simply", "Ελληνικά", "ellinika", Flag::none},
      {"letters with no ASCII reading stay as UTF-8", "日本語 عربي हिन्दी", "日本語 عربي हिन्दी",
       Flag::none},
      {"upper case with no ASCII reading is lower-cased", "ԱՐԱՄ", "արամ", Flag::none},
      {"length-changing lower-casing", "İstanbul STRAẞE", "istanbul strasse", Flag::none},
      {"decomposed diacritics fold like composed ones", "c\u030Cas z\u030Cena", "cas zena",
       Flag::none},
  });
}

TEST(NormalizeCompatibility, FoldsFullwidthMathCircledLigaturesAndSmallCapitals) {
  expect_folds({
      {"fullwidth", "ＨＩＴＮＯ ＰＯＳＡＯ", "hitno posao", Flag::none},
      {"mathematical bold and italic", "𝐩𝐥𝐚𝐭𝐚 𝑝𝑜𝑠𝑎𝑜", "plata posao", Flag::none},
      {"circled letters", "ⓟⓛⓐⓣⓐ", "plata", Flag::none},
      {"ligatures", "ﬁnansije ﬂota", "finansije flota", Flag::none},
      {"small capitals", "ᴘʟᴀᴛᴀ", "plata", Flag::none},
      {"fullwidth digits and symbols", "３０００＄", "3000$", Flag::none},
  });
}

TEST(NormalizeInvisible, RemovesZeroWidthCharactersAndSoftHyphensAndFlagsThem) {
  expect_folds({
      {"zero-width space inside a word", "pla\u200Bta", "plata", Flag::zero_width},
      {"soft hyphen", "po\u00ADsao", "posao", Flag::zero_width},
      {"ZWNJ and word joiner", "ra\u200Cd\u2060nik", "radnik", Flag::zero_width},
      {"ZWJ inside a word", "vi\u200Dber", "viber", Flag::zero_width},
      {"BOM inside the text", "posao \uFEFFplata", "posao plata", Flag::zero_width},
      {"a leading byte order mark is not obfuscation", "\uFEFFplata", "plata", Flag::none},
      {"ZWJ and variation selectors in emoji are not flagged",
       "posao \U0001F468\u200D\U0001F469 \u2764\uFE0F plata", "posao plata", Flag::none},
  });
}

TEST(NormalizeWhitespace, TurnsEveryWhitespaceRunIntoOneSpace) {
  expect_folds({
      {"NBSP, tabs, newlines, em and ideographic spaces",
       "plata\u00A0\u00A0je\t\n dobra\u2003\u3000ovde\r\nsada", "plata je dobra ovde sada",
       Flag::none},
      {"leading and trailing runs become one space too", "  \n posao \t ", " posao ", Flag::none},
      {"NUL and other controls are separators", "posao\0plata\x01\x7Fhitno"sv, "posao plata hitno",
       Flag::none},
      {"line and paragraph separators", "a\u2028b\u2029c", "a b c", Flag::none},
  });
}

TEST(NormalizeSymbols, KeepsAsciiPunctuationAndMapsTypographyCurrencyAndEmoji) {
  expect_folds({
      {"ASCII punctuation stays",
       "ana@gmail.com, www.posao.rs/oglas?id=5 +381 64/123-456 50% $100 (hitno)!",
       "ana@gmail.com, www.posao.rs/oglas?id=5 +381 64/123-456 50% $100 (hitno)!", Flag::none},
      {"currency signs become codes", "€2.500 3000€ £500 ₽100",
       "eur2.500 3000eur gbp500 rub100", Flag::none},
      {"typographic quotes, dashes and ellipsis become ASCII", "„Posao“ – odmah — sada… ‘ok’ «da»",
       "\"posao\" - odmah - sada... 'ok' \"da\"", Flag::none},
      {"emoji, dingbats and bullets separate words", "posao😀plata✅hitno•odmah★sada",
       "posao plata hitno odmah sada", Flag::none},
      {"a middle dot separates like a space", "posao·plata", "posao plata", Flag::none},
  });
}

TEST(NormalizeLookalikes, ResolvesMixedScriptWordsToTheirMajorityScript) {
  expect_folds({
      {"Cyrillic Р in a Latin word reads p", "\u0420lata", "plata", Flag::mixed_script},
      {"Cyrillic а and ј in a Latin word", "V\u0430\u0458ber", "vajber", Flag::mixed_script},
      {"an all-Cyrillic word is not mixed", "Вајбер", "vajber", Flag::none},
      {"Latin p in a Cyrillic word reads r", "\u0412\u0430\u0458\u0431\u0435p", "vajber",
       Flag::mixed_script},
      {"Latin c in a Cyrillic word reads s", "c\u0432\u0435\u0442", "svet", Flag::mixed_script},
      {"Latin x and y in a Cyrillic word stay, as converters leave them",
       "\u0438\u043D\u0431\u043Ex \u0458\u0430\u0445\u043E\u043E y\u0430\u0445\u043E\u043E",
       "inbox jahoo yahoo", Flag::mixed_script},
      {"upper-case Cyrillic Н and В look like H and B", "\u041DOTEL \u0412ar", "hotel bar",
       Flag::mixed_script},
      {"a tie goes to Latin", "\u0420o", "po", Flag::mixed_script},
      {"letters without look-alikes outvote swapped look-alikes",
       "\u0440\u043Esl\u043Ed\u0430v\u0441\u0430", "poslodavca", Flag::mixed_script},
      {"without such letters, the larger script wins", "\u0440\u043E\u0441\u0430o", "rosao",
       Flag::mixed_script},
      {"without them, the script of the words before wins", "Isplata p\u043Es\u0430\u043E",
       "isplata posao", Flag::mixed_script},
      {"a mixed word that was resolved counts as context", "L\u0430k p\u043Es\u0430\u043E",
       "lak posao", Flag::mixed_script},
      {"Cyrillic words before make a look-alike word Cyrillic", "\u043F\u0438\u045B\u0435 co\u043A",
       "pice sok", Flag::mixed_script},
      {"a Cyrillic letter with no Latin look-alike keeps its reading", "pla\u0416a", "plaza",
       Flag::mixed_script},
      {"words in different scripts are not mixed", "Plata плата", "plata plata", Flag::none},
      {"digits inside a mixed word do not break it", "\u04201ata", "piata",
       Flag::mixed_script | Flag::leet},
  });
}

TEST(NormalizeSpacedLetters, JoinsSpacedAndDottedLettersButNotOneLetterWords) {
  expect_folds({
      {"spaced letters", "p l a t a", "plata", Flag::spaced},
      {"spaced letters before a word", "p l a t a je dobra", "plata je dobra", Flag::spaced},
      {"dotted letters", "V.i.b.e.r", "viber", Flag::spaced},
      {"hyphenated letters", "z-a-r-a-d-a", "zarada", Flag::spaced},
      {"underscored letters", "p_l_a_t_a", "plata", Flag::spaced},
      {"company form initials", "Firma d.o.o. Beograd", "firma doo. beograd", Flag::spaced},
      {"Cyrillic letters that fold to two", "Љ у б а в", "ljubav", Flag::spaced},
      {"spaced letters mixing scripts", "\u0420 l a t a 3000 €", "plata 3000 eur",
       Flag::spaced | Flag::mixed_script},
      {"emoji between letters", "p😀l😀a😀t😀a", "plata", Flag::spaced},
      {"one-letter Serbian words stay", "ja i u Beogradu, a o tome s njim",
       "ja i u beogradu, a o tome s njim", Flag::none},
      {"a chain of vowels stays", "a i u o", "a i u o", Flag::none},
      {"three spaced letters stay", "p l a", "p l a", Flag::none},
      {"two dotted letters stay", "t.j. i.e.", "t.j. i.e.", Flag::none},
      {"hyphenated words stay", "e-mail a-b", "e-mail a-b", Flag::none},
      {"a letter glued to a word by a hyphen starts no run", "Firma-a d o o", "firma-a d o o",
       Flag::none},
      {"dotted letters inside a domain stay", "x.y.z.com", "x.y.z.com", Flag::none},
      {"dotted letters of an e-mail stay", "a.b.c@gmail.com", "a.b.c@gmail.com", Flag::none},
  });
}

TEST(NormalizeLeetspeak, ReadsDigitsAndSymbolsInsideWordsAsLetters) {
  expect_folds({
      {"digits between letters", "z4r4d4", "zarada", Flag::leet},
      {"two letters and two vowel digits", "L4k4 m0j0", "laka mojo", Flag::leet},
      {"at sign inside a word", "pl@ta", "plata", Flag::leet},
      {"zero for o", "p0sao inb0x prih0d", "posao inbox prihod", Flag::leet},
      {"a digit before the last letter", "pos4o", "posao", Flag::leet},
      {"a leading 3, 0 or 4 before a consonant", "3vra 0dmah 4gencija", "evra odmah agencija",
       Flag::leet},
      {"dollar inside a word", "ca$h", "cash", Flag::leet},
      {"one, five, seven, eight", "1nf0rm4c1j4 ra5t s7an ra8ota", "informacija rast stan rabota",
       Flag::leet},
      {"Cyrillic leetspeak", "з4р4д4", "zarada", Flag::leet},
      {"leet next to punctuation", "(pl@ta!)", "(plata!)", Flag::leet},
  });
}

TEST(NormalizeLeetspeak, LeavesNumbersAmountsCodesAndAddressesAlone) {
  expect_folds({
      {"amounts and ranges", "3000 eur 18-25 2.500 24/7", "3000 eur 18-25 2.500 24/7", Flag::none},
      {"phone numbers", "064 123 456 +381641234567", "064 123 456 +381641234567", Flag::none},
      {"amounts with a unit suffix", "5k 3000e 100din 20h 5dana 1euro",
       "5k 3000e 100din 20h 5dana 1euro", Flag::none},
      {"codes with letters and digits", "b2b covid19 mp3 c1e h1n1 4x4 a1b5 a4",
       "b2b covid19 mp3 c1e h1n1 4x4 a1b5 a4", Flag::none},
      {"e-mail addresses keep their @ and digits", "ana@gmail.com mark0@posao.rs",
       "ana@gmail.com mark0@posao.rs", Flag::none},
      {"handles and URLs", "@posao http://p0sao.rs/a1b www.p0sao.rs",
       "@posao http://p0sao.rs/a1b www.p0sao.rs", Flag::none},
      {"numbers glued to words", "plan401k Render3D street4th €45k £5M",
       "plan401k render3d street4th eur45k gbp5m", Flag::none},
      {"hexadecimal codes", "id 3a0f-ca0e-b4d", "id 3a0f-ca0e-b4d", Flag::none},
      {"counts glued to nouns", "1soba 4sata 3sobe 0eur", "1soba 4sata 3sobe 0eur", Flag::none},
  });
}

// --- The same Serbian text in three renderings normalises identically. ---

const std::vector<std::string_view>& serbian_words() {
  static const std::vector<std::string_view> words = {
      "posao",      "plata",   "smeštaj",     "devojke",  "inostranstvo", "hitno",
      "zarada",     "džep",    "đak",         "ljubazan", "njiva",        "ćevapi",
      "čist",       "žena",    "šef",         "radnik",   "ugovor",       "Beograd",
      "jezik",      "vožnja",  "rođendan",    "kuća",     "noć",          "lično",
      "iskustvo",   "Nemačka", "putovanje",   "odmah",    "javite",       "se",
      "na",         "i",       "u",           "za",       "bez",          "Viber",
      "3000",       "evra",    "064/123-456", "mesečno",  "Đorđe",        "Džon",
      "Ljiljana",   "Njegoš",  "Ćuprija",     "Čačak",    "Šabac",        "Žabalj",
      "međunarodni"};
  return words;
}

// Serbian Latin to Cyrillic, digraphs first (lj, nj, dž).
std::string to_cyrillic(std::string_view latin) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kLetters = {
      {"LJ", "Љ"}, {"Lj", "Љ"}, {"lj", "љ"}, {"NJ", "Њ"}, {"Nj", "Њ"}, {"nj", "њ"}, {"DŽ", "Џ"},
      {"Dž", "Џ"}, {"dž", "џ"}, {"A", "А"},  {"a", "а"},  {"B", "Б"},  {"b", "б"},  {"V", "В"},
      {"v", "в"},  {"G", "Г"},  {"g", "г"},  {"D", "Д"},  {"d", "д"},  {"Đ", "Ђ"},  {"đ", "ђ"},
      {"E", "Е"},  {"e", "е"},  {"Ž", "Ж"},  {"ž", "ж"},  {"Z", "З"},  {"z", "з"},  {"I", "И"},
      {"i", "и"},  {"J", "Ј"},  {"j", "ј"},  {"K", "К"},  {"k", "к"},  {"L", "Л"},  {"l", "л"},
      {"M", "М"},  {"m", "м"},  {"N", "Н"},  {"n", "н"},  {"O", "О"},  {"o", "о"},  {"P", "П"},
      {"p", "п"},  {"R", "Р"},  {"r", "р"},  {"S", "С"},  {"s", "с"},  {"T", "Т"},  {"t", "т"},
      {"Ć", "Ћ"},  {"ć", "ћ"},  {"U", "У"},  {"u", "у"},  {"F", "Ф"},  {"f", "ф"},  {"H", "Х"},
      {"h", "х"},  {"C", "Ц"},  {"c", "ц"},  {"Č", "Ч"},  {"č", "ч"},  {"Š", "Ш"},  {"š", "ш"}};
  std::string out;
  std::size_t i = 0;
  while (i < latin.size()) {
    bool replaced = false;
    for (const auto& [from, to] : kLetters) {
      if (latin.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += latin[i++];
  }
  return out;
}

// Serbian Latin without diacritics, as people type it: č ć -> c, đ -> dj ...
std::string to_plain_ascii(std::string_view latin) {
  static const std::vector<std::pair<std::string_view, std::string_view>> kLetters = {
      {"č", "c"}, {"ć", "c"}, {"Č", "C"}, {"Ć", "C"},  {"š", "s"},
      {"Š", "S"}, {"ž", "z"}, {"Ž", "Z"}, {"đ", "dj"}, {"Đ", "Dj"}};
  std::string out;
  std::size_t i = 0;
  while (i < latin.size()) {
    bool replaced = false;
    for (const auto& [from, to] : kLetters) {
      if (latin.substr(i).starts_with(from)) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (!replaced) out += latin[i++];
  }
  return out;
}

std::string make_serbian_text(std::uint32_t seed) {
  std::mt19937 random(seed);
  const auto& words = serbian_words();
  std::uniform_int_distribution<std::size_t> pick(0, words.size() - 1);
  std::uniform_int_distribution<int> length(3, 12);
  std::string text;
  for (int sentence = 0; sentence < 8; ++sentence) {
    const int count = length(random);
    for (int w = 0; w < count; ++w) {
      text += words[pick(random)];
      text += w + 1 == count ? ".\n" : (w % 5 == 4 ? ", " : " ");
    }
  }
  return text;
}

std::string ascii_lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

TEST(NormalizeScripts, CyrillicLatinAndDiacriticFreeSerbianGiveTheSameMatchForm) {
  for (std::uint32_t seed = 1; seed <= 200; ++seed) {
    const std::string latin = make_serbian_text(seed);
    const std::string cyrillic = to_cyrillic(latin);
    const std::string plain = to_plain_ascii(latin);
    SCOPED_TRACE(latin);
    ASSERT_NE(cyrillic, latin);
    const NormalizedText from_latin = normalize(latin);
    EXPECT_EQ(from_latin.text, normalize(cyrillic).text);
    EXPECT_EQ(from_latin.text, normalize(plain).text);
    // And that form is what a reader would type: lower-case, no diacritics,
    // newlines as spaces.
    std::string expected = ascii_lower(plain);
    std::replace(expected.begin(), expected.end(), '\n', ' ');
    EXPECT_EQ(from_latin.text, expected);
    EXPECT_EQ(from_latin.flags, Flag::none);
  }
}

// --- Offsets. ---

// Checks the offset-map contract on one input whose UTF-8 is well-formed.
void expect_offsets_hold(std::string_view original, const NormalizedText& normalized) {
  ASSERT_EQ(normalized.source.size(), normalized.text.size() + 1);
  EXPECT_EQ(normalized.source.back(), original.size());
  for (std::size_t i = 0; i + 1 < normalized.source.size(); ++i) {
    ASSERT_LE(normalized.source[i], normalized.source[i + 1]) << "at " << i;
    ASSERT_LT(normalized.source[i], original.size());
    ASSERT_NE(static_cast<unsigned char>(original[normalized.source[i]]) & 0xC0, 0x80)
        << "source " << i << " points inside a code point";
  }
  // Every span maps to well-formed bounds, in bytes and in code points.
  const std::size_t size = normalized.text.size();
  for (std::size_t begin = 0; begin <= size; begin += 3) {
    for (std::size_t end = begin; end <= size && end <= begin + 24; ++end) {
      const ByteSpan span = normalized.to_original(begin, end);
      ASSERT_LE(span.begin, span.end);
      ASSERT_LE(span.end, original.size());
      for (std::size_t edge : {span.begin, span.end}) {
        if (edge < original.size()) {
          ASSERT_NE(static_cast<unsigned char>(original[edge]) & 0xC0, 0x80)
              << "span [" << begin << ", " << end << ") splits a code point";
        }
      }
      if (begin < end) {
        EXPECT_EQ(span.begin, normalized.source[begin]);
        EXPECT_GT(span.end, normalized.source[end - 1]);
      }
    }
  }
}

TEST(NormalizeOffsets, EveryMatchFormByteMapsToACodePointStartOfTheOriginal) {
  const std::vector<std::string> inputs = {
      "Плата одлична, смештај обезбеђен!",
      "Љубав ЏЕП Ђорђе щука",
      "İİİ posao ẞẞ plata",
      "\u0420 l a t a, z4r4d4, pl@ta, V.i.b.e.r, V\u0430\u0458ber",
      "pla\u200Bta  \u00A0 ＨＩＴＮＯ 𝐩𝐥𝐚𝐭𝐚 😀€2.500…",
      "  leading and trailing  ",
      make_serbian_text(7),
      to_cyrillic(make_serbian_text(8)),
  };
  for (const std::string& input : inputs) {
    SCOPED_TRACE(input);
    expect_offsets_hold(input, normalize(input));
  }
}

TEST(NormalizeOffsets, RandomMixturesOfEveryFeatureKeepTheOffsetContract) {
  // Fragments that trigger each transformation, glued at random.
  const std::vector<std::string_view> fragments = {
      "p",      "l",    "a", " ",      ".",       "-",        "_",      "4",
      "0",      "3",    "@", "$",      "9",       "Љ",        "\u0420", "\u0430",
      "щ",      "ẞ",    "İ", "\u200B", "\u00AD",  "😀",        "€",      "\n\t",
      "\u00A0", "ＨＩ", "𝐩", "日",     "c\u030C", "ana@x.rs", "www.",   "d.o.o."};
  std::mt19937 random(99);
  std::uniform_int_distribution<std::size_t> pick(0, fragments.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int round = 0; round < 3000; ++round) {
    std::string input;
    for (int i = length(random); i > 0; --i) input += fragments[pick(random)];
    SCOPED_TRACE(input);
    expect_offsets_hold(input, normalize(input));
    if (HasFatalFailure()) return;
  }
}

std::string_view original_of(std::string_view original, const NormalizedText& n,
                             std::string_view needle) {
  const std::size_t at = n.text.find(needle);
  if (at == std::string::npos) return "<not in match form>";
  const ByteSpan span = n.to_original(at, at + needle.size());
  return original.substr(span.begin, span.end - span.begin);
}

TEST(NormalizeOffsets, SpansHighlightTheOriginalWordsWhateverTheFolding) {
  struct SpanCase {
    std::string_view input;
    std::string_view needle;
    std::string_view original;
  };
  const std::vector<SpanCase> cases = {
      {"Нова плата одмах", "plata", "плата"},
      {"Hitno: \u0420 l a t a!", "plata", "\u0420 l a t a"},
      {"İİİ posao", "posao", "posao"},
      {"STRAẞE plata", "strasse", "STRAẞE"},
      {"STRAẞE plata", "plata", "plata"},
      {"Љубав", "lj", "Љ"},
      {"Љубав", "j", "Љ"},
      {"pla\u200Bta!", "plata", "pla\u200Bta"},
      {"cena €2.500", "eur", "€"},
      {"zarada z4r4d4", "zarada z", "zarada z"},
      {"V\u0430\u0458ber", "vajber", "V\u0430\u0458ber"},
      {"a  \t b", " ", "  \t "},
  };
  for (const SpanCase& c : cases) {
    SCOPED_TRACE(c.input);
    EXPECT_EQ(original_of(c.input, normalize(c.input), c.needle), c.original);
  }
}

TEST(NormalizeOffsets, AnEmptySpanMapsToAnEmptyRangeAtItsCodePoint) {
  const std::string input = "Љубав";
  const NormalizedText normalized = normalize(input);
  EXPECT_EQ(normalized.to_original(0, 0), (ByteSpan{0, 0}));
  EXPECT_EQ(normalized.to_original(2, 2), (ByteSpan{2, 2}));
  EXPECT_EQ(normalized.to_original(normalized.text.size(), normalized.text.size()),
            (ByteSpan{input.size(), input.size()}));
}

TEST(NormalizeOffsets, CodePointOffsetCountsCodePointsAndEachIllFormedByteAsOne) {
  struct CodePointCase {
    std::string_view original;
    std::size_t byte_offset;
    std::size_t code_points;
  };
  const std::vector<CodePointCase> cases = {
      {"", 0, 0},
      {"plata", 3, 3},
      {"Љубав plata", 11, 6},
      {"😀x", 4, 1},
      {"😀x", 5, 2},
      {"a\xFF\xFE"
       "b",
       3, 3},
      {"\xE2\x82x", 2, 2},      // a truncated sequence: two ill-formed bytes
      {"\xE2\x82\xACx", 3, 1},  // the same bytes completed: one €
      {"abc", 99, 3},           // past the end counts the whole text
  };
  for (const CodePointCase& c : cases) {
    SCOPED_TRACE(c.original);
    EXPECT_EQ(code_point_offset(c.original, c.byte_offset), c.code_points);
  }
}

// --- Ill-formed input and limits. ---

TEST(NormalizeInvalidUtf8, ReplacesEveryIllFormedSequenceWithASeparatorAndFlagsIt) {
  const std::vector<std::string_view> corpus = {
      "\xC3"sv,              // truncated two-byte sequence
      "\xE2\x82"sv,          // truncated three-byte sequence
      "\xF0\x9F\x98"sv,      // truncated four-byte sequence
      "\xC0\xAF"sv,          // overlong '/'
      "\xE0\x80\xAF"sv,      // overlong '/'
      "\xF0\x80\x80\xAF"sv,  // overlong '/'
      "\xED\xA0\x80"sv,      // UTF-16 surrogate D800 encoded in UTF-8
      "\xED\xBF\xBF"sv,      // surrogate DFFF
      "\xF4\x90\x80\x80"sv,  // above U+10FFFF
      "\xF5\x80\x80\x80"sv,  // lead byte that never occurs
      "\xFF"sv,
      "\xFE\xFE"sv,
      "\x80"sv,  // lone continuation bytes
      "\xBF\xBF\xBF"sv,
  };
  for (std::string_view bad : corpus) {
    const std::string input = "plata" + std::string(bad) + "posao";
    SCOPED_TRACE(testing::PrintToString(input));
    const NormalizedText normalized = normalize(input);
    EXPECT_EQ(normalized.text, "plata posao");
    EXPECT_EQ(normalized.flags, Flag::invalid_utf8);
    ASSERT_EQ(normalized.source.size(), normalized.text.size() + 1);
    EXPECT_EQ(normalized.source[6], 5 + bad.size()) << "posao starts after the bad bytes";
    EXPECT_EQ(normalized.source.back(), input.size());
    EXPECT_EQ(code_point_offset(input, 5 + bad.size()), 5 + bad.size());
  }
}

TEST(NormalizeInvalidUtf8, WellFormedEdgeCodePointsAreNotFlagged) {
  expect_folds({
      {"an encoded replacement character is a separator",
       "a\xEF\xBF\xBD"
       "b",
       "a b", Flag::none},
      {"the last code point",
       "a\xF4\x8F\xBF\xBF"
       "b",
       "a b", Flag::none},
      {"the first three-byte code point is a letter, kept",
       "a\xE0\xA0\x80"
       "b",
       "a\xE0\xA0\x80"
       "b",
       Flag::none},
  });
}

TEST(NormalizeInvalidUtf8, SurvivesRandomBytes) {
  std::mt19937 random(2024);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 200; ++round) {
    std::string input(static_cast<std::size_t>(round * 7 % 300), '\0');
    for (char& c : input) c = static_cast<char>(byte(random));
    const NormalizedText normalized = normalize(input);
    ASSERT_EQ(normalized.source.size(), normalized.text.size() + 1);
    ASSERT_EQ(normalized.source.back(), input.size());
    ASSERT_TRUE(std::is_sorted(normalized.source.begin(), normalized.source.end()));
    const ByteSpan all = normalized.to_original(0, normalized.text.size());
    ASSERT_LE(all.end, input.size());
  }
}

TEST(NormalizeLimits, EmptyInputGivesAnEmptyMatchFormWithItsSentinel) {
  const NormalizedText normalized = normalize("");
  EXPECT_EQ(normalized.text, "");
  EXPECT_EQ(normalized.source, std::vector<std::uint32_t>{0});
  EXPECT_EQ(normalized.flags, Flag::none);
  EXPECT_EQ(normalized.to_original(0, 0), (ByteSpan{0, 0}));
}

TEST(NormalizeLimits, InputPastTheLimitIsCutAtACodePointBoundaryAndFlagged) {
  const std::string input = "ab Љ!";  // Љ is bytes 3 and 4
  struct LimitCase {
    std::size_t max_bytes;
    std::string_view expected;
    std::uint32_t consumed;
    Flag flags;
  };
  const std::vector<LimitCase> cases = {
      {3, "ab ", 3, Flag::truncated},
      {4, "ab ", 3, Flag::truncated},  // would split Љ: cut
                                       // before it
      {5, "ab lj", 5, Flag::truncated},
      {6, "ab lj!", 6, Flag::none},
      {0, "", 0, Flag::truncated},
  };
  for (const LimitCase& c : cases) {
    SCOPED_TRACE(c.max_bytes);
    NormalizeOptions options;
    options.max_bytes = c.max_bytes;
    const NormalizedText normalized = normalize(input, options);
    EXPECT_EQ(normalized.text, c.expected);
    EXPECT_EQ(normalized.source.back(), c.consumed);
    EXPECT_EQ(normalized.flags, c.flags);
  }
}

TEST(NormalizeLimits, TwentyMegabytesOfMixedTextNormalise) {
  std::string paragraph = make_serbian_text(3) + to_cyrillic(make_serbian_text(4)) +
                          "\u0420 l a t a z4r4d4 pla\u200Bta 😀 €2.500\n";
  std::string input;
  input.reserve((20u << 20) + paragraph.size());
  while (input.size() < (20u << 20)) input += paragraph;
  const NormalizedText normalized = normalize(input);
  ASSERT_EQ(normalized.source.size(), normalized.text.size() + 1);
  EXPECT_EQ(normalized.source.back(), input.size());
  EXPECT_GT(normalized.text.size(), input.size() / 2);
  EXPECT_EQ(normalized.flags, Flag::mixed_script | Flag::spaced | Flag::leet | Flag::zero_width);
  // The first repetition folds like the paragraph alone.
  const std::string tail = normalize(paragraph).text;
  EXPECT_EQ(normalized.text.substr(0, tail.size()), tail);
}

TEST(NormalizeLimits, LongChainsOfOneLetterWordsStayLinear) {
  // Quadratic rescans would make this test time out, not fail an assertion.
  std::string input;
  while (input.size() < (4u << 20)) input += "a i u o ";
  const NormalizedText normalized = normalize(input);
  EXPECT_EQ(normalized.text, input);
  EXPECT_EQ(normalized.flags, Flag::none);
}

TEST(NormalizeFlags, NamesAreListedInBitOrder) {
  EXPECT_TRUE(flag_names(Flag::none).empty());
  EXPECT_EQ(flag_names(Flag::degraded | Flag::invalid_utf8 | Flag::leet),
            (std::vector<std::string>{"invalid_utf8", "leet", "degraded"}));
  EXPECT_EQ(flag_names(Flag::mixed_script | Flag::spaced | Flag::zero_width | Flag::truncated),
            (std::vector<std::string>{"mixed_script", "spaced", "zero_width", "truncated"}));
  EXPECT_EQ(flag_names(Flag::many_entities | Flag::spaced),
            (std::vector<std::string>{"spaced", "many_entities"}));
}

}  // namespace
}  // namespace jobscreen
