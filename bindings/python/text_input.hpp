// Python str <-> UTF-8 for the engine, with the errors a researcher should see.
#pragma once

#include <pybind11/pybind11.h>

#include <string>
#include <string_view>

namespace jobscreen::python {

namespace py = pybind11;

/// Why a value could not be scanned: the Python exception type and message.
struct InputError {
  PyObject* type = nullptr;  ///< PyExc_TypeError or PyExc_ValueError
  std::string message;
};

/// The UTF-8 bytes of a Python str. `bytes` views the str's own buffer when
/// the str is ASCII and an encoded copy owned by `owner` otherwise; it stays
/// valid while this object lives. Create and destroy it with the GIL held.
struct Utf8Text {
  py::object owner;
  std::string_view bytes;
};

/// Converts `value`, which must be a str (or subclass) without lone
/// surrogates. On failure returns false and fills `error`; never leaves a
/// Python error set. Needs the GIL.
bool to_utf8(py::handle value, Utf8Text& text, InputError& error);

/// A str from UTF-8 made by the engine; ill-formed bytes become U+FFFD.
py::str from_utf8(std::string_view text);

/// Raises `error` in Python (throws py::error_already_set).
[[noreturn]] void raise_input_error(const InputError& error);

}  // namespace jobscreen::python
