#include "entities/phone_extractor.hpp"

#include <array>
#include <string>

#include "entities/text_scan.hpp"

namespace jobscreen::detail {
namespace {

// One country of the numbering-plan table. Prefixes are of the national
// number without the trunk 0; "," separates alternatives.
struct CountryPlan {
  std::string_view code;
  std::string_view iso;
  std::string_view mobile;
  std::string_view landline;
  int max_national = 10;
};

// Longest codes first would not matter: calling codes are a prefix code.
constexpr CountryPlan kPlans[] = {
    {"381", "RS", "6", "1,2,3", 9},
    {"49", "DE", "15,16,17", "2,3,4,5,6,7,8,9", 11},
    {"43", "AT", "6", "1,2,3,4,5,7", 12},
    {"41", "CH", "75,76,77,78,79", "2,3,4,5,6,8,9", 9},
    {"385", "HR", "9", "1,2,3,4,5", 9},
    {"387", "BA", "6", "3,4,5", 9},
    {"382", "ME", "6", "2,3,4,5", 8},
    {"389", "MK", "7", "2,3,4", 8},
    {"386", "SI", "30,31,40,41,51,64,65,68,69,70,71", "1,2,3,4,5,7", 8},
    {"36", "HU", "20,30,31,50,70", "", 9},
    {"40", "RO", "7", "2,3", 9},
    {"359", "BG", "87,88,89,98,99", "2", 9},
    {"30", "GR", "69", "2", 10},
    {"90", "TR", "5", "2,3,4", 10},
    {"971", "AE", "5", "2,3,4,6,7,9", 9},
    {"974", "QA", "3,5,6,7", "4", 8},
    {"966", "SA", "5", "1", 9},
    {"7", "RU", "9", "3,4,8", 10},
    {"380", "UA", "", "", 9},
    {"48", "PL", "", "", 9},
    {"420", "CZ", "6,7", "2,3,4,5", 9},
    {"39", "IT", "3", "0", 11},
    {"33", "FR", "6,7", "1,2,3,4,5", 9},
    {"34", "ES", "6,7", "8,9", 9},
    {"31", "NL", "6", "1,2,3,4,5,7", 9},
    {"32", "BE", "4", "1,2,3,5,6,7,8,9", 9},
    {"44", "GB", "7", "1,2", 10},
    {"353", "IE", "8", "1,2,4,5,6,7,9", 9},
    {"46", "SE", "7", "1,2,3,4,5,6,8,9", 9},
    {"47", "NO", "4,9", "2,3,5,6,7", 8},
    {"45", "DK", "", "", 8},
    {"1", "US", "", "", 10},
    {"356", "MT", "7,9", "2", 8},
    {"357", "CY", "9", "2", 8},
    {"61", "AU", "4", "2,3,7,8", 9},
    {"352", "LU", "6", "2,4", 9},
    {"965", "KW", "5,6,9", "2", 8},
    {"973", "BH", "3", "1", 8},
    {"355", "AL", "6", "2,4,5", 9},
};

bool starts_with_any(std::string_view digits, std::string_view prefixes) {
  while (!prefixes.empty()) {
    const std::size_t comma = prefixes.find(',');
    const std::string_view p = prefixes.substr(0, comma);
    if (!p.empty() && digits.substr(0, p.size()) == p) return true;
    if (comma == std::string_view::npos) break;
    prefixes.remove_prefix(comma + 1);
  }
  return false;
}

const CountryPlan* find_plan(std::string_view digits) {
  for (std::size_t len = 1; len <= 3 && len <= digits.size(); ++len)
    for (const auto& plan : kPlans)
      if (plan.code == digits.substr(0, len)) return &plan;
  return nullptr;
}

std::string_view kind_of(const CountryPlan& plan, std::string_view national) {
  if (starts_with_any(national, plan.mobile)) return "mobile";
  if (starts_with_any(national, plan.landline)) return "landline";
  return "unknown";
}

// Words after which digits are an account, tax or personal number, not a phone.
bool is_non_phone_label(std::string_view w) {
  static constexpr std::string_view kLabels[] = {
      "pib", "mb", "maticni", "racun", "racuna", "iban", "jmbg", "tekuci", "ziro", "pdv", "sifra"};
  for (auto label : kLabels)
    if (w == label) return true;
  return false;
}

bool is_separator(char c) {
  return c == ' ' || c == '-' || c == '/' || c == '.' || c == '(' || c == ')';
}

// Reading stops after the group that brings the digits past this many.
constexpr std::size_t kMaxDigits = 18;

// A list of at most kMaxDigits + 1 values (every group has a digit), kept
// inline: a candidate costs no allocation.
template <typename T>
class GroupList {
 public:
  void push_back(T value) { values_[size_++] = value; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T operator[](std::size_t i) const { return values_[i]; }
  T back() const { return values_[size_ - 1]; }
  const T* begin() const { return values_.data(); }
  const T* end() const { return values_.data() + size_; }

 private:
  std::array<T, kMaxDigits + 1> values_;  // only [0, size_) is set
  std::size_t size_ = 0;
};

// Digits of a candidate with the byte end of each separated group.
struct DigitGroups {
  std::string digits;
  GroupList<std::size_t> group_digit_ends;  // digits.size() after each group
  GroupList<std::size_t> group_byte_ends;
  GroupList<char> separators;  // separator text before each group after the first
  std::size_t end = 0;         // byte after the whole run
};

DigitGroups read_groups(std::string_view text, std::size_t pos) {
  DigitGroups g;
  char separator = 0;
  while (pos < text.size()) {
    if (is_digit(text[pos])) {
      std::size_t i = pos;
      while (i < text.size() && is_digit(text[i])) g.digits.push_back(text[i++]);
      if (!g.group_byte_ends.empty()) g.separators.push_back(separator);
      g.group_digit_ends.push_back(g.digits.size());
      g.group_byte_ends.push_back(i);
      pos = i;
      if (g.digits.size() > kMaxDigits) break;
      continue;
    }
    // Up to two separator bytes (") ", " (", " - " counts its outer spaces).
    std::size_t i = pos;
    separator = 0;
    while (i < text.size() && i - pos < 3 && is_separator(text[i])) {
      if (text[i] != ' ' || separator == 0) separator = text[i];
      ++i;
    }
    if (i == pos || i >= text.size() || !is_digit(text[i])) break;
    if (g.digits.empty() && text[pos] != '(') break;
    pos = i;
  }
  g.end = g.group_byte_ends.empty() ? pos : g.group_byte_ends.back();
  return g;
}

// dd.mm.yyyy, dd/mm/yy and the like.
bool looks_like_date(const DigitGroups& g) {
  if (g.group_digit_ends.size() < 2 || g.group_digit_ends.size() > 3) return false;
  for (char s : g.separators)
    if (s != '.' && s != '/' && s != '-') return false;
  std::size_t prev = 0;
  for (std::size_t i = 0; i < g.group_digit_ends.size(); ++i) {
    const std::size_t len = g.group_digit_ends[i] - prev;
    prev = g.group_digit_ends[i];
    if (i < 2 && len > 2) return false;
    if (i == 2 && len != 2 && len != 4) return false;
  }
  return true;
}

// Number of leading groups whose digits (after `skip`) fit [min_len, max_len].
std::size_t fitting_groups(const DigitGroups& g, std::size_t skip, std::size_t min_len,
                           std::size_t max_len) {
  std::size_t best = 0;
  for (std::size_t i = 0; i < g.group_digit_ends.size(); ++i) {
    if (g.group_digit_ends[i] < skip) continue;
    const std::size_t len = g.group_digit_ends[i] - skip;
    if (len > max_len) break;
    if (len >= min_len) best = i + 1;
  }
  return best;
}

}  // namespace

void find_phones(std::string_view text, const ByteMarks& marks, std::vector<RawEntity>& out) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  // Every number starts at a '+', '(' or '0'.
  while ((i = marks.next_phone_start(i)) < n) {
    const char c = text[i];
    const bool plus = c == '+' && i + 1 < n && is_digit(text[i + 1]);
    const bool paren = c == '(' && i + 1 < n && (text[i + 1] == '0' || text[i + 1] == '+');
    const bool zero = c == '0' && i + 1 < n && is_digit(text[i + 1]);
    if (!plus && !paren && !zero) {
      ++i;
      continue;
    }
    // Not inside a word, a number or a decimal ("1.064", "a0641").
    if (i > 0) {
      const char p = text[i - 1];
      const bool glued =
          is_word_char(p) || ((p == '.' || p == ',' || p == '-' || p == '/' || p == '+') && i > 1 &&
                              is_digit(text[i - 2]));
      if (glued) {
        ++i;  // always advance: "(" is not a word character
        while (i < n && (is_word_char(text[i]) || text[i] == '+')) ++i;
        continue;
      }
    }
    const std::size_t begin = i;
    std::size_t digits_from = i + (paren ? 1 : 0);
    const bool inner_plus = paren && text[digits_from] == '+';
    if (plus || inner_plus) ++digits_from;
    const DigitGroups g = read_groups(text, digits_from);
    const std::size_t next = g.end > i ? g.end : i + 1;

    // The word before: "pib 012345678" is not a phone.
    std::size_t w_end = begin;
    while (w_end > 0 && !is_word_char(text[w_end - 1]) && begin - w_end < 3) --w_end;
    std::size_t w_begin = w_end;
    while (w_begin > 0 && is_letter(text[w_begin - 1])) --w_begin;
    if (is_non_phone_label(text.substr(w_begin, w_end - w_begin)) || looks_like_date(g) ||
        g.digits.size() < 8) {
      i = next;
      continue;
    }

    const std::string& d = g.digits;
    const bool international = plus || inner_plus || d.compare(0, 2, "00") == 0;
    std::string number;
    std::string_view iso;
    std::string_view kind;
    std::size_t groups = 0;
    if (international) {
      const std::size_t skip = (plus || inner_plus) ? 0 : 2;
      const CountryPlan* plan = find_plan(std::string_view(d).substr(skip));
      if (plan != nullptr) {
        std::size_t national_from = skip + plan->code.size();
        // "+49 (0) 151 ...": the trunk 0 is written but not dialled (Italy keeps it).
        if (d.size() > national_from && d[national_from] == '0' && plan->iso != "IT")
          ++national_from;
        const auto max_len = static_cast<std::size_t>(plan->max_national);
        groups = fitting_groups(g, national_from, plan->iso == "RS" ? 8 : 6, max_len);
        if (groups > 0) {
          const std::string national =
              d.substr(national_from, g.group_digit_ends[groups - 1] - national_from);
          number.assign(1, '+').append(plan->code).append(national);
          iso = plan->iso;
          kind = kind_of(*plan, national);
        }
      }
    } else {
      // Serbian national writing: 06x (mobile), 01x-03x (landline), 08x (special).
      const char area = d[1];
      if (area == '6' || area == '1' || area == '2' || area == '3' || area == '8') {
        groups = fitting_groups(g, 0, 9, 10);
        if (groups > 0) {
          number.assign("+381").append(d, 1, g.group_digit_ends[groups - 1] - 1);
          iso = "RS";
          kind = area == '6' ? "mobile" : area == '8' ? "unknown" : "landline";
        }
      }
    }
    // "022-03-00023/2017": the digits go on past the number, so it is a code.
    if (groups > 0 && groups < g.group_byte_ends.size() && g.separators[groups - 1] != ' ')
      groups = 0;
    if (groups == 0) {
      i = next;
      continue;
    }
    std::size_t end = g.group_byte_ends[groups - 1];
    if (paren && end < n && text[end] == ')') ++end;
    out.push_back(RawEntity{EntityType::phone, static_cast<std::uint32_t>(begin),
                            static_cast<std::uint32_t>(end),
                            PhoneValue{std::move(number), std::string(iso), std::string(kind)}});
    i = end;
  }
}

}  // namespace jobscreen::detail
