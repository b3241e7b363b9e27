// A small parallel loop for batch scans.
#pragma once

#include <cstddef>
#include <functional>

namespace jobscreen::python {

/// Calls job(i) once for every i in [0, count) on up to `workers` threads, the
/// calling thread included, and returns when all calls have returned. Indexes
/// are handed out a few at a time, so a long text does not leave the other
/// threads idle. `job` must not throw. Call it without the GIL. When a thread
/// cannot be started, the threads already running do its share.
void run_parallel(std::size_t count, unsigned workers, const std::function<void(std::size_t)>& job);

}  // namespace jobscreen::python
