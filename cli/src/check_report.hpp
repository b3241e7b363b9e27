// The report `jobscreen check` prints for a person: the level, the score, the
// text with matched phrases marked, and for each sign why it matters and what
// to ask next.
#pragma once

#include <string>
#include <string_view>

#include "jobscreen/result.hpp"
#include "terminal.hpp"

namespace jobscreen::cli {

/// The whole report; `text` is the text that was scanned.
std::string render_report(std::string_view text, const Result& result, Lang lang,
                          const Palette& palette);

/// One entity in a few words: "3000 EUR mesečno", "+38160... (mobile, RS)".
std::string describe_entity(const Entity& entity, Lang lang);

}  // namespace jobscreen::cli
