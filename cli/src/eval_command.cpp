#include "eval_command.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "command_error.hpp"
#include "eval_metrics.hpp"
#include "exit_codes.hpp"
#include "ordered_pipeline.hpp"
#include "record_source.hpp"

namespace jobscreen::cli {
namespace {

using nlohmann::ordered_json;

enum class Outcome { scored, skipped, malformed };

struct Scored {
  Outcome outcome = Outcome::skipped;
  std::string error;
  std::string id;
  std::string source;
  std::string lang;
  bool risky = false;
  int score = 0;
  int raw_total = 0;  // sum of the families' capped points, before clamping to 0..100
  Level level = Level::low;
  std::vector<std::string> rules;
};

// What the report keeps of one ad: no text, no rule list beyond a short string.
struct Row {
  std::string id;
  std::string source;
  std::string lang;
  bool risky = false;
  int score = 0;
  int raw_total = 0;
  Level level = Level::low;
  std::string rules;
};

struct RuleCounts {
  std::size_t risky = 0;
  std::size_t legit = 0;
};

struct GroupReport {
  std::string name;
  std::size_t risky = 0;
  std::size_t legit = 0;
  std::optional<double> auc;      // on the score (clamped to 0..100)
  std::optional<double> auc_raw;  // on the unclamped total: negative evidence breaks ties at 0
  std::optional<double> risky_caution, risky_high, legit_caution, legit_high;
};

std::string string_of(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump();
}

std::string field(const nlohmann::json& object, const char* name) {
  if (!object.is_object()) return "";
  const auto it = object.find(name);
  return it == object.end() ? "" : string_of(*it);
}

std::optional<double> share(std::size_t part, std::size_t whole) {
  if (whole == 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

GroupReport measure(std::string name, const std::vector<const Row*>& rows) {
  GroupReport g;
  g.name = std::move(name);
  std::vector<double> risky_scores, legit_scores, risky_raw, legit_raw;
  std::size_t risky_caution = 0, risky_high = 0, legit_caution = 0, legit_high = 0;
  for (const Row* row : rows) {
    const bool caution = row->level != Level::low;
    const bool high = row->level == Level::high;
    if (row->risky) {
      risky_scores.push_back(row->score);
      risky_raw.push_back(row->raw_total);
      risky_caution += caution;
      risky_high += high;
    } else {
      legit_scores.push_back(row->score);
      legit_raw.push_back(row->raw_total);
      legit_caution += caution;
      legit_high += high;
    }
  }
  g.risky = risky_scores.size();
  g.legit = legit_scores.size();
  g.auc = roc_auc(risky_scores, legit_scores);
  g.auc_raw = roc_auc(risky_raw, legit_raw);
  g.risky_caution = share(risky_caution, g.risky);
  g.risky_high = share(risky_high, g.risky);
  g.legit_caution = share(legit_caution, g.legit);
  g.legit_high = share(legit_high, g.legit);
  return g;
}

std::vector<GroupReport> measure_groups(const std::vector<Row>& rows) {
  std::vector<GroupReport> groups;
  std::vector<const Row*> all;
  std::map<std::string, std::vector<const Row*>> by_source, by_lang;
  for (const auto& row : rows) {
    all.push_back(&row);
    by_source[row.source].push_back(&row);
    by_lang[row.lang].push_back(&row);
  }
  groups.push_back(measure("all", all));
  for (const auto& [source, members] : by_source)
    groups.push_back(measure("source=" + source, members));
  for (const auto& [lang, members] : by_lang) groups.push_back(measure("lang=" + lang, members));
  return groups;
}

std::string percent(const std::optional<double>& value) {
  return value ? fmt::format("{:.1f}%", 100 * *value) : "n/a";
}

std::string decimal(const std::optional<double>& value) {
  return value ? fmt::format("{:.3f}", *value) : "n/a";
}

ordered_json json_or_null(const std::optional<double>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

Split split_from(const EvalCommandOptions& options) {
  if (options.holdout || options.split == "half-b") return Split::half_b;
  if (options.split == "half-a") return Split::half_a;
  return Split::all;
}

}  // namespace

CLI::App* add_eval_command(CLI::App& app, EvalCommandOptions& options) {
  auto* command = app.add_subcommand(
      "eval",
      "Measure the rule pack on labelled JSON Lines (id, source, lang, label risky|legit, "
      "text): ROC-AUC on the score and on the unclamped total, shares per level, rule hit "
      "frequencies, worst errors");
  command->add_option("inputs", options.inputs, "Labelled JSON Lines files")
      ->required()
      ->type_name("FILE.jsonl...");
  command->add_option("--text-field", options.text_field, "Field holding the ad")
      ->capture_default_str();
  command->add_option("--id-field", options.id_field, "Field holding the id")
      ->capture_default_str();
  command
      ->add_option("--split", options.split,
                   "all, or a fixed half of every source by hashed id: half-a (for tuning), "
                   "half-b (held out)")
      ->check(CLI::IsMember({"all", "half-a", "half-b"}))
      ->capture_default_str();
  command->add_flag("--holdout", options.holdout, "Same as --split half-b");
  command->add_option("--top", options.top, "How many worst false alarms and misses to list")
      ->capture_default_str();
  command->add_option("-j,--threads", options.threads, "Worker threads (default: all cores)");
  command->add_flag("--json", options.json, "Print the report as JSON");
  options.rules.add_to(*command);
  return command;
}

int run_eval(const EvalCommandOptions& options) {
  const auto engine = load_engine(options.rules);
  const Split split = split_from(options);
  InputOptions input;
  input.paths = options.inputs;
  input.format = InputFormat::jsonl;
  input.fields = {options.text_field, options.id_field};
  RecordSource source(input);
  const std::vector<std::string> keep = {"source", "lang", "label"};
  jobscreen::ScanOptions scan_options;
  scan_options.entities = false;

  const auto work = [&](InputRecord& record) {
    Scored out;
    decode_jsonl(record, input.fields, keep);
    if (!record.error.empty()) {
      out.outcome = Outcome::malformed;
      out.error = record.error;
      return out;
    }
    out.id = string_of(record.output_id());
    if (!in_split(out.id, split)) return out;
    const std::string label = field(record.extra, "label");
    if (label != "risky" && label != "legit") {
      out.outcome = Outcome::malformed;
      out.error = fmt::format("{}:{}: label must be \"risky\" or \"legit\", not \"{}\"",
                              *record.file, record.line, label);
      return out;
    }
    out.outcome = Outcome::scored;
    out.risky = label == "risky";
    out.source = field(record.extra, "source");
    out.lang = field(record.extra, "lang");
    const Result result = engine->scan(record.text, scan_options);
    record.text = std::string();
    out.score = result.score;
    out.raw_total = unclamped_total(result.families);
    out.level = result.level;
    for (const auto& hit : result.hits) out.rules.push_back(hit.rule);
    return out;
  };

  std::vector<Row> rows;
  std::map<std::string, RuleCounts> rule_counts;
  std::size_t malformed = 0;
  const auto sink = [&](Batch<Scored>& batch) {
    for (auto& scored : batch.outputs) {
      if (scored.outcome == Outcome::malformed) {
        if (++malformed <= 10) fmt::print(stderr, "jobscreen: {}\n", scored.error);
        continue;
      }
      if (scored.outcome == Outcome::skipped) continue;
      std::string rule_list;
      for (const auto& rule : scored.rules) {
        auto& counts = rule_counts[rule];
        (scored.risky ? counts.risky : counts.legit)++;
        rule_list += (rule_list.empty() ? "" : " ") + rule;
      }
      rows.push_back({std::move(scored.id), std::move(scored.source), std::move(scored.lang),
                      scored.risky, scored.score, scored.raw_total, scored.level,
                      std::move(rule_list)});
    }
  };
  PipelineOptions pipeline;
  pipeline.threads = options.threads;
  run_ordered<Scored>(source, pipeline, work, sink);

  const auto groups = measure_groups(rows);
  const std::size_t risky_total = groups.front().risky;
  const std::size_t legit_total = groups.front().legit;

  struct RuleLine {
    std::string id;
    int weight = 0;
    RuleCounts counts;
    double risky_rate = 0, legit_rate = 0;
    std::optional<double> so;
  };
  std::vector<RuleLine> rule_lines;
  std::vector<std::string> never_fired;
  for (const auto& rule : engine->rules().rules) {
    if (!rule.enabled) continue;
    const auto it = rule_counts.find(rule.id);
    if (it == rule_counts.end()) {
      never_fired.push_back(rule.id);
      continue;
    }
    RuleLine line{rule.id, rule.weight, it->second, 0, 0, std::nullopt};
    line.risky_rate = share(line.counts.risky, risky_total).value_or(0);
    line.legit_rate = share(line.counts.legit, legit_total).value_or(0);
    if (line.risky_rate + line.legit_rate > 0)
      line.so = line.risky_rate / (line.risky_rate + line.legit_rate);
    rule_lines.push_back(std::move(line));
  }
  std::sort(rule_lines.begin(), rule_lines.end(), [](const RuleLine& a, const RuleLine& b) {
    if (a.so.value_or(0) != b.so.value_or(0)) return a.so.value_or(0) > b.so.value_or(0);
    return a.id < b.id;
  });

  std::vector<const Row*> false_alarms, misses;
  for (const auto& row : rows) (row.risky ? misses : false_alarms).push_back(&row);
  std::sort(false_alarms.begin(), false_alarms.end(), [](const Row* a, const Row* b) {
    return a->score != b->score ? a->score > b->score : a->id < b->id;
  });
  std::sort(misses.begin(), misses.end(), [](const Row* a, const Row* b) {
    return a->score != b->score ? a->score < b->score : a->id < b->id;
  });
  // A legit ad at 0 is no alarm, and a risky ad the pack flagged is no miss.
  std::erase_if(false_alarms, [](const Row* r) { return r->score == 0; });
  std::erase_if(misses, [](const Row* r) { return r->level != Level::low; });
  if (false_alarms.size() > options.top) false_alarms.resize(options.top);
  if (misses.size() > options.top) misses.resize(options.top);

  const char* split_name = split == Split::all      ? "all"
                           : split == Split::half_a ? "half-a"
                                                    : "half-b";
  if (options.json) {
    ordered_json out;
    out["records"] = rows.size();
    out["risky"] = risky_total;
    out["legit"] = legit_total;
    out["malformed"] = malformed;
    out["split"] = split_name;
    out["pack"] = {{"name", engine->rules().info.name},
                   {"version", engine->rules().info.version},
                   {"rules", engine->rules().rules.size()}};
    out["groups"] = ordered_json::array();
    for (const auto& g : groups)
      out["groups"].push_back({{"group", g.name},
                               {"risky", g.risky},
                               {"legit", g.legit},
                               {"roc_auc", json_or_null(g.auc)},
                               {"roc_auc_raw", json_or_null(g.auc_raw)},
                               {"risky_caution_or_high", json_or_null(g.risky_caution)},
                               {"risky_high", json_or_null(g.risky_high)},
                               {"legit_caution_or_high", json_or_null(g.legit_caution)},
                               {"legit_high", json_or_null(g.legit_high)}});
    out["rules"] = ordered_json::array();
    for (const auto& r : rule_lines)
      out["rules"].push_back({{"rule", r.id},
                              {"weight", r.weight},
                              {"risky_hits", r.counts.risky},
                              {"legit_hits", r.counts.legit},
                              {"risky_rate", r.risky_rate},
                              {"legit_rate", r.legit_rate},
                              {"so", json_or_null(r.so)}});
    out["never_fired"] = never_fired;
    const auto rows_json = [](const std::vector<const Row*>& list) {
      ordered_json array = ordered_json::array();
      for (const Row* r : list)
        array.push_back({{"id", r->id},
                         {"source", r->source},
                         {"score", r->score},
                         {"raw_total", r->raw_total},
                         {"level", level_name(r->level)},
                         {"rules", r->rules}});
      return array;
    };
    out["false_alarms"] = rows_json(false_alarms);
    out["misses"] = rows_json(misses);
    fmt::print("{}\n", out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    return malformed > 0 ? kExitRecordErrors : kExitOk;
  }

  fmt::print("{} ads ({} risky, {} legit), split {}, {} malformed; pack {} {} ({} rules)\n\n",
             rows.size(), risky_total, legit_total, split_name, malformed,
             engine->rules().info.name, engine->rules().info.version, engine->rules().rules.size());
  fmt::print("{:<22} {:>6} {:>6} {:>8} {:>9}  {:>14} {:>10}  {:>14} {:>10}\n", "group", "risky",
             "legit", "ROC-AUC", "AUC (raw)", "risky caution+", "risky high", "legit caution+",
             "legit high");
  for (const auto& g : groups)
    fmt::print("{:<22} {:>6} {:>6} {:>8} {:>9}  {:>14} {:>10}  {:>14} {:>10}\n", g.name, g.risky,
               g.legit, decimal(g.auc), decimal(g.auc_raw), percent(g.risky_caution),
               percent(g.risky_high), percent(g.legit_caution), percent(g.legit_high));
  fmt::print(
      "\nROC-AUC ranks ads by score (clamped to 0..100); AUC (raw) by the unclamped total "
      "(sum of the families' capped points), where negative evidence can go below 0.\n");

  fmt::print(
      "\nRule hit frequencies (S/O = risky% / (risky% + legit%); near 1: fires on risky "
      "ads, near 0: on legit ones)\n");
  fmt::print("{:>8} {:>8} {:>6} {:>7} {:>7}  {}\n", "risky%", "legit%", "S/O", "hits", "weight",
             "rule");
  for (const auto& r : rule_lines)
    fmt::print("{:>7.1f}% {:>7.1f}% {:>6} {:>7} {:>+7}  {}\n", 100 * r.risky_rate,
               100 * r.legit_rate, decimal(r.so), r.counts.risky + r.counts.legit, r.weight, r.id);
  if (!never_fired.empty()) {
    fmt::print("never fired ({}):", never_fired.size());
    for (const auto& id : never_fired) fmt::print(" {}", id);
    fmt::print("\n");
  }

  const auto print_rows = [](const char* title, const std::vector<const Row*>& list) {
    fmt::print("\n{}\n", title);
    if (list.empty()) fmt::print("  (none)\n");
    for (const Row* r : list)
      fmt::print("  {:<24} {:>3} {:<7} {}\n", r->id, r->score, level_name(r->level),
                 r->rules.empty() ? "-" : r->rules);
  };
  print_rows("Worst false alarms (legit ads, highest scores first):", false_alarms);
  print_rows("Worst misses (risky ads left at low, lowest scores first):", misses);
  return malformed > 0 ? kExitRecordErrors : kExitOk;
}

}  // namespace jobscreen::cli
