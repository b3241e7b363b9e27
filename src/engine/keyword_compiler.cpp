#include "engine/keyword_compiler.hpp"

#include "jobscreen/normalize.hpp"
#include "keywords/word_lexicon.hpp"

namespace jobscreen::detail {
namespace {

constexpr std::size_t kMinPrefixLetters = 3;

}  // namespace

CompiledKeyword compile_keyword(std::string_view keyword) {
  CompiledKeyword out;
  const std::string folded = normalize(keyword).text;
  std::size_t i = 0;
  while (i < folded.size()) {
    if (!is_word_byte(static_cast<unsigned char>(folded[i]))) {
      if (folded[i] == '*') {
        out.code = "E207";
        out.error = "'*' must end a word: \"" + std::string(keyword) + "\"";
        return out;
      }
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < folded.size() && is_word_byte(static_cast<unsigned char>(folded[end]))) ++end;
    const bool prefix = end < folded.size() && folded[end] == '*';
    if (prefix && end - i < kMinPrefixLetters) {
      out.code = "E207";
      out.error = "'*' needs at least three letters before it: \"" + std::string(keyword) + "\"";
      return out;
    }
    if (prefix && end + 1 < folded.size() &&
        is_word_byte(static_cast<unsigned char>(folded[end + 1]))) {
      out.code = "E207";
      out.error = "'*' must end a word: \"" + std::string(keyword) + "\"";
      return out;
    }
    if (!out.phrase.empty()) out.phrase += ' ';
    out.phrase.append(folded, i, end - i);
    if (prefix) out.phrase += '*';
    i = prefix ? end + 1 : end;
  }
  if (out.phrase.empty()) {
    out.code = "E205";
    out.error = "keyword \"" + std::string(keyword) + "\" is empty after normalisation";
  }
  return out;
}

}  // namespace jobscreen::detail
