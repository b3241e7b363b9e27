#include "entities/age_extractor.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace jobscreen::detail {
namespace {

constexpr int kYoungest = 14;
constexpr int kOldest = 80;

constexpr std::string_view kYearWords[] = {"godina", "godine", "god",  "years", "year",
                                           "yrs",    "let",    "leta", "yo"};
// Words before a number that make it an age ("starosti 18-30", "age 18-25").
constexpr std::string_view kAgeWords[] = {"starosti", "starost",  "uzrasta", "uzrast", "age",
                                          "aged",     "ages",     "dob",     "dobi",   "godista",
                                          "starosne", "starosna", "staro"};
constexpr std::string_view kExperienceWords[] = {
    "iskustva", "iskustvo", "experience", "staza", "radnog", "rada", "of", "u", "na", "garancije"};
constexpr std::string_view kUpperWords[] = {"under",   "ispod",   "max",  "maksimalno",
                                            "maximum", "najvise", "below"};
constexpr std::string_view kYoungerWords[] = {"mladje", "mladji", "mladja", "mladjih", "younger"};
constexpr std::string_view kLowerWords[] = {"over", "preko", "min", "minimum", "najmanje", "above"};
constexpr std::string_view kOlderWords[] = {"stariji", "starije", "starija", "starijih", "older"};
// Words after a number that make it anything but an age ("under 30 minutes").
constexpr std::string_view kOtherUnits[] = {
    "min",     "minuta",  "minutes",    "km",      "kg",     "eur",     "evra",
    "din",     "dinara",  "sati",       "h",       "hours",  "dana",    "days",
    "m",       "usd",     "kilometara", "sata",    "casova", "meseci",  "months",
    "stepeni", "million", "miliona",    "billion", "milion", "percent", "posto"};
constexpr std::string_view kWomenWords[] = {
    "devojke", "devojka", "devojku", "devojaka", "djevojke", "djevojka", "djevojaka", "zene",
    "zena",    "zenske",  "dame",    "dama",     "hostese",  "hostesa",  "girls",     "girl",
    "women",   "woman",   "ladies",  "lady",     "female",   "females",  "zensku",    "devojkama"};
constexpr std::string_view kMenWords[] = {"muskarci", "muskarca", "muskarce", "muskaraca",
                                          "momci",    "momke",    "momak",    "men",
                                          "man",      "male",     "males",    "guys"};

std::optional<int> age_number(std::string_view w) {
  if (w.size() != 2 || !is_digit(w[0]) || !is_digit(w[1])) return std::nullopt;
  const int v = (w[0] - '0') * 10 + (w[1] - '0');
  if (v < kYoungest || v > kOldest) return std::nullopt;
  return v;
}

// "women", "men" or "" from the words within `radius` of [first, last].
std::string addressed_near(const WordList& words, std::size_t first, std::size_t last) {
  constexpr std::size_t kRadius = 8;
  bool women = false;
  bool men = false;
  const std::size_t from = first >= kRadius ? first - kRadius : 0;
  for (std::size_t k = from; k <= last + kRadius && k < words.size(); ++k) {
    women = women || words.has_role(k, word_role::kWomenWord);
    men = men || words.has_role(k, word_role::kMenWord);
  }
  if (women == men) return "";
  return women ? "women" : "men";
}

// Whether "godina" after the number is an age, not experience ("2 godine iskustva").
bool year_word_at(const WordList& words, std::size_t k) {
  if (!words.has_role(k, word_role::kYearWord)) return false;
  return !words.has_role(k + 1, word_role::kExperienceWord);
}

bool age_word_before(const WordList& words, std::size_t first) {
  for (std::size_t k = first >= 3 ? first - 3 : 0; k < first; ++k)
    if (words.has_role(k, word_role::kAgeWord)) return true;
  return false;
}

}  // namespace

void add_age_words(Vocabulary& vocabulary) {
  vocabulary.add_roles(kYearWords, word_role::kYearWord);
  vocabulary.add_roles(kAgeWords, word_role::kAgeWord);
  vocabulary.add_roles(kExperienceWords, word_role::kExperienceWord);
  vocabulary.add_roles(kUpperWords, word_role::kUpperWord);
  vocabulary.add_roles(kYoungerWords, word_role::kYoungerWord);
  vocabulary.add_roles(kLowerWords, word_role::kLowerWord);
  vocabulary.add_roles(kOlderWords, word_role::kOlderWord);
  vocabulary.add_roles(kOtherUnits, word_role::kOtherUnit);
  vocabulary.add_roles(kWomenWords, word_role::kWomenWord);
  vocabulary.add_roles(kMenWords, word_role::kMenWord);
}

namespace {

// Appends the age that word `i` (two digits) starts, if it does; returns the
// index of the last word of the age, or `i`.
std::size_t age_at(const WordList& words, std::size_t i, const TakenSpans& taken,
                   std::vector<RawEntity>& out) {
  const std::string_view text = words.text();
  const std::optional<int> value = age_number(words.word(i));
  if (!value) return i;
  const WordSpan span = words.span(i);
  // Part of a larger number ("1.25", "25.000") or a time ("8:30").
  const auto glued = [&](std::size_t pos) {
    return pos < text.size() && (text[pos] == '.' || text[pos] == ',' || text[pos] == ':') &&
           pos + 1 < text.size() && is_digit(text[pos + 1]);
  };
  if (glued(span.end) || (span.begin >= 2 && glued(span.begin - 1))) return i;
  if (taken.overlaps(span.begin, span.end)) return i;

  AgeValue age;
  std::size_t last_word = i;
  std::uint32_t end = span.end;
  bool found = false;
  const std::string_view prev = i > 0 ? words.word(i - 1) : "";
  // Indices of the two words before; size() (no word, no role) at the start.
  const std::size_t prev_at = i > 0 ? i - 1 : words.size();
  const std::size_t prev2_at = i > 1 ? i - 2 : words.size();

  // Ranges: "18-25", "18 do 30", "18 to 25", "izmedju 18 i 25".
  std::size_t second = words.size();
  if (i + 1 < words.size()) {
    const WordSpan next = words.span(i + 1);
    const std::string_view between = text.substr(span.end, next.begin - span.end);
    const std::string_view link = words.word(i + 1);
    if (between == "-" || between == " - " || between == "- " || between == " -") {
      second = i + 1;
    } else if (between == " " &&
               (link == "do" || link == "to" ||
                ((link == "i" || link == "and") && (prev == "izmedju" || prev == "between")))) {
      second = i + 2;
    }
  }
  if (second < words.size()) {
    const std::optional<int> upper = age_number(words.word(second));
    if (upper && *upper > *value &&
        (year_word_at(words, second + 1) || age_word_before(words, i))) {
      age.min = *value;
      age.max = *upper;
      last_word = second;
      end = words.span(second).end;
      found = true;
    }
  }
  // Ages of majority: a bare "over 18" or "18+" is an age, "over 40" is not.
  const bool adult_threshold = *value == 16 || *value == 18 || *value == 21;
  const std::string_view after_plus = words.word_or_empty(i + 1);
  if (!found && span.end < text.size() && text[span.end] == '+' &&
      (span.end + 1 >= text.size() || !is_digit(text[span.end + 1])) &&
      (adult_threshold || age_word_before(words, i)) &&
      !words.has_role(i + 1, word_role::kYearWord | word_role::kOtherUnit) &&
      after_plus != "radna" && after_plus != "radnih") {
    // "18+"
    age.min = *value;
    end = span.end + 1;
    found = true;
  }
  const bool years_after = year_word_at(words, i + 1);
  // "over 18 years of experience", "under 30 minutes"
  if (!found && ((words.has_role(i + 1, word_role::kYearWord) && !years_after) ||
                 words.has_role(i + 1, word_role::kOtherUnit)))
    return i;
  if (!found &&
      (words.has_role(prev_at, word_role::kUpperWord) ||
       (prev == "do" && (years_after || age_word_before(words, i))) ||
       ((prev == "od" || prev == "than") && words.has_role(prev2_at, word_role::kYoungerWord)))) {
    // "under 30", "do 30 godina", "starosti do 35", "mladje od 30"
    if (years_after || prev == "under" || age_word_before(words, i) ||
        words.has_role(prev2_at, word_role::kYoungerWord)) {
      age.max = *value;
      found = true;
    }
  }
  if (!found &&
      (words.has_role(prev_at, word_role::kLowerWord) ||
       ((prev == "od" || prev == "than") && words.has_role(prev2_at, word_role::kOlderWord)) ||
       (prev == "od" && years_after))) {
    // "preko 18 godina", "stariji od 18", "over 18"; not "preko 40 godina" (of history)
    if (adult_threshold || words.has_role(prev2_at, word_role::kOlderWord) ||
        age_word_before(words, i)) {
      age.min = *value;
      found = true;
    }
  }
  if (!found) return i;
  age.addressed = addressed_near(words, i, last_word);
  out.push_back(RawEntity{EntityType::age, span.begin, end, std::move(age)});
  return last_word;
}

}  // namespace

void find_ages(const WordList& words, const ByteMarks& marks, const TakenSpans& taken,
               std::vector<RawEntity>& out) {
  const std::string_view text = words.text();
  std::size_t next_word = 0;  // words before it belong to an age found already
  // Ages are words of two digits: visit the words with digits only.
  for (std::size_t p = marks.next_digit(0); p < text.size(); p = marks.next_digit(p)) {
    const std::size_t i = words.index_at_or_after(p);
    const WordSpan at = words.span(i);
    p = at.end;
    if (i < next_word || at.begin + 2 != at.end || !is_digit(text[at.begin]) ||
        !is_digit(text[at.begin + 1]))
      continue;
    next_word = age_at(words, i, taken, out) + 1;
  }
}

}  // namespace jobscreen::detail
