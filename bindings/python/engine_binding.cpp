// CompiledEngine: a shared, immutable jobscreen::Engine seen from Python. The
// pythonic wrapper (factories, pickling, defaults) is jobscreen/_engine.py.
#include "engine_binding.hpp"

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "jobscreen/diagnostic.hpp"
#include "jobscreen/engine.hpp"
#include "jobscreen/rule_set.hpp"
#include "parallel.hpp"
#include "scan_many.hpp"
#include "text_input.hpp"

namespace jobscreen::python {
namespace {

namespace fs = std::filesystem;

/// Holds the engine; copies share it. Safe to use from several threads.
struct CompiledEngine {
  std::shared_ptr<const Engine> engine;
};

ScanOptions options_of(const std::string& lang, bool entities) {
  const auto parsed = parse_lang(lang);
  if (!parsed) throw py::value_error("unknown lang '" + lang + "'; use 'sr', 'sr-Cyrl' or 'en'");
  ScanOptions options;
  options.lang = *parsed;
  options.entities = entities;
  return options;
}

// Loading and compiling can take a while: other Python threads run meanwhile.
CompiledEngine compile_pack(const RuleSet* user, bool extend_default) {
  py::gil_scoped_release release;
  if (user == nullptr) return {Engine::default_engine()};
  if (!extend_default) return {Engine::compile(*user)};
  RuleSet rules = RuleSet::default_pack();
  rules.extend(*user);
  return {Engine::compile(rules)};
}

CompiledEngine load(const std::vector<fs::path>& paths, bool extend_default) {
  RuleSet user;
  {
    py::gil_scoped_release release;
    user = RuleSet::load(paths);
  }
  return compile_pack(&user, extend_default);
}

CompiledEngine from_string(py::handle text, const std::string& name, bool extend_default) {
  Utf8Text utf8;
  InputError error;
  if (!to_utf8(text, utf8, error)) raise_input_error(error);
  const RuleSet user = RuleSet::from_string(utf8.bytes, name);
  return compile_pack(&user, extend_default);
}

Result scan(const CompiledEngine& self, py::handle text, const std::string& lang, bool entities) {
  const ScanOptions options = options_of(lang, entities);
  Utf8Text utf8;
  InputError error;
  if (!to_utf8(text, utf8, error)) raise_input_error(error);
  py::gil_scoped_release release;
  return self.engine->scan(utf8.bytes, options);
}

// The benchmarks' baseline: the C++ scans of scan_many alone, with no Python
// objects made for the results. Returns the seconds they took: wall clock and
// CPU time of the process (all threads).
std::pair<double, double> scan_seconds(const CompiledEngine& self, const py::list& texts,
                                       unsigned workers, const std::string& lang) {
  const ScanOptions options = options_of(lang, true);
  std::vector<Utf8Text> utf8(texts.size());
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    InputError error;
    if (!to_utf8(texts[i], utf8[i], error)) raise_input_error(error);
  }
  py::gil_scoped_release release;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  run_parallel(utf8.size(), std::max(workers, 1u),
               [&](std::size_t i) { (void)self.engine->scan(utf8[i].bytes, options); });
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  return {std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), cpu};
}

py::list diagnostics_list(const std::vector<Diagnostic>& diagnostics) {
  py::list list;
  for (const auto& d : diagnostics) list.append(py::cast(d));
  return list;
}

// RuleError -> jobscreen.RuleError(message, diagnostics), a ValueError.
void translate_rule_error(std::exception_ptr error) {
  try {
    if (error) std::rethrow_exception(error);
  } catch (const RuleError& e) {
    const py::str message = from_utf8(e.what());
    py::object type;
    try {
      type = py::module_::import("jobscreen._errors").attr("RuleError");
    } catch (const py::error_already_set&) {
      PyErr_SetObject(PyExc_ValueError, message.ptr());
      return;
    }
    const py::object exception = type(message, diagnostics_list(e.diagnostics()));
    PyErr_SetObject(type.ptr(), exception.ptr());
  }
}

void bind_diagnostic(py::module_& m) {
  py::class_<Diagnostic> cls(m, "Diagnostic",
                             "One finding about a rule pack, with a stable code (docs/rules.md).");
  cls.def_property_readonly(
         "code", [](const Diagnostic& d) { return d.code; }, "Stable code, e.g. 'E101'.")
      .def_property_readonly(
          "severity",
          [](const Diagnostic& d) { return d.severity == Severity::error ? "error" : "warning"; },
          "'error' or 'warning'.")
      .def_property_readonly(
          "file", [](const Diagnostic& d) { return from_utf8(d.where.file); },
          "The rule file ('<string>' for from_string).")
      .def_property_readonly(
          "line", [](const Diagnostic& d) { return d.where.line; }, "1-based line; 0 when unknown.")
      .def_property_readonly(
          "column", [](const Diagnostic& d) { return d.where.column; },
          "1-based column; 0 when unknown.")
      .def_property_readonly(
          "message", [](const Diagnostic& d) { return from_utf8(d.message); },
          "What is wrong, for people; may change between versions.")
      .def("__str__", [](const Diagnostic& d) { return from_utf8(d.to_string()); })
      .def("__repr__",
           [](const Diagnostic& d) {
             return "<Diagnostic " + py::repr(from_utf8(d.to_string())).cast<std::string>() + ">";
           })
      .def("__eq__",
           [](const Diagnostic& a, py::object other) -> py::object {
             if (!py::isinstance<Diagnostic>(other))
               return py::reinterpret_borrow<py::object>(Py_NotImplemented);
             const auto& b = other.cast<const Diagnostic&>();
             return py::bool_(a.code == b.code && a.severity == b.severity && a.where == b.where &&
                              a.message == b.message);
           })
      .def("__hash__", [](const Diagnostic& d) { return py::hash(py::str(d.to_string())); })
      .def("__reduce__", [](const Diagnostic& d) {
        return py::make_tuple(py::module_::import("jobscreen._jobscreen").attr("_diagnostic"),
                              py::make_tuple(d.code, d.severity == Severity::error, d.where.file,
                                             d.where.line, d.where.column, d.message));
      });
  cls.attr("__module__") = "jobscreen";
  m.def(
      "_diagnostic",
      [](std::string code, bool error, std::string file, int line, int column,
         std::string message) {
        return Diagnostic{std::move(code), error ? Severity::error : Severity::warning,
                          SourceLocation{std::move(file), line, column}, std::move(message)};
      },
      "Rebuilds a pickled Diagnostic.");
}

}  // namespace

void bind_engine(py::module_& m) {
  bind_diagnostic(m);
  py::register_exception_translator(&translate_rule_error);

  py::class_<CompiledEngine>(m, "CompiledEngine",
                             "A compiled rule pack; immutable and safe to share between threads.")
      .def_static(
          "default", [] { return compile_pack(nullptr, false); }, "The embedded default pack.")
      .def_static("load", &load, py::arg("paths"), py::arg("extend_default"),
                  "Loads rule files and directories of *.json files.")
      .def_static("from_string", &from_string, py::arg("text"), py::arg("name"),
                  py::arg("extend_default"), "Compiles one rule pack given as JSON text.")
      .def("scan", &scan, py::arg("text"), py::arg("lang"), py::arg("entities"),
           "Scans one str without holding the GIL.")
      .def(
          "scan_many",
          [](const CompiledEngine& self, const py::iterable& texts, unsigned workers,
             const std::string& lang, bool entities, bool raise_errors) {
            if (workers == 0) throw py::value_error("workers must be at least 1");
            return scan_many(*self.engine, texts, workers, options_of(lang, entities),
                             raise_errors);
          },
          py::arg("texts"), py::arg("workers"), py::arg("lang"), py::arg("entities"),
          py::arg("raise_errors"), "Scans many texts on `workers` threads, keeping order.")
      .def("_scan_seconds", &scan_seconds, py::arg("texts"), py::arg("workers"),
           py::arg("lang") = "sr",
           "Benchmark baseline: (wall, CPU) seconds of the C++ scans alone.")
      .def_property_readonly(
          "warnings",
          [](const CompiledEngine& self) { return diagnostics_list(self.engine->warnings()); },
          "Non-fatal findings from loading and compiling.")
      .def_property_readonly(
          "rule_ids",
          [](const CompiledEngine& self) {
            py::list ids;
            for (const auto& rule : self.engine->rules().rules)
              if (rule.enabled) ids.append(rule.id);
            return py::tuple(ids);
          },
          "Ids of the enabled rules.")
      .def_property_readonly(
          "pack_name", [](const CompiledEngine& self) { return self.engine->rules().info.name; },
          "Name of the (last) pack loaded.")
      .def(
          "test_examples",
          [](const CompiledEngine& self) {
            std::vector<Diagnostic> failures;
            {
              py::gil_scoped_release release;
              failures = self.engine->test_examples();
            }
            return diagnostics_list(failures);
          },
          "Runs every rule's own examples; one Diagnostic per failure.");
}

}  // namespace jobscreen::python
