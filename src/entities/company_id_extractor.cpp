#include "entities/company_id_extractor.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace jobscreen::detail {
namespace {

bool all_digits(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c); });
}

bool all_letters(std::string_view w) {
  return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return is_letter(c); });
}

// Whether only label punctuation (":", "-", ".", "#", spaces) separates two words.
bool label_gap(std::string_view text, std::size_t from, std::size_t to) {
  if (to - from > 4) return false;
  for (std::size_t i = from; i < to; ++i)
    if (text[i] != ' ' && text[i] != ':' && text[i] != '-' && text[i] != '.' && text[i] != '#')
      return false;
  return true;
}

struct LabelPhrase {
  std::array<std::string_view, 3> words;  // "" ends the phrase
};

constexpr LabelPhrase kRegistrationLabels[] = {
    {{"reg", "br"}},
    {{"reg", "broj"}},
    {{"registarski", "broj"}},
    {{"registration", "number"}},
    {{"registration", "no"}},
    {{"company", "number"}},
    {{"company", "no"}},
    {{"company", "registration", "number"}},
    {{"broj", "licence"}},
    {{"br", "licence"}},
    {{"broj", "licence"}},
    {{"broj", "dozvole"}},
    {{"licenca"}},
    {{"licence"}},
    {{"license"}},
    {{"licencu"}},
    {{"dozvola"}},
    {{"registration"}},
};

constexpr std::string_view kFillers[] = {"br", "broj", "no",       "nr", "number",
                                         "za", "rad",  "agencije", "is", "num"};
constexpr std::string_view kStreetLabels[] = {"ulica",    "ulici", "ul",  "bulevar",
                                              "bulevaru", "bul",   "trg", "trgu"};
constexpr std::string_view kEnglishStreets[] = {"street",    "st",   "avenue", "ave", "road",  "rd",
                                                "boulevard", "blvd", "lane",   "ln",  "square"};

// Number of words of the phrase starting at word `i`, or 0.
std::size_t phrase_at(const WordList& words, std::size_t i, const LabelPhrase& phrase) {
  std::size_t k = 0;
  for (; k < phrase.words.size() && !phrase.words[k].empty(); ++k) {
    if (words.word_or_empty(i + k) != phrase.words[k]) return 0;
    if (k > 0 && !label_gap(words.text(), words.span(i + k - 1).end, words.span(i + k).begin))
      return 0;
  }
  return k;
}

void add(std::vector<RawEntity>& out, std::uint32_t begin, std::uint32_t end, std::string_view kind,
         std::string value) {
  out.push_back(RawEntity{EntityType::company_id, begin, end,
                          CompanyIdValue{std::string(kind), std::move(value)}});
}

// "pib: 100002887", "mb 07012345": the digits word after the label, or size().
std::size_t digits_after_label(const WordList& words, std::size_t label_last, std::size_t length) {
  const std::size_t k = label_last + 1;
  if (k >= words.size() ||
      !label_gap(words.text(), words.span(label_last).end, words.span(k).begin))
    return words.size();
  const std::string_view w = words.word(k);
  return all_digits(w) && w.size() == length ? k : words.size();
}

// An identifier with digits from word `k` on: "022-00-00123/2019", "a12345".
std::size_t identifier_end(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size()) {
    const char c = text[end];
    if (is_word_char(c)) {
      ++end;
    } else if ((c == '-' || c == '/' || c == '.') && end + 1 < text.size() &&
               is_word_char(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return end;
}

bool try_registration(const WordList& words, std::size_t i, std::vector<RawEntity>& out,
                      std::size_t& last_used) {
  for (const auto& phrase : kRegistrationLabels) {
    const std::size_t len = phrase_at(words, i, phrase);
    if (len == 0) continue;
    std::size_t k = i + len;
    while (k < words.size() && k < i + len + 2 && words.has_role(k, word_role::kCompanyFiller)) ++k;
    if (k >= words.size() || words.span(k).begin - words.span(k - 1).end > 4) return false;
    const std::string_view text = words.text();
    std::size_t end = identifier_end(text, words.span(k).begin);
    // A register's letters before the number: "bd 12345/2020".
    if (all_letters(words.word(k)) && words.word(k).size() <= 3 && k + 1 < words.size() &&
        words.span(k + 1).begin == end + 1 && text[end] == ' ' &&
        is_digit(text[words.span(k + 1).begin]))
      end = identifier_end(text, words.span(k + 1).begin);
    const std::string_view id = text.substr(words.span(k).begin, end - words.span(k).begin);
    if (std::count_if(id.begin(), id.end(), [](char c) { return is_digit(c); }) < 3) return false;
    add(out, words.span(i).begin, static_cast<std::uint32_t>(end), "registration", std::string(id));
    last_used = words.index_at_or_after(end > 0 ? end - 1 : 0);
    return true;
  }
  return false;
}

bool is_house_number(std::string_view w) {
  if (w == "bb") return true;
  std::size_t digits = 0;
  while (digits < w.size() && is_digit(w[digits])) ++digits;
  return digits >= 1 && digits <= 4 && w.size() - digits <= 1;
}

bool try_address(const WordList& words, std::size_t i, std::vector<RawEntity>& out,
                 std::size_t& last_used) {
  const std::string_view text = words.text();
  const std::string_view w = words.word(i);
  if (words.has_role(i, word_role::kStreetLabel)) {
    // "ulica kneza milosa 12", "ul. x 12", "bulevar oslobodjenja bb"
    std::size_t k = i + 1;
    while (k < words.size() && k <= i + 5 && all_letters(words.word(k)) && words.word(k) != "bb")
      ++k;
    if (k == i + 1 || k >= words.size() || !is_house_number(words.word(k))) return false;
    add(out, words.span(i).begin, words.span(k).end, "address",
        std::string(text.substr(words.span(i).begin, words.span(k).end - words.span(i).begin)));
    last_used = k;
    return true;
  }
  if (all_digits(w) && w.size() <= 5) {
    // "123 main street": the street word is the 2nd, 3rd or 4th after the number.
    if (!words.has_role(i + 2, word_role::kEnglishStreet) &&
        !words.has_role(i + 3, word_role::kEnglishStreet) &&
        !words.has_role(i + 4, word_role::kEnglishStreet))
      return false;
    std::size_t k = i + 1;
    while (k < words.size() && k <= i + 3 && all_letters(words.word(k)) &&
           !words.has_role(k, word_role::kEnglishStreet))
      ++k;
    if (k == i + 1 || k >= words.size() || !words.has_role(k, word_role::kEnglishStreet))
      return false;
    add(out, words.span(i).begin, words.span(k).end, "address",
        std::string(text.substr(words.span(i).begin, words.span(k).end - words.span(i).begin)));
    last_used = k;
    return true;
  }
  if (w == "bb" && i > 0) {
    // "knez mihailova bb": up to three words of the street name before it.
    std::size_t first = i;
    while (first > 0 && first + 3 > i && all_letters(words.word(first - 1)) &&
           words.word(first - 1).size() > 2 &&
           only_spaces_between(text, words.span(first - 1).end, words.span(first).begin))
      --first;
    if (first == i) return false;
    add(out, words.span(first).begin, words.span(i).end, "address",
        std::string(
            text.substr(words.span(first).begin, words.span(i).end - words.span(first).begin)));
    last_used = i;
    return true;
  }
  return false;
}

// Words that can start an identifier; other words are skipped at once.
constexpr std::string_view kTriggerWords[] = {
    "pib",   "mb", "maticni", "mat",      "reg",     "registarski", "registration", "company",
    "broj",  "br", "licenca", "licence",  "license", "licencu",     "dozvola",      "ulica",
    "ulici", "ul", "bulevar", "bulevaru", "bul",     "trg",         "trgu",         "bb"};

}  // namespace

bool is_valid_pib(std::string_view pib) {
  if (pib.size() != 9 || !all_digits(pib)) return false;
  int t = 10;
  for (std::size_t i = 0; i < 8; ++i) {
    t = (t + (pib[i] - '0')) % 10;
    if (t == 0) t = 10;
    t = (2 * t) % 11;
  }
  return (11 - t) % 10 == pib[8] - '0';
}

void add_company_id_words(Vocabulary& vocabulary) {
  vocabulary.add_roles(kTriggerWords, word_role::kCompanyTrigger);
  vocabulary.add_roles(kFillers, word_role::kCompanyFiller);
  vocabulary.add_roles(kStreetLabels, word_role::kStreetLabel);
  vocabulary.add_roles(kEnglishStreets, word_role::kEnglishStreet);
}

void find_company_ids(const WordList& words, std::vector<RawEntity>& out) {
  const std::string_view text = words.text();
  for (std::size_t i = words.next_with_role_or_number(0, word_role::kCompanyTrigger);
       i < words.size(); i = words.next_with_role_or_number(i + 1, word_role::kCompanyTrigger)) {
    const bool number = is_digit(text[words.span(i).begin]);
    const std::string_view w = words.word(i);
    if (w == "pib") {
      const std::size_t k = digits_after_label(words, i, 9);
      if (k < words.size() && is_valid_pib(words.word(k))) {
        add(out, words.span(i).begin, words.span(k).end, "pib", std::string(words.word(k)));
        i = k;
      }
      continue;
    }
    std::size_t mb_label_last = words.size();
    if (w == "mb") mb_label_last = i;
    if ((w == "maticni" || w == "mat") &&
        (words.word_or_empty(i + 1) == "broj" || words.word_or_empty(i + 1) == "br"))
      mb_label_last = i + 1;
    if (mb_label_last < words.size()) {
      const std::size_t k = digits_after_label(words, mb_label_last, 8);
      if (k < words.size()) {
        add(out, words.span(i).begin, words.span(k).end, "mb", std::string(words.word(k)));
        i = k;
        continue;
      }
    }
    std::size_t last_used = i;
    // Registration labels are words of letters: a number cannot start one.
    if ((!number && try_registration(words, i, out, last_used)) ||
        try_address(words, i, out, last_used))
      i = std::max(i, last_used);
  }
}

}  // namespace jobscreen::detail
