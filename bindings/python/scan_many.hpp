// Batch scans: many texts, all cores, one result or failure per item.
#pragma once

#include <pybind11/pybind11.h>

#include "jobscreen/engine.hpp"

namespace jobscreen::python {

namespace py = pybind11;

/// Scans every item of `texts` on `workers` threads and returns a list with,
/// for each item in order, a Result or a ScanFailure (an item that is not a
/// str, or a str that is not valid Unicode). With `raise_errors` the first
/// such item raises TypeError/ValueError instead. Items are converted with
/// the GIL held and scanned without it, block by block, so memory stays
/// bounded for long iterables and Ctrl-C is noticed between blocks.
py::list scan_many(const Engine& engine, const py::iterable& texts, unsigned workers,
                   const ScanOptions& options, bool raise_errors);

}  // namespace jobscreen::python
