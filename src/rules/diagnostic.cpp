// Diagnostic rendering and the RuleError exception.
#include "jobscreen/diagnostic.hpp"

#include <algorithm>

namespace jobscreen {
namespace {

std::string join_lines(const std::vector<Diagnostic>& diagnostics) {
  std::string text;
  for (const auto& diagnostic : diagnostics) {
    if (!text.empty()) text += '\n';
    text += diagnostic.to_string();
  }
  return text;
}

}  // namespace

std::string Diagnostic::to_string() const {
  std::string text = where.file;
  // A position without a line says nothing, so the column goes with it.
  if (where.line > 0) {
    text += ':';
    text += std::to_string(where.line);
    if (where.column > 0) {
      text += ':';
      text += std::to_string(where.column);
    }
  }
  if (!text.empty()) text += ": ";
  text += severity == Severity::error ? "error " : "warning ";
  text += code;
  text += ": ";
  text += message;
  return text;
}

bool has_errors(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

RuleError::RuleError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join_lines(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace jobscreen
