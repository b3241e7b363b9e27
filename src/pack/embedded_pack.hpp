// The default rule pack's files, compiled into the library.
#pragma once

#include <string_view>
#include <vector>

namespace jobscreen::detail {

struct EmbeddedFile {
  std::string_view name;  ///< "rules/<file>.json", used in diagnostics
  std::string_view content;
};

/// Every rules/*.json of the source tree (but schema.json), in name order.
const std::vector<EmbeddedFile>& embedded_pack_files();

}  // namespace jobscreen::detail
