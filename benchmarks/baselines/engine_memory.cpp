// Engine memory: resident set size (/proc/self/statm) and heap in use
// (mallinfo2) before and after compiling the default pack (plus EXTRA_RULES
// generated keyword rules, as in scan_bench), and after scanning 1,000
// offers with it. One engine per process, so freed memory cannot hide growth.
//
//   jobscreen_engine_memory [EXTRA_RULES]     (default 0: the default pack)
//
// Prints one JSON line; sizes in MiB. "engine" is the growth caused by
// compiling (after minus before), "engine_after_1000_scans" includes the
// per-thread working memory a scan leaves behind.
#include <malloc.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "corpus/generated_pack.hpp"
#include "corpus/synthetic_offers.hpp"
#include "jobscreen/jobscreen.hpp"

namespace {

struct Memory {
  double rss_mib = 0;
  double heap_mib = 0;
};

Memory now() {
  std::ifstream statm("/proc/self/statm");
  long pages = 0;
  long resident = 0;
  statm >> pages >> resident;
  const struct mallinfo2 info = mallinfo2();
  const double mib = 1024.0 * 1024.0;
  return {static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / mib,
          static_cast<double>(info.uordblks + info.hblkhd) / mib};
}

nlohmann::json to_json(const Memory& m) { return {{"rss", m.rss_mib}, {"heap", m.heap_mib}}; }

nlohmann::json growth(const Memory& before, const Memory& after) {
  return {{"rss", after.rss_mib - before.rss_mib}, {"heap", after.heap_mib - before.heap_mib}};
}

std::shared_ptr<const jobscreen::Engine> with_extra_rules(std::size_t extra) {
  return jobscreen::Engine::compile(jobscreen::bench::default_pack_with_generated_rules(extra));
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t extra = argc > 1 ? std::stoul(argv[1]) : 0;
  const auto offers =
      jobscreen::bench::synthetic_offers(jobscreen::bench::Script::mixed, 1000, 2000, 42);
  nlohmann::json out;
  const Memory start = now();
  const auto engine = extra == 0 ? jobscreen::Engine::default_engine() : with_extra_rules(extra);
  const Memory compiled = now();
  int total = 0;
  for (const auto& offer : offers) total += engine->scan(offer).score;
  const Memory scanned = now();
  out["extra_rules"] = extra;
  out["rules"] = engine->rules().rules.size();
  out["start"] = to_json(start);
  out["engine"] = growth(start, compiled);
  out["engine_after_1000_scans"] = growth(start, scanned);
  out["checksum"] = total;
  std::cout << out.dump() << '\n';
  return 0;
}
