// Python str <-> UTF-8: only str is accepted, with a message that says what to do.
#include "text_input.hpp"

#include <cstdio>

namespace jobscreen::python {

bool to_utf8(py::handle value, Utf8Text& text, InputError& error) {
  PyObject* object = value.ptr();
  if (!PyUnicode_Check(object)) {
    error.type = PyExc_TypeError;
    if (object == Py_None) {
      error.message = "expected str, got None";
    } else if (PyBytes_Check(object) || PyByteArray_Check(object)) {
      error.message = std::string("expected str, got ") + Py_TYPE(object)->tp_name +
                      ": decode it first, e.g. data.decode('utf-8', errors='replace')";
    } else {
      error.message = std::string("expected str, got ") + Py_TYPE(object)->tp_name;
    }
    return false;
  }
#if PY_VERSION_HEX < 0x030C0000
  // Strings made by the legacy wchar_t API get their compact form here.
  if (PyUnicode_READY(object) != 0) {
    PyErr_Clear();
    error.type = PyExc_ValueError;
    error.message = "text could not be read as a str";
    return false;
  }
#endif
  if (PyUnicode_IS_ASCII(object)) {
    // ASCII is UTF-8 as it is: view the str's own buffer, no copy.
    text.owner = py::reinterpret_borrow<py::object>(value);
    text.bytes = {static_cast<const char*>(PyUnicode_DATA(object)),
                  static_cast<std::size_t>(PyUnicode_GET_LENGTH(object))};
    return true;
  }
  PyObject* encoded = PyUnicode_AsUTF8String(object);
  if (encoded == nullptr) {
    // Only lone surrogates (U+D800..U+DFFF) fail to encode.
    Py_ssize_t index = -1;
    if (PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
#if PY_VERSION_HEX >= 0x030C0000
      PyObject* exception = PyErr_GetRaisedException();
#else
      PyObject *type = nullptr, *exception = nullptr, *traceback = nullptr;
      PyErr_Fetch(&type, &exception, &traceback);
      PyErr_NormalizeException(&type, &exception, &traceback);
      Py_XDECREF(type);
      Py_XDECREF(traceback);
#endif
      if (exception == nullptr || PyUnicodeEncodeError_GetStart(exception, &index) != 0) index = -1;
      Py_XDECREF(exception);
    }
    PyErr_Clear();
    error.type = PyExc_ValueError;
    error.message = "text is not valid Unicode: it has a lone surrogate";
    if (index >= 0) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X",
                    static_cast<unsigned>(PyUnicode_ReadChar(object, index)));
      error.message += std::string(" ") + code + " at index " + std::to_string(index);
    }
    error.message +=
        " (often from decoding with errors='surrogateescape'); "
        "clean it first, e.g. text.encode('utf-8', 'replace').decode('utf-8')";
    return false;
  }
  text.owner = py::reinterpret_steal<py::object>(encoded);
  text.bytes = {PyBytes_AS_STRING(encoded), static_cast<std::size_t>(PyBytes_GET_SIZE(encoded))};
  return true;
}

py::str from_utf8(std::string_view text) {
  PyObject* decoded =
      PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace");
  if (decoded == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(decoded);
}

void raise_input_error(const InputError& error) {
  PyErr_SetString(error.type, error.message.c_str());
  throw py::error_already_set();
}

}  // namespace jobscreen::python
