#include "normalize/leetspeak.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "normalize/ascii_classes.hpp"

namespace jobscreen::detail {
namespace {

// The letter a leet character stands for, or 0.
constexpr std::array<char, 128> make_leet_letters() {
  std::array<char, 128> letters{};
  letters['0'] = 'o';
  letters['1'] = 'i';
  letters['3'] = 'e';
  letters['4'] = 'a';
  letters['5'] = 's';
  letters['7'] = 't';
  letters['8'] = 'b';
  letters['@'] = 'a';
  letters['$'] = 's';
  return letters;
}
constexpr std::array<char, 128> kLeetLetters = make_leet_letters();

char leet_letter(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 128 ? kLeetLetters[byte] : 0;
}

bool is_subword_byte(char c) { return is_ascii_letter(c) || is_ascii_digit(c) || leet_letter(c); }

// Units and words that follow a single digit in real text ("5dana", "3sobe",
// "1euro"): a leading digit before them is a number, not a letter.
bool is_unit_word(std::string_view letters) {
  static constexpr std::array<std::string_view, 30> kUnits = {
      "eur",    "euro",   "evra", "evro",    "din",     "dinara", "rsd",  "usd", "chf",  "gbp",
      "god",    "godina", "sat",  "sata",    "sati",    "dan",    "dana", "min", "mes",  "mesec",
      "meseca", "meseci", "ned",  "nedelja", "nedelje", "sobe",   "soba", "kom", "puta", "osobe"};
  return std::find(kUnits.begin(), kUnits.end(), letters) != kUnits.end();
}

// Chunks (text between spaces) that are e-mail addresses or URLs keep their
// digits and '@' exactly.
bool is_address(std::string_view chunk) {
  if (chunk.find("://") != std::string_view::npos || chunk.starts_with("www.")) return true;
  const std::size_t at = chunk.find('@');
  if (at == std::string_view::npos) return false;
  for (std::size_t dot = chunk.find('.', at); dot != std::string_view::npos;
       dot = chunk.find('.', dot + 1)) {
    if (dot + 1 < chunk.size() && is_ascii_letter(chunk[dot + 1])) return true;
  }
  return false;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Digits that are plainly part of a number or a name: two or more in a row
// ("insurance401k", "gbp30k"), or one before a closing unit letter or an
// ordinal ending ("direct3d", "gbp5m", "analysis3rd", "4th"). Not x and
// not after 0: "inb0x" and "prih0d" are words. Not x:
// "inb0x" is a word.
bool has_number_like_digit(const char* word, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    if (!is_ascii_digit(word[i])) continue;
    if (i + 1 < size && is_ascii_digit(word[i + 1])) return true;
    const std::string_view rest(word + i + 1, size - i - 1);
    // No unit starts with 0 ("prih0d" is a word).
    if (rest.size() == 1 && word[i] != '0' &&
        std::string_view("bdghkmp").find(rest[0]) != std::string_view::npos) {
      return true;
    }
    if (rest == "st" || rest == "nd" || rest == "rd" || rest == "th") return true;
  }
  return false;
}

// Only a-f letters with digits: a hexadecimal code ("ca0e", "4f3b").
bool is_hex_code(const char* word, std::size_t size) {
  for (std::size_t i = 0; i < size; ++i) {
    if (is_ascii_letter(word[i]) && word[i] > 'f') return false;
    if (!is_ascii_letter(word[i]) && !is_ascii_digit(word[i])) return false;
  }
  return true;
}

// Decides one run of letters, digits, '@' and '$' and rewrites it if it is
// leetspeak. Returns true if it rewrote something.
bool read_subword(char* word, std::size_t size) {
  std::size_t letters = 0;
  std::size_t leet = 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (is_ascii_letter(word[i])) {
      ++letters;
    } else if (leet_letter(word[i])) {
      ++leet;
    } else {
      return false;  // 2, 6, 9: a number or a code ("b2b", "covid19")
    }
  }
  if (leet == 0 || letters < 2 || letters + leet < 4) return false;
  // With only two real letters, accept vowels written as 4, 3, 0 or @
  // ("l4k4", "m0j0") but not 1 or 5, common in codes ("h1n1", "a1b5").
  if (letters == 2) {
    for (std::size_t i = 0; i < size; ++i)
      if (!is_ascii_letter(word[i]) &&
          std::string_view("430@").find(word[i]) == std::string_view::npos)
        return false;
  }
  if (has_number_like_digit(word, size) || is_hex_code(word, size)) return false;

  // Interleaved: some leet character has letters on both sides ("pl@ta",
  // "z4r4d4"). Then every leet character of the word is a letter.
  std::size_t first_letter = size;
  std::size_t last_letter = 0;
  for (std::size_t i = 0; i < size; ++i) {
    if (is_ascii_letter(word[i])) {
      first_letter = std::min(first_letter, i);
      last_letter = i;
    }
  }
  bool interleaved = false;
  for (std::size_t i = first_letter; i < last_letter; ++i) {
    if (!is_ascii_letter(word[i])) interleaved = true;
  }
  if (interleaved) {
    for (std::size_t i = 0; i < size; ++i) {
      if (const char letter = leet_letter(word[i]); letter != 0) word[i] = letter;
    }
    return true;
  }

  // Leading: one 0, 3 or 4 for a vowel before a consonant ("3vra"), unless
  // the letters are a unit ("4sata"). Other leading digits are counts
  // ("1osoba", "5dana"); trailing digits ("covid19", "mp3") stay.
  const char first = word[0];
  if (leet == 1 && (first == '0' || first == '3' || first == '4') && first_letter == 1 &&
      !is_vowel(word[1]) && !is_unit_word(std::string_view(word + 1, size - 1))) {
    word[0] = leet_letter(first);
    return true;
  }
  return false;
}

bool read_chunk(char* chunk, std::size_t size) {
  if (is_address(std::string_view(chunk, size))) return false;
  bool changed = false;
  std::size_t i = 0;
  while (i < size) {
    if (!is_subword_byte(chunk[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < size && is_subword_byte(chunk[end])) ++end;
    // A run glued to a non-ASCII letter is part of a longer word we cannot read.
    const bool glued = (i > 0 && static_cast<unsigned char>(chunk[i - 1]) >= 0x80) ||
                       (end < size && static_cast<unsigned char>(chunk[end]) >= 0x80);
    if (!glued && read_subword(chunk + i, end - i)) changed = true;
    i = end;
  }
  return changed;
}

}  // namespace

bool read_leetspeak(std::string& text) {
  // Leet characters are rare in ordinary text (prices, phone numbers), so
  // look for them first and only then at the chunk around them.
  bool changed = false;
  char* data = text.data();
  const std::size_t size = text.size();
  std::size_t i = 0;
  while (i < size) {
    if (!has_class(data[i], kLeetBit)) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (start > 0 && data[start - 1] != ' ') --start;
    std::size_t end = i;
    while (end < size && data[end] != ' ') ++end;
    bool has_letter = false;
    for (std::size_t j = start; j < end && !has_letter; ++j) has_letter = is_ascii_letter(data[j]);
    if (has_letter && read_chunk(data + start, end - start)) changed = true;
    i = end;
  }
  return changed;
}

}  // namespace jobscreen::detail
