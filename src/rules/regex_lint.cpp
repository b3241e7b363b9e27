#include "rules/regex_lint.hpp"

#include <algorithm>
#include <cctype>

namespace jobscreen::detail {
namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Reads digits at `i`, saturating far above any bound RE2 accepts (1000).
int read_number(std::string_view s, std::size_t& i) {
  int value = 0;
  while (i < s.size() && is_digit(s[i])) {
    value = std::min(value * 10 + (s[i] - '0'), 1'000'000);
    ++i;
  }
  return value;
}

}  // namespace

int largest_counted_repetition(std::string_view regex) {
  int largest = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\') {
      ++i;  // the escaped character is literal
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < regex.size() && regex[i + 1] == '^') ++i;
      if (i + 1 < regex.size() && regex[i + 1] == ']') ++i;  // "[]" starts with a literal ]
    } else if (c == '{' && i + 1 < regex.size() && is_digit(regex[i + 1])) {
      std::size_t j = i + 1;
      int bound = read_number(regex, j);
      if (j < regex.size() && regex[j] == ',') {
        ++j;
        if (j < regex.size() && is_digit(regex[j])) bound = std::max(bound, read_number(regex, j));
      }
      if (j < regex.size() && regex[j] == '}') {
        largest = std::max(largest, bound);
        i = j;
      }
    }
  }
  return largest;
}

}  // namespace jobscreen::detail
