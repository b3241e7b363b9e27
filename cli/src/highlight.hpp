// The original text with the phrases the rules matched marked, for people.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "jobscreen/result.hpp"
#include "terminal.hpp"

namespace jobscreen::cli {

/// Control characters (escape sequences a pasted text might carry) replaced by
/// spaces, so a text cannot drive the terminal; newlines and tabs stay.
std::string printable(std::string_view text);

/// `text` with every match of `hits` marked and followed by the numbers of its
/// hits (1-based, as listed): "[[devojke]](1)" with the plain palette, bold
/// colour with the coloured one. Overlapping matches are marked as one.
std::string highlight(std::string_view text, const std::vector<Hit>& hits, const Palette& palette);

}  // namespace jobscreen::cli
