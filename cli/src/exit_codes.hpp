// Exit statuses of the jobscreen tool, documented in docs/cli.md.
#pragma once

namespace jobscreen::cli {

enum ExitCode : int {
  kExitOk = 0,
  kExitRecordErrors = 1,  ///< some input records were malformed (or rule examples failed)
  kExitUsage = 2,         ///< bad command line
  kExitRulePack = 3,      ///< the rule pack has errors
  kExitIo = 4,            ///< a file could not be read or written
  kExitLevelReached = 5,  ///< --fail-on: some text reached the given level
};

}  // namespace jobscreen::cli
