// The C++ alternative to jobscreen a user would write: RE2 over the match
// form with the pack's rules exported by jobscreen_export_rules.
//
//   jobscreen_re2_baseline PATTERNS.json MATCH_FORMS.jsonl [--mode per-rule|set]
//                          [--limit N] [--runs N]
//
//   per-rule  one RE2 per rule; for each offer every rule is tried
//             (RE2::Match, unanchored) and, when it matches, its spans are
//             collected, up to 32 per rule as jobscreen does
//   set       one RE2::Set over every rule, then each matched rule's RE2 for
//             its spans (the technique of jobscreen's regex stage, here with
//             keyword rules as regexes too)
//
// Prints one JSON line: records, bytes (of the original offers), seconds
// (median of the runs, one pass over the records), hits (rules fired).
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

constexpr std::size_t kMaxSpansPerRule = 32;

RE2::Options options() {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(false);
  o.set_max_mem(64 << 20);
  return o;
}

struct Record {
  std::size_t bytes = 0;
  std::string text;
};

std::size_t collect_spans(const RE2& re, const std::string& text, std::vector<int>& spans) {
  const re2::StringPiece input(text);
  re2::StringPiece m;
  std::size_t pos = 0;
  std::size_t found = 0;
  while (found < kMaxSpansPerRule && pos <= text.size() &&
         re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) {
    const auto begin = static_cast<std::size_t>(m.data() - text.data());
    spans.push_back(static_cast<int>(begin));
    ++found;
    pos = begin + (m.empty() ? 1 : m.size());
  }
  return found;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: jobscreen_re2_baseline PATTERNS.json MATCH_FORMS.jsonl "
                 "[--mode per-rule|set] [--limit N] [--runs N]\n";
    return 2;
  }
  std::string mode = "per-rule";
  std::size_t limit = 0;
  int runs = 3;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--mode") {
      mode = argv[i + 1];
    } else if (flag == "--limit") {
      limit = std::stoul(argv[i + 1]);
    } else if (flag == "--runs") {
      runs = std::max(1, std::stoi(argv[i + 1]));
    } else {
      std::cerr << "unknown option " << flag << '\n';
      return 2;
    }
  }

  std::ifstream patterns_file(argv[1]);
  const auto patterns = nlohmann::json::parse(patterns_file);
  std::vector<std::unique_ptr<RE2>> res;
  RE2::Set set(options(), RE2::UNANCHORED);
  std::size_t rejected = 0;
  for (const auto& p : patterns.at("patterns")) {
    const std::string regex = p.at("regex").get<std::string>();
    auto re = std::make_unique<RE2>(regex, options());
    if (!re->ok() || set.Add(regex, nullptr) < 0) {
      ++rejected;
      continue;
    }
    res.push_back(std::move(re));
  }
  if (mode == "set" && !set.Compile()) {
    std::cerr << "RE2::Set::Compile failed (out of memory)\n";
    return 1;
  }

  std::vector<Record> records;
  std::size_t bytes = 0;
  {
    std::ifstream in(argv[2], std::ios::binary);
    std::string line;
    while (std::getline(in, line) && (limit == 0 || records.size() < limit)) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      records.push_back({j.at("bytes").get<std::size_t>(), j.at("text").get<std::string>()});
      bytes += records.back().bytes;
    }
  }

  std::vector<double> seconds;
  std::size_t hits = 0;
  std::vector<int> spans;
  std::vector<int> matched;
  for (int run = 0; run < runs; ++run) {
    hits = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& record : records) {
      spans.clear();
      if (mode == "set") {
        matched.clear();
        set.Match(record.text, &matched);
        for (const int index : matched)
          hits += collect_spans(*res[static_cast<std::size_t>(index)], record.text, spans) > 0;
      } else {
        for (const auto& re : res) hits += collect_spans(*re, record.text, spans) > 0;
      }
    }
    seconds.push_back(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(seconds.begin(), seconds.end());
  const nlohmann::json out = {{"mode", mode},         {"patterns", res.size()},
                              {"rejected", rejected}, {"records", records.size()},
                              {"bytes", bytes},       {"seconds", seconds[seconds.size() / 2]},
                              {"runs", runs},         {"hits", hits}};
  std::cout << out.dump() << '\n';
  return 0;
}
