// JSON for results: one documented, stable schema (docs/results.md) used by
// the command-line tool, the Python module and embedders alike.
#pragma once

#include <string>
#include <string_view>

#include "jobscreen/result.hpp"

namespace jobscreen {

/// Serialises a result. `indent` < 0 gives one line (JSON Lines).
std::string to_json(const Result& result, int indent = -1);

/// Appends to_json(result) (one line, no newline) to `out`, so many records can
/// share one buffer. A non-empty `id_json`, JSON text written as is (e.g. `42`
/// or `"offer-7"`, not checked), becomes the first key: {"id":<id_json>,"score":...}.
void append_json(std::string& out, const Result& result, std::string_view id_json = {});

}  // namespace jobscreen
