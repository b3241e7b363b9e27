// Turns a rule's natural-language keyword into a match-form phrase.
#pragma once

#include <string>
#include <string_view>

namespace jobscreen::detail {

struct CompiledKeyword {
  std::string phrase;  ///< match-form words separated by single spaces; '*' ends prefix words
  std::string error;   ///< E205/E207 reason when not empty
  std::string code;    ///< "E205" or "E207" when error is set
};

/// Normalises `keyword` with the text normaliser (so every script and spelling
/// of it is one keyword) and checks its wildcards.
CompiledKeyword compile_keyword(std::string_view keyword);

}  // namespace jobscreen::detail
