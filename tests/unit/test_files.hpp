// Reading the test data files (packs, golden results, offers) whole.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace jobscreen::testing_support {

/// The bytes of `path`, or an empty string when it cannot be read (the
/// comparison that follows then fails and names the file).
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace jobscreen::testing_support
