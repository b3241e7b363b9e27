// Arguments shared by the CLI tests: the test pack alone, so results do not
// depend on the default pack while it is being tuned.
#pragma once

#include <string>
#include <vector>

namespace jobscreen::cli::testing {

inline std::vector<std::string> with_test_pack(std::vector<std::string> args) {
  args.insert(args.end(), {"--no-default-rules", "--rules", "tests/cli/data/pack"});
  return args;
}

/// The lines of `text`, without their "\n".
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find('\n', start);
    lines.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

}  // namespace jobscreen::cli::testing
