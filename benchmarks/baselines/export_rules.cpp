// Prepares the inputs of the baselines in benchmarks/compare, so that they do
// the same matching work as jobscreen:
//
//   jobscreen_export_rules patterns [--rules PATH]... [--extra-keywords N] > patterns.json
//       Every enabled keyword or regex rule of the pack as ONE regex over the
//       match form. A keyword rule becomes an alternation of its phrases:
//       "laka zarad*" with gap N -> \blaka(?:\W+\w+){0,N}\W+zarad\w*\b.
//       Regex rules are exported as written. Combinations and entity
//       conditions have no regex equivalent; they are listed as skipped.
//       --extra-keywords N adds the N generated keyword rules of scan_bench.
//
//   jobscreen_export_rules offers COUNT SEED BYTES OUT.jsonl|- [SCRIPT]
//       COUNT seeded synthetic offers of ~BYTES bytes (benchmarks/corpus;
//       SCRIPT english|serbian_latin|serbian_latin_ascii|serbian_cyrillic|
//       obfuscated|mixed, default mixed) as JSON Lines {"id": "o1", "text": ...},
//       to OUT or standard output ("-"). The one corpus generator of the benchmarks:
//       benchmarks/compare, benchmarks/memory, benchmarks/cli/scan_throughput.sh and
//       benchmarks/python/compare_scan.py all call it.
//
//   jobscreen_export_rules match-forms IN.jsonl OUT.jsonl
//       The match form of every record's "text" (jobscreen::normalize), with
//       the original's size in bytes: {"bytes": 2051, "text": "..."}. The
//       baselines read these, so they get normalisation for free.
//
// The regexes are valid for RE2 and for Python's re alike.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/synthetic_offers.hpp"
#include "engine/keyword_compiler.hpp"
#include "jobscreen/jobscreen.hpp"

namespace {

// Escapes ASCII punctuation; letters, digits and non-ASCII bytes stay as they are.
std::string escape(std::string_view word) {
  std::string out;
  for (const char c : word) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                       (c >= '0' && c <= '9') || c == '_';
    if (!plain) out += '\\';
    out += c;
  }
  return out;
}

// One match-form phrase ("laka zarad*") as a regex body, without \b.
std::string phrase_regex(std::string_view phrase, int gap) {
  const std::string separator =
      gap > 0 ? "(?:\\W+\\w+){0," + std::to_string(gap) + "}\\W+" : std::string("\\W+");
  std::string out;
  std::size_t start = 0;
  while (start <= phrase.size()) {
    std::size_t end = phrase.find(' ', start);
    if (end == std::string_view::npos) end = phrase.size();
    std::string_view word = phrase.substr(start, end - start);
    if (!word.empty()) {
      if (!out.empty()) out += separator;
      if (word.back() == '*') {
        out += escape(word.substr(0, word.size() - 1));
        out += "\\w*";
      } else {
        out += escape(word);
      }
    }
    start = end + 1;
  }
  return out;
}

// One alternation of a rule's phrases; spellings that fold to the same
// phrase (Latin and Cyrillic) appear once.
std::string keyword_rule_regex(const std::vector<std::string>& keywords, int gap) {
  std::string alternation;
  std::set<std::string> seen;
  for (const auto& keyword : keywords) {
    const auto compiled = jobscreen::detail::compile_keyword(keyword);
    if (!compiled.error.empty() || compiled.phrase.empty()) continue;
    if (!seen.insert(compiled.phrase).second) continue;
    if (!alternation.empty()) alternation += '|';
    alternation += phrase_regex(compiled.phrase, gap);
  }
  return alternation.empty() ? std::string() : "\\b(?:" + alternation + ")\\b";
}

int export_patterns(const std::vector<std::string>& args) {
  std::vector<std::filesystem::path> paths;
  std::size_t extra = 0;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--rules" && i + 1 < args.size()) {
      paths.emplace_back(args[++i]);
    } else if (args[i] == "--extra-keywords" && i + 1 < args.size()) {
      extra = std::stoul(args[++i]);
    } else {
      std::cerr << "unknown argument: " << args[i] << '\n';
      return 2;
    }
  }
  const jobscreen::RuleSet rules =
      paths.empty() ? jobscreen::RuleSet::default_pack() : jobscreen::RuleSet::load(paths);
  nlohmann::json patterns = nlohmann::json::array();
  nlohmann::json skipped = nlohmann::json::array();
  for (const auto& rule : rules.rules) {
    if (!rule.enabled) continue;
    if (rule.kind == jobscreen::RuleKind::keywords) {
      const std::string regex = keyword_rule_regex(rule.keywords, rule.gap);
      if (!regex.empty())
        patterns.push_back({{"rule", rule.id}, {"kind", "keywords"}, {"regex", regex}});
    } else if (rule.kind == jobscreen::RuleKind::regex) {
      patterns.push_back({{"rule", rule.id}, {"kind", "regex"}, {"regex", rule.regex}});
    } else {
      skipped.push_back(rule.id);
    }
  }
  const auto generated = jobscreen::bench::generated_keywords(extra, 7);
  for (std::size_t i = 0; i < generated.size(); ++i)
    patterns.push_back({{"rule", "bench.k" + std::to_string(i)},
                        {"kind", "keywords"},
                        {"regex", "\\b(?:" + phrase_regex(generated[i], 0) + ")\\b"}});
  const nlohmann::json out = {{"pack", rules.info.name},
                              {"version", rules.info.version},
                              {"patterns", patterns},
                              {"skipped", skipped}};
  std::cout << out.dump(1) << '\n';
  return 0;
}

int export_match_forms(const std::string& in_path, const std::string& out_path) {
  std::ifstream in(in_path, std::ios::binary);
  std::ofstream out(out_path, std::ios::binary);
  if (!in || !out) {
    std::cerr << "cannot open " << (in ? out_path : in_path) << '\n';
    return 1;
  }
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto record = nlohmann::json::parse(line);
    const std::string text = record.value("text", std::string());
    const nlohmann::json form = {{"bytes", text.size()}, {"text", jobscreen::normalize(text).text}};
    out << form.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
  return 0;
}

std::optional<jobscreen::bench::Script> parse_script(const std::string& name) {
  using jobscreen::bench::Script;
  const std::pair<const char*, Script> scripts[] = {
      {"english", Script::english},
      {"serbian_latin", Script::serbian_latin},
      {"serbian_latin_ascii", Script::serbian_latin_ascii},
      {"serbian_cyrillic", Script::serbian_cyrillic},
      {"obfuscated", Script::obfuscated},
      {"mixed", Script::mixed}};
  for (const auto& [known, value] : scripts) {
    if (name == known) return value;
  }
  return std::nullopt;
}

// COUNT SEED BYTES OUT [SCRIPT]; OUT "-" is standard output.
int export_offers(const std::vector<std::string>& args) {
  const std::string& out_path = args[3];
  const std::string script_name = args.size() == 5 ? args[4] : "mixed";
  const std::string& count = args[0];
  const std::string& seed = args[1];
  const std::string& bytes = args[2];
  const auto script = parse_script(script_name);
  if (!script) {
    std::cerr << "unknown script " << script_name << '\n';
    return 2;
  }
  const auto offers = jobscreen::bench::synthetic_offers(*script, std::stoul(count),
                                                         std::stoul(bytes), std::stoull(seed));
  if (out_path == "-") {
    jobscreen::bench::write_jsonl(std::cout, offers);
    std::cout.flush();
    return std::cout ? 0 : 1;
  }
  std::ofstream out(out_path, std::ios::binary);
  if (!out) {
    std::cerr << "cannot write " << out_path << '\n';
    return 1;
  }
  jobscreen::bench::write_jsonl(out, offers);
  out.close();
  return out ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (!args.empty() && args[0] == "patterns")
      return export_patterns({args.begin() + 1, args.end()});
    if (args.size() == 3 && args[0] == "match-forms") return export_match_forms(args[1], args[2]);
    if ((args.size() == 5 || args.size() == 6) && args[0] == "offers")
      return export_offers({args.begin() + 1, args.end()});
  } catch (const std::exception& e) {
    std::cerr << "jobscreen_export_rules: " << e.what() << '\n';
    return 1;
  }
  std::cerr << "usage: jobscreen_export_rules patterns [--rules PATH]... [--extra-keywords N]\n"
               "       jobscreen_export_rules offers COUNT SEED BYTES OUT.jsonl|- [SCRIPT]\n"
               "       jobscreen_export_rules match-forms IN.jsonl OUT.jsonl\n";
  return 2;
}
