// run_parallel: an atomic counter hands out small runs of indexes to threads.
#include "parallel.hpp"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>
#include <vector>

namespace jobscreen::python {

void run_parallel(std::size_t count, unsigned workers,
                  const std::function<void(std::size_t)>& job) {
  // Small runs keep threads busy to the end; larger ones cut counter traffic.
  const std::size_t run = std::clamp<std::size_t>(count / (std::size_t{workers} * 32), 1, 16);
  std::atomic<std::size_t> next{0};
  const auto work = [&] {
    for (;;) {
      const std::size_t begin = next.fetch_add(run, std::memory_order_relaxed);
      if (begin >= count) return;
      const std::size_t end = std::min(count, begin + run);
      for (std::size_t i = begin; i < end; ++i) job(i);
    }
  };
  const std::size_t helpers = std::min<std::size_t>(workers, (count + run - 1) / run);
  std::vector<std::thread> threads;
  for (std::size_t i = 1; i < helpers; ++i) {
    try {
      threads.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // fewer threads, same work
    }
  }
  work();
  for (auto& thread : threads) thread.join();
}

}  // namespace jobscreen::python
