// jobscreen._jobscreen: the private extension module under the jobscreen package.
#include <pybind11/pybind11.h>

#include "engine_binding.hpp"
#include "result_binding.hpp"

PYBIND11_MODULE(_jobscreen, m) {
  m.doc() = "Private C++ core of jobscreen; use the jobscreen package.";
  m.attr("__version__") = JOBSCREEN_PY_VERSION;
  jobscreen::python::bind_results(m);
  jobscreen::python::bind_engine(m);
}
