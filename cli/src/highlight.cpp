#include "highlight.hpp"

#include <algorithm>

namespace jobscreen::cli {
namespace {

struct Mark {
  std::size_t start = 0;
  std::size_t end = 0;
  std::vector<std::size_t> hit_numbers;
  bool raises_risk = false;
};

std::vector<Mark> merged_marks(std::string_view text, const std::vector<Hit>& hits) {
  std::vector<Mark> marks;
  for (std::size_t i = 0; i < hits.size(); ++i)
    for (const auto& match : hits[i].matches)
      if (match.start < match.end && match.end <= text.size())
        marks.push_back({match.start, match.end, {i + 1}, hits[i].points > 0});
  std::sort(marks.begin(), marks.end(),
            [](const Mark& a, const Mark& b) { return a.start < b.start; });
  std::vector<Mark> merged;
  for (auto& mark : marks) {
    if (!merged.empty() && mark.start < merged.back().end) {
      Mark& last = merged.back();
      last.end = std::max(last.end, mark.end);
      last.raises_risk = last.raises_risk || mark.raises_risk;
      last.hit_numbers.push_back(mark.hit_numbers.front());
    } else {
      merged.push_back(std::move(mark));
    }
  }
  for (auto& mark : merged) {
    std::sort(mark.hit_numbers.begin(), mark.hit_numbers.end());
    mark.hit_numbers.erase(std::unique(mark.hit_numbers.begin(), mark.hit_numbers.end()),
                           mark.hit_numbers.end());
  }
  return merged;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const bool c1_control = c == 0xC2 && i + 1 < text.size() &&
                            static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                            static_cast<unsigned char>(text[i + 1]) <= 0x9F;
    if (c1_control) {
      out += ' ';
      ++i;
    } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string highlight(std::string_view text, const std::vector<Hit>& hits, const Palette& palette) {
  const bool plain = palette.reset.empty();
  std::string out;
  std::size_t done = 0;
  for (const auto& mark : merged_marks(text, hits)) {
    out += printable(text.substr(done, mark.start - done));
    std::string numbers;
    for (std::size_t n : mark.hit_numbers) {
      if (!numbers.empty()) numbers += ',';
      numbers += std::to_string(n);
    }
    const std::string phrase = printable(text.substr(mark.start, mark.end - mark.start));
    if (plain) {
      out += "[[" + phrase + "]](" + numbers + ")";
    } else {
      out += std::string(mark.raises_risk ? palette.highlight_risk : palette.highlight_safe);
      out += phrase;
      out += std::string(palette.reset) + std::string(palette.dim) + "(" + numbers + ")" +
             std::string(palette.reset);
    }
    done = mark.end;
  }
  out += printable(text.substr(done));
  return out;
}

}  // namespace jobscreen::cli
