// The one way a command stops early: main() prints the message and exits
// with the code.
#pragma once

#include <stdexcept>
#include <string>

namespace jobscreen::cli {

class CommandError : public std::runtime_error {
 public:
  CommandError(int exit_code, const std::string& message)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const noexcept { return exit_code_; }

 private:
  int exit_code_;
};

}  // namespace jobscreen::cli
