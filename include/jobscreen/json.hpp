// JSON for results: one documented, stable schema (docs/results.md) used by
// the command-line tool, the Python module and embedders alike.
#pragma once

#include <string>

#include "jobscreen/result.hpp"

namespace jobscreen {

/// Serialises a result. `indent` < 0 gives one line (JSON Lines).
std::string to_json(const Result& result, int indent = -1);

}  // namespace jobscreen
