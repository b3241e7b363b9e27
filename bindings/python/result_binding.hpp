// Python classes for scan results: immutable, with read-only properties, a
// useful repr, to_dict() in the schema of jobscreen::to_json, and pickling.
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <string>

namespace jobscreen::python {

namespace py = pybind11;

/// An item of a batch that could not be scanned (jobscreen.ScanFailure).
struct ScanFailure {
  std::size_t index = 0;
  std::string error;  ///< name of the exception a single scan would raise
  std::string message;
};

/// Adds Match, Hit, FamilyTotal, Entity, Result and ScanFailure to `m`.
void bind_results(py::module_& m);

}  // namespace jobscreen::python
