// The compiled engine and rule-pack diagnostics as Python classes.
#pragma once

#include <pybind11/pybind11.h>

namespace jobscreen::python {

namespace py = pybind11;

/// Adds Diagnostic and CompiledEngine to `m`, and maps jobscreen::RuleError to
/// jobscreen.RuleError (defined in Python, jobscreen/_errors.py).
void bind_engine(py::module_& m);

}  // namespace jobscreen::python
