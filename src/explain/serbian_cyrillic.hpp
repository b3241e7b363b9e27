// Serbian Latin to Cyrillic for descriptions and advice (sr-Cyrl output).
#pragma once

#include <string>
#include <string_view>

namespace jobscreen::detail {

/// Transliterates Serbian Latin (with diacritics) to Cyrillic: lj љ, nj њ, dž џ
/// as digraphs, letters one by one otherwise. Text without Serbian letters
/// (URLs, e-mail addresses, words with q w x y) is left in Latin.
/// Latin to Cyrillic is ambiguous in rare words ("injekcija"); packs that
/// care write "sr-Cyrl" themselves.
std::string serbian_latin_to_cyrillic(std::string_view latin);

}  // namespace jobscreen::detail
