// scan_many: convert a block of items (GIL held), scan it on all workers (GIL
// released), turn the results into Python objects (GIL held), check signals.
#include "scan_many.hpp"

#include <exception>
#include <optional>
#include <string>
#include <vector>

#include "parallel.hpp"
#include "result_binding.hpp"
#include "text_input.hpp"

namespace jobscreen::python {
namespace {

// A block ends at whichever limit comes first: enough items to keep every
// thread busy, and few enough bytes that the UTF-8 copies stay small.
constexpr std::size_t kBlockItems = 4096;
constexpr std::size_t kBlockBytes = 16u << 20;

struct Item {
  Utf8Text text;
  InputError error;  // error.type set: the item is not scanned
  std::optional<Result> result;
};

std::string exception_name(PyObject* type) {
  return type == PyExc_ValueError  ? "ValueError"
         : type == PyExc_TypeError ? "TypeError"
                                   : "RuntimeError";
}

}  // namespace

py::list scan_many(const Engine& engine, const py::iterable& texts, unsigned workers,
                   const ScanOptions& options, bool raise_errors) {
  py::list out;
  py::iterator it = py::iter(texts);
  std::size_t index = 0;
  std::vector<Item> block;
  while (it != py::iterator::sentinel()) {
    block.clear();
    std::size_t bytes = 0;
    for (; it != py::iterator::sentinel() && block.size() < kBlockItems && bytes < kBlockBytes;
         ++it) {
      Item& item = block.emplace_back();
      if (!to_utf8(*it, item.text, item.error)) {
        if (raise_errors) {
          item.error.message =
              "item " + std::to_string(index + block.size() - 1) + ": " + item.error.message;
          raise_input_error(item.error);
        }
        continue;
      }
      bytes += item.text.bytes.size();
    }
    {
      py::gil_scoped_release release;
      run_parallel(block.size(), workers, [&](std::size_t i) {
        Item& item = block[i];
        if (item.error.type != nullptr) return;
        try {
          item.result.emplace(engine.scan(item.text.bytes, options));
        } catch (const std::exception& e) {  // out of memory; scanning text never throws
          item.error = {PyExc_RuntimeError, std::string("scan failed: ") + e.what()};
        }
      });
    }
    for (Item& item : block) {
      if (item.result) {
        out.append(py::cast(std::move(*item.result)));
      } else if (raise_errors) {
        item.error.message = "item " + std::to_string(index) + ": " + item.error.message;
        raise_input_error(item.error);
      } else {
        out.append(py::cast(
            ScanFailure{index, exception_name(item.error.type), std::move(item.error.message)}));
      }
      ++index;
    }
    if (PyErr_CheckSignals() != 0) throw py::error_already_set();
  }
  return out;
}

}  // namespace jobscreen::python
