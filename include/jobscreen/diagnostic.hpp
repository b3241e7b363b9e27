// Diagnostics: every mistake in a rule pack, with where it is and a stable code.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace jobscreen {

/// A place in a rule file. line and column are 1-based; 0 means unknown.
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  friend bool operator==(const SourceLocation&, const SourceLocation&) = default;
};

enum class Severity { warning, error };

/// One finding about a rule pack. `code` is stable (documented in docs/rules.md),
/// for example "E101"; the message is for people and may change.
struct Diagnostic {
  std::string code;
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;

  /// "file:line:col: error E101: message" (the compiler-style line).
  std::string to_string() const;
};

/// True when any diagnostic is an error.
bool has_errors(const std::vector<Diagnostic>& diagnostics);

/// Thrown when a rule pack cannot be loaded or compiled. Carries every
/// diagnostic found (errors and warnings), not only the first; what() lists them.
class RuleError : public std::runtime_error {
 public:
  explicit RuleError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const noexcept { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace jobscreen
