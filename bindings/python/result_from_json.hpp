// Restores a Result from the JSON of jobscreen::to_json (for unpickling).
#pragma once

#include <string_view>

#include "jobscreen/result.hpp"

namespace jobscreen::python {

/// Parses the output of jobscreen::to_json back into a Result. Throws
/// std::invalid_argument when `json` is not such a document.
Result result_from_json(std::string_view json);

}  // namespace jobscreen::python
