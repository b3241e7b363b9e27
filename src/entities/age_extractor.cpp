#include "entities/age_extractor.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace jobscreen::detail {
namespace {

constexpr int kYoungest = 14;
constexpr int kOldest = 80;

template <std::size_t N>
bool one_of(std::string_view w, const std::string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

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
    const std::string_view w = words.word(k);
    women = women || one_of(w, kWomenWords);
    men = men || one_of(w, kMenWords);
  }
  if (women == men) return "";
  return women ? "women" : "men";
}

// Whether "godina" after the number is an age, not experience ("2 godine iskustva").
bool year_word_at(const WordList& words, std::size_t k) {
  if (!one_of(words.word_or_empty(k), kYearWords)) return false;
  return !one_of(words.word_or_empty(k + 1), kExperienceWords);
}

bool age_word_before(const WordList& words, std::size_t first) {
  for (std::size_t k = first >= 3 ? first - 3 : 0; k < first; ++k)
    if (one_of(words.word(k), kAgeWords)) return true;
  return false;
}

}  // namespace

void find_ages(const WordList& words, const TakenSpans& taken, std::vector<RawEntity>& out) {
  const std::string_view text = words.text();
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::optional<int> value = age_number(words.word(i));
    if (!value) continue;
    const WordSpan span = words.span(i);
    // Part of a larger number ("1.25", "25.000") or a time ("8:30").
    const auto glued = [&](std::size_t pos) {
      return pos < text.size() && (text[pos] == '.' || text[pos] == ',' || text[pos] == ':') &&
             pos + 1 < text.size() && is_digit(text[pos + 1]);
    };
    if (glued(span.end) || (span.begin >= 2 && glued(span.begin - 1))) continue;
    if (taken.overlaps(span.begin, span.end)) continue;

    AgeValue age;
    std::size_t last_word = i;
    std::uint32_t end = span.end;
    bool found = false;
    const std::string_view prev = i > 0 ? words.word(i - 1) : "";
    const std::string_view prev2 = i > 1 ? words.word(i - 2) : "";

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
        (adult_threshold || age_word_before(words, i)) && !one_of(after_plus, kYearWords) &&
        !one_of(after_plus, kOtherUnits) && after_plus != "radna" && after_plus != "radnih") {
      // "18+"
      age.min = *value;
      end = span.end + 1;
      found = true;
    }
    const bool years_after = year_word_at(words, i + 1);
    // "over 18 years of experience", "under 30 minutes"
    const std::string_view next_word = words.word_or_empty(i + 1);
    if (!found &&
        ((one_of(next_word, kYearWords) && !years_after) || one_of(next_word, kOtherUnits)))
      continue;
    if (!found && (one_of(prev, kUpperWords) ||
                   (prev == "do" && (years_after || age_word_before(words, i))) ||
                   ((prev == "od" || prev == "than") && one_of(prev2, kYoungerWords)))) {
      // "under 30", "do 30 godina", "starosti do 35", "mladje od 30"
      if (years_after || prev == "under" || age_word_before(words, i) ||
          one_of(prev2, kYoungerWords)) {
        age.max = *value;
        found = true;
      }
    }
    if (!found && (one_of(prev, kLowerWords) ||
                   ((prev == "od" || prev == "than") && one_of(prev2, kOlderWords)) ||
                   (prev == "od" && years_after))) {
      // "preko 18 godina", "stariji od 18", "over 18"; not "preko 40 godina" (of history)
      if (adult_threshold || one_of(prev2, kOlderWords) || age_word_before(words, i)) {
        age.min = *value;
        found = true;
      }
    }
    if (!found) continue;
    age.addressed = addressed_near(words, i, last_word);
    RawEntity e;
    e.type = EntityType::age;
    e.begin = span.begin;
    e.end = end;
    e.value = std::move(age);
    out.push_back(std::move(e));
    i = last_word;
  }
}

}  // namespace jobscreen::detail
