#include "rules_command.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "command_error.hpp"
#include "common_options.hpp"
#include "exit_codes.hpp"

namespace jobscreen::cli {
namespace {

using nlohmann::ordered_json;

const char* kind_name(RuleKind kind) {
  switch (kind) {
    case RuleKind::keywords:
      return "keywords";
    case RuleKind::regex:
      return "regex";
    case RuleKind::combination:
      return "combine";
    case RuleKind::condition:
      return "condition";
  }
  return "keywords";
}

std::string pick(const LocalizedText& text, Lang lang) {
  if (lang == Lang::en && !text.en.empty()) return text.en;
  if (lang == Lang::sr_cyrl && !text.sr_cyrl.empty()) return text.sr_cyrl;
  return text.sr.empty() ? text.en : text.sr;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string location(const SourceLocation& where) {
  if (where.file.empty()) return "(embedded)";
  return fmt::format("{}:{}:{}", where.file, where.line, where.column);
}

bool is_example_failure(const Diagnostic& d) { return d.code == "E401" || d.code == "E402"; }

// Diagnostics of the user's files, plus every error wherever it is: warnings
// about the default pack are not the user's business here.
std::vector<Diagnostic> relevant(const std::vector<Diagnostic>& diagnostics,
                                 const std::vector<std::string>& paths) {
  std::vector<Diagnostic> out;
  std::set<std::string> seen;
  for (const auto& d : diagnostics) {
    const bool in_user_files = std::any_of(paths.begin(), paths.end(), [&](const std::string& p) {
      return d.where.file.rfind(p, 0) == 0;
    });
    if (d.severity == Severity::warning && !in_user_files && !d.where.file.empty()) continue;
    if (seen.insert(d.to_string()).second) out.push_back(d);
  }
  return out;
}

// A pack loaded and compiled, or the diagnostics of why it could not be.
struct CompiledPack {
  std::optional<RuleSet> set;
  std::shared_ptr<const Engine> engine;
  std::vector<Diagnostic> diagnostics;  ///< errors and warnings
};

CompiledPack compile_pack(const std::vector<std::string>& paths, bool extend_default) {
  CompiledPack pack;
  try {
    RuleSet set = RuleSet::load(std::vector<std::filesystem::path>(paths.begin(), paths.end()));
    pack.diagnostics = set.warnings;
    if (extend_default) {
      RuleSet combined = RuleSet::default_pack();
      combined.extend(set);
      set = std::move(combined);
    }
    pack.set = set;
    pack.engine = Engine::compile(set);
    pack.diagnostics.insert(pack.diagnostics.end(), pack.engine->warnings().begin(),
                            pack.engine->warnings().end());
  } catch (const RuleError& error) {
    pack.diagnostics.insert(pack.diagnostics.end(), error.diagnostics().begin(),
                            error.diagnostics().end());
  }
  return pack;
}

// Errors saying the files refer to families or rules they do not define:
// they extend another pack, the default one.
bool refers_to_another_pack(const std::vector<Diagnostic>& diagnostics) {
  return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error &&
           (d.code == "E202" || d.code == "E203" || d.code == "E109");
  });
}

// Files that make a pack of their own (the default pack's own rules/, say)
// are checked alone; files that extend the default pack are checked with it.
CompiledPack compile_user_pack(const std::vector<std::string>& paths, bool no_default) {
  CompiledPack alone = compile_pack(paths, false);
  if (no_default || !refers_to_another_pack(alone.diagnostics)) return alone;
  return compile_pack(paths, true);
}

int run_lint(const RulesCommandOptions& options) {
  const CompiledPack pack = compile_user_pack(options.paths, options.rules.no_default);
  const auto shown = relevant(pack.diagnostics, options.paths);
  std::size_t errors = 0;
  for (const auto& d : shown) {
    fmt::print("{}\n", d.to_string());
    errors += d.severity == Severity::error ? 1 : 0;
  }
  fmt::print(stderr, "{} error{}, {} warning{}\n", errors, errors == 1 ? "" : "s",
             shown.size() - errors, shown.size() - errors == 1 ? "" : "s");
  return errors > 0 ? kExitRulePack : kExitOk;
}

std::size_t example_count(const RuleSet& set) {
  std::size_t count = 0;
  for (const auto& rule : set.rules)
    if (rule.enabled) count += rule.match_examples.size() + rule.no_match_examples.size();
  return count;
}

int run_test(const RulesCommandOptions& options) {
  CompiledPack pack;
  if (options.paths.empty()) {
    if (options.rules.no_default)
      throw CommandError(kExitUsage, "--no-default-rules needs the PATHs to test");
    try {
      pack.set = RuleSet::default_pack();
      pack.engine = Engine::compile(*pack.set);
    } catch (const RuleError& error) {
      pack.diagnostics = error.diagnostics();
    }
  } else {
    pack = compile_user_pack(options.paths, options.rules.no_default);
  }
  std::vector<Diagnostic> failures;
  const auto& all = pack.diagnostics;
  const bool other_errors = std::any_of(all.begin(), all.end(), [](const Diagnostic& d) {
    return d.severity == Severity::error && !is_example_failure(d);
  });
  if (other_errors || !pack.set) {
    print_diagnostics(all);
    throw CommandError(kExitRulePack, "the rule pack has errors; no examples were run");
  }
  std::copy_if(all.begin(), all.end(), std::back_inserter(failures), is_example_failure);
  if (pack.engine) {
    const auto more = pack.engine->test_examples();
    failures.insert(failures.end(), more.begin(), more.end());
  }
  for (const auto& d : failures) fmt::print("{}\n", d.to_string());
  const RuleSet& set = *pack.set;
  const std::size_t examples = example_count(set);
  const auto rules = static_cast<std::size_t>(
      std::count_if(set.rules.begin(), set.rules.end(), [](const Rule& r) { return r.enabled; }));
  if (!failures.empty()) {
    fmt::print("{} of {} examples failed ({} rules)\n", failures.size(), examples, rules);
    return kExitRecordErrors;
  }
  fmt::print("{} rules, {} examples passed\n", rules, examples);
  return kExitOk;
}

int run_list(const RulesCommandOptions& options) {
  const RuleSet set = load_rule_set(options.rules);
  const Lang lang = lang_from_option(options.lang);
  if (options.json) {
    ordered_json out;
    out["pack"] = {{"name", set.info.name}, {"version", set.info.version}};
    out["levels"] = {{"caution", set.levels.caution}, {"high", set.levels.high}};
    out["families"] = ordered_json::array();
    for (const auto& family : set.families)
      out["families"].push_back(
          {{"id", family.id}, {"name", pick(family.name, lang)}, {"cap", family.cap}});
    out["rules"] = ordered_json::array();
    for (const auto& rule : set.rules)
      out["rules"].push_back({{"id", rule.id},
                              {"family", rule.family},
                              {"weight", rule.weight},
                              {"kind", kind_name(rule.kind)},
                              {"enabled", rule.enabled}});
    fmt::print("{}\n", out.dump(2));
    return kExitOk;
  }
  fmt::print("pack {} {}: {} families, {} rules; caution >= {}, high >= {}\n",
             set.info.name.empty() ? "(unnamed)" : set.info.name, set.info.version,
             set.families.size(), set.rules.size(), set.levels.caution, set.levels.high);
  for (const auto& family : set.families) {
    fmt::print("\n{} ({}), cap {}\n", family.id, pick(family.name, lang), family.cap);
    for (const auto& rule : set.rules) {
      if (rule.family != family.id) continue;
      fmt::print("  {:+4d}  {:<40} {}{}\n", rule.weight, rule.id, kind_name(rule.kind),
                 rule.enabled ? "" : " (disabled)");
    }
  }
  return kExitOk;
}

void print_localized(std::string_view label, const LocalizedText& text) {
  if (!text.sr.empty()) fmt::print("{} (sr): {}\n", label, text.sr);
  if (!text.sr_cyrl.empty()) fmt::print("{} (sr-Cyrl): {}\n", label, text.sr_cyrl);
  if (!text.en.empty()) fmt::print("{} (en): {}\n", label, text.en);
}

void print_condition(const EntityCondition& c) {
  std::vector<std::string> parts;
  if (!c.entity.empty()) parts.push_back("entity=" + c.entity);
  if (c.absent) parts.push_back("absent");
  if (c.min_eur_per_month)
    parts.push_back(fmt::format("min_eur_per_month={}", *c.min_eur_per_month));
  if (c.max_eur_per_month)
    parts.push_back(fmt::format("max_eur_per_month={}", *c.max_eur_per_month));
  if (c.max_age_upper) parts.push_back(fmt::format("max_age_upper={}", *c.max_age_upper));
  if (c.abroad) parts.push_back(fmt::format("abroad={}", *c.abroad));
  if (c.mobile) parts.push_back(fmt::format("mobile={}", *c.mobile));
  if (c.foreign) parts.push_back(fmt::format("foreign={}", *c.foreign));
  if (c.free_mail) parts.push_back(fmt::format("free_mail={}", *c.free_mail));
  if (c.shortener) parts.push_back(fmt::format("shortener={}", *c.shortener));
  if (c.addressed) parts.push_back("addressed=" + *c.addressed);
  if (c.only_informal_contacts) parts.push_back("only_informal_contacts");
  if (c.max_words) parts.push_back(fmt::format("max_words={}", *c.max_words));
  fmt::print("condition:   {}\n", join(parts, ", "));
}

int run_show(const RulesCommandOptions& options) {
  const RuleSet set = load_rule_set(options.rules);
  const Lang lang = lang_from_option(options.lang);
  if (const Family* family = set.find_family(options.id)) {
    fmt::print("family:      {}\ncap:         {}\nfile:        {}\n", family->id, family->cap,
               location(family->where));
    print_localized("name", family->name);
    fmt::print("rules:\n");
    for (const auto& rule : set.rules)
      if (rule.family == family->id) fmt::print("  {:+4d}  {}\n", rule.weight, rule.id);
    return kExitOk;
  }
  const Rule* rule = set.find_rule(options.id);
  if (rule == nullptr)
    throw CommandError(kExitUsage, fmt::format("no rule or family \"{}\" in the pack", options.id));
  const Family* family = set.find_family(rule->family);
  fmt::print("rule:        {}\n", rule->id);
  fmt::print("family:      {}{}\n", rule->family,
             family ? fmt::format(" ({}, cap {})", pick(family->name, lang), family->cap) : "");
  fmt::print("weight:      {:+d}\n", rule->weight);
  fmt::print("enabled:     {}\n", rule->enabled ? "yes" : "no");
  fmt::print("kind:        {}\n", kind_name(rule->kind));
  if (!rule->source.empty()) fmt::print("source:      {}\n", rule->source);
  fmt::print("file:        {}\n", location(rule->where));
  switch (rule->kind) {
    case RuleKind::keywords:
      fmt::print("keywords:    {}\n", join(rule->keywords, " | "));
      if (rule->gap > 0) fmt::print("gap:         {}\n", rule->gap);
      break;
    case RuleKind::regex:
      fmt::print("regex:       {}\n", rule->regex);
      break;
    case RuleKind::combination: {
      const Combination& c = rule->combination;
      if (!c.all.empty()) fmt::print("all:         {}\n", join(c.all, ", "));
      if (!c.any.empty()) fmt::print("any:         {}\n", join(c.any, ", "));
      if (c.at_least > 0) fmt::print("at least {} of: {}\n", c.at_least, join(c.at_least_of, ", "));
      if (c.within_words > 0) fmt::print("within:      {} words\n", c.within_words);
      break;
    }
    case RuleKind::condition:
      print_condition(rule->condition);
      break;
  }
  if (rule->negatable)
    fmt::print("negatable:   yes (a match right after bez/ni/no/without... does not count)\n");
  if (!rule->unless.empty()) fmt::print("unless:      {}\n", join(rule->unless, ", "));
  print_localized("description", rule->description);
  print_localized("advice", rule->advice);
  for (const auto& example : rule->match_examples) fmt::print("match:       {}\n", example);
  for (const auto& example : rule->no_match_examples) fmt::print("no match:    {}\n", example);
  return kExitOk;
}

}  // namespace

CLI::App* add_rules_command(CLI::App& app, RulesCommandOptions& options) {
  auto* command = app.add_subcommand("rules", "Check, test and inspect rule packs");
  command->require_subcommand(1);

  options.lint = command->add_subcommand(
      "lint",
      "Load and compile rule files (with the default pack unless --no-default-rules) "
      "and print every error and warning as file:line:col");
  options.lint->add_option("paths", options.paths, "Rule files or directories")
      ->required()
      ->check(CLI::ExistingPath)
      ->type_name("PATH...");
  options.lint->add_flag("--no-default-rules", options.rules.no_default,
                         "Lint the files as a pack of their own");

  options.test = command->add_subcommand(
      "test", "Run every rule's match/no_match examples (of the default pack, extended by PATHs)");
  options.test->add_option("paths", options.paths, "Rule files or directories to add")
      ->check(CLI::ExistingPath)
      ->type_name("PATH...");
  options.test->add_flag("--no-default-rules", options.rules.no_default,
                         "Test the PATHs as a pack of their own");

  options.list = command->add_subcommand("list", "List families and rules with their weights");
  options.list->add_flag("--json", options.json, "Print JSON");
  add_lang_option(*options.list, options.lang);
  options.rules.add_to(*options.list);

  options.show = command->add_subcommand("show", "Everything about one rule or family");
  options.show->add_option("id", options.id, "Rule or family id")->required();
  add_lang_option(*options.show, options.lang);
  options.rules.add_to(*options.show);
  return command;
}

int run_rules(const RulesCommandOptions& options) {
  if (options.lint->parsed()) return run_lint(options);
  if (options.test->parsed()) return run_test(options);
  if (options.list->parsed()) return run_list(options);
  return run_show(options);
}

}  // namespace jobscreen::cli
