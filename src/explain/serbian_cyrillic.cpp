#include "explain/serbian_cyrillic.hpp"

#include <array>
#include <cctype>
#include <cstring>
#include <utility>

namespace jobscreen::detail {
namespace {

struct Mapping {
  const char* latin;
  const char* cyrillic;
};

// Longest first: digraphs before single letters.
constexpr std::array<Mapping, 66> kMappings{{
    {"Lj", "Љ"}, {"LJ", "Љ"}, {"lj", "љ"}, {"Nj", "Њ"}, {"NJ", "Њ"}, {"nj", "њ"}, {"Dž", "Џ"},
    {"DŽ", "Џ"}, {"dž", "џ"}, {"Č", "Ч"},  {"č", "ч"},  {"Ć", "Ћ"},  {"ć", "ћ"},  {"Š", "Ш"},
    {"š", "ш"},  {"Ž", "Ж"},  {"ž", "ж"},  {"Đ", "Ђ"},  {"đ", "ђ"},  {"A", "А"},  {"a", "а"},
    {"B", "Б"},  {"b", "б"},  {"C", "Ц"},  {"c", "ц"},  {"D", "Д"},  {"d", "д"},  {"E", "Е"},
    {"e", "е"},  {"F", "Ф"},  {"f", "ф"},  {"G", "Г"},  {"g", "г"},  {"H", "Х"},  {"h", "х"},
    {"I", "И"},  {"i", "и"},  {"J", "Ј"},  {"j", "ј"},  {"K", "К"},  {"k", "к"},  {"L", "Л"},
    {"l", "л"},  {"M", "М"},  {"m", "м"},  {"N", "Н"},  {"n", "н"},  {"O", "О"},  {"o", "о"},
    {"P", "П"},  {"p", "п"},  {"R", "Р"},  {"r", "р"},  {"S", "С"},  {"s", "с"},  {"T", "Т"},
    {"t", "т"},  {"U", "У"},  {"u", "у"},  {"V", "В"},  {"v", "в"},  {"Z", "З"},  {"z", "з"},
    {"Q", "Q"},  {"W", "W"},  {"X", "X"},
}};

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '@'; }

// Words that are not Serbian stay Latin: URLs, e-mails, foreign words with q w x y.
bool keep_latin(std::string_view word) {
  for (char c : word) {
    const char lower = static_cast<char>(c | 0x20);
    if (lower == 'q' || lower == 'w' || lower == 'x' || lower == 'y' || c == '@') return true;
  }
  return false;
}

void transliterate_word(std::string_view word, std::string& out) {
  std::size_t i = 0;
  while (i < word.size()) {
    bool mapped = false;
    for (const auto& m : kMappings) {
      const std::size_t n = std::strlen(m.latin);
      if (word.substr(i, n) == m.latin) {
        out += m.cyrillic;
        i += n;
        mapped = true;
        break;
      }
    }
    if (!mapped) out += word[i++];
  }
}

}  // namespace

std::string serbian_latin_to_cyrillic(std::string_view latin) {
  std::string out;
  out.reserve(latin.size() * 2);
  std::size_t i = 0;
  while (i < latin.size()) {
    if (!is_word_byte(static_cast<unsigned char>(latin[i]))) {
      out += latin[i++];
      continue;
    }
    std::size_t end = i;
    // A word runs to the next space; URLs and e-mails keep their dots.
    while (end < latin.size() && latin[end] != ' ' && latin[end] != '\n' && latin[end] != ',' &&
           latin[end] != '(' && latin[end] != ')' && latin[end] != '"')
      ++end;
    const std::string_view word = latin.substr(i, end - i);
    if (keep_latin(word) || word.find("://") != std::string_view::npos ||
        word.find("www.") != std::string_view::npos)
      out += word;
    else
      transliterate_word(word, out);
    i = end;
  }
  return out;
}

}  // namespace jobscreen::detail
