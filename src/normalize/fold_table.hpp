// The generated fold table (see tools/fold_table_gen.cpp): for every code
// point, its match-form bytes and class. Immutable data, safe to read from
// any thread.
#pragma once

#include <cstdint>

#include "normalize/fold_entry.hpp"

namespace jobscreen::detail {

extern const std::uint16_t kFoldStage1[];  ///< block number per kBlockSize code points
extern const std::uint32_t kFoldStage2[];  ///< packed entries (fold_entry.hpp), per block
extern const char kFoldPool[];             ///< replacement strings, not NUL-separated

/// The packed entry of a code point; `cp` must be < kCodePointLimit.
inline std::uint32_t fold_entry(std::uint32_t cp) {
  return kFoldStage2[(static_cast<std::uint32_t>(kFoldStage1[cp >> kBlockShift]) << kBlockShift) |
                     (cp & (kBlockSize - 1))];
}

}  // namespace jobscreen::detail
