// The streaming pipeline of scan and eval: one thread reads batches of
// records, worker threads process them, and the calling thread receives the
// batches back in input order. At most `max_batches_in_flight` batches exist
// at any time, so memory stays bounded whatever the size of the input.
#pragma once

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "input_record.hpp"
#include "record_source.hpp"

namespace jobscreen::cli {

struct PipelineOptions {
  unsigned threads = 0;  ///< worker threads; 0 = one per core
  std::size_t batch_records = 256;
  std::size_t batch_bytes = 1u << 20;
  std::size_t max_batches_in_flight = 0;  ///< 0 = 2 per worker + 2
};

/// Worker threads there will be for `requested` (0 = hardware concurrency).
inline unsigned worker_count(unsigned requested) {
  if (requested > 0) return requested;
  return std::max(1u, std::thread::hardware_concurrency());
}

template <typename Output>
struct Batch {
  std::uint64_t sequence = 0;
  std::vector<InputRecord> records;
  std::vector<Output> outputs;  ///< outputs[i] belongs to records[i]
  std::uint64_t bytes = 0;
};

/// Reads every record of `source`, calls `work` on each (on worker threads,
/// concurrently: it must be thread-safe) and `sink` on every batch in input
/// order (on the calling thread). The first exception thrown anywhere stops
/// the pipeline and is rethrown here.
template <typename Output>
void run_ordered(RecordSource& source, const PipelineOptions& options,
                 const std::function<Output(InputRecord&)>& work,
                 const std::function<void(Batch<Output>&)>& sink) {
  const unsigned workers = worker_count(options.threads);
  const std::size_t max_in_flight =
      options.max_batches_in_flight > 0 ? options.max_batches_in_flight : 2 * workers + 2;

  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Batch<Output>> to_do;
  std::map<std::uint64_t, Batch<Output>> done;
  std::size_t in_flight = 0;
  bool reading_finished = false;
  bool stopping = false;
  std::exception_ptr failure;

  const auto fail = [&](std::exception_ptr error) {
    std::lock_guard lock(mutex);
    if (!failure) failure = error;
    stopping = true;
    changed.notify_all();
  };

  std::thread reader([&] {
    try {
      std::uint64_t sequence = 0;
      for (bool more = true; more;) {
        Batch<Output> batch;
        batch.sequence = sequence++;
        InputRecord record;
        while (batch.records.size() < options.batch_records && batch.bytes < options.batch_bytes) {
          if (!source.next(record)) {
            more = false;
            break;
          }
          batch.bytes += record.bytes;
          batch.records.push_back(std::move(record));
        }
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return stopping || in_flight < max_in_flight; });
        if (stopping) return;
        if (!batch.records.empty()) {
          ++in_flight;
          to_do.push_back(std::move(batch));
          changed.notify_all();
        }
      }
      std::lock_guard lock(mutex);
      reading_finished = true;
      changed.notify_all();
    } catch (...) {
      fail(std::current_exception());
    }
  });

  std::vector<std::thread> pool;
  for (unsigned i = 0; i < workers; ++i) {
    pool.emplace_back([&] {
      try {
        for (;;) {
          Batch<Output> batch;
          {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return stopping || !to_do.empty() || reading_finished; });
            if (stopping || to_do.empty()) return;
            batch = std::move(to_do.front());
            to_do.pop_front();
          }
          batch.outputs.reserve(batch.records.size());
          for (auto& record : batch.records) batch.outputs.push_back(work(record));
          std::lock_guard lock(mutex);
          const std::uint64_t sequence = batch.sequence;
          done.emplace(sequence, std::move(batch));
          changed.notify_all();
        }
      } catch (...) {
        fail(std::current_exception());
      }
    });
  }

  try {
    for (std::uint64_t next = 0;; ++next) {
      Batch<Output> batch;
      {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] {
          return stopping || done.count(next) > 0 || (reading_finished && in_flight == 0);
        });
        if (stopping || done.count(next) == 0) break;
        auto node = done.extract(next);
        batch = std::move(node.mapped());
      }
      sink(batch);
      std::lock_guard lock(mutex);
      --in_flight;
      changed.notify_all();
    }
  } catch (...) {
    fail(std::current_exception());
  }

  reader.join();
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace jobscreen::cli
