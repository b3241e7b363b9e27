// Engine::compile: checks a rule set as a whole and builds the matchers.
#include <functional>
#include <map>
#include <string>

#include "engine/engine_impl.hpp"
#include "engine/keyword_compiler.hpp"
#include "score/conditions.hpp"

namespace jobscreen {
namespace {

using detail::CompiledRule;
using detail::RuleRef;

class Compiler {
 public:
  explicit Compiler(Engine::Impl& impl) : impl_(impl) {}

  std::vector<Diagnostic> run() {
    index_families();
    index_rules();
    for (std::uint32_t i = 0; i < impl_.rules.size(); ++i) compile_rule(i);
    for (std::uint32_t i = 0; i < impl_.rules.size(); ++i) resolve_unless(i);
    order_combinations();
    if (has_errors(diagnostics_)) return diagnostics_;
    impl_.keywords = std::make_unique<detail::KeywordMatcher>(keywords_);
    if (!impl_.regexes.compile())
      error("E201", {}, "the regex rules together exceed RE2's memory budget");
    impl_.entities = std::make_unique<detail::EntityExtractor>(impl_.rule_set.entities);
    return diagnostics_;
  }

 private:
  void error(const char* code, const SourceLocation& where, std::string message) {
    diagnostics_.push_back({code, Severity::error, where, std::move(message)});
  }

  void index_families() {
    for (const auto& family : impl_.rule_set.families) {
      family_index_.emplace(family.id, static_cast<std::uint32_t>(impl_.families.size()));
      impl_.families.push_back(&family);
    }
    impl_.family_members.resize(impl_.families.size());
  }

  void index_rules() {
    for (const auto& rule : impl_.rule_set.rules) {
      if (!rule.enabled) continue;
      const auto family = family_index_.find(rule.family);
      if (family == family_index_.end()) {
        error("E202", rule.where,
              "rule '" + rule.id + "' names unknown family '" + rule.family + "'");
        continue;
      }
      const auto index = static_cast<std::uint32_t>(impl_.rules.size());
      rule_index_.emplace(rule.id, index);
      impl_.rules.push_back(CompiledRule{&rule, family->second, {}, {}});
      if (rule.kind != RuleKind::combination && rule.weight > 0)
        impl_.family_members[family->second].push_back(index);
    }
  }

  void compile_rule(std::uint32_t index) {
    CompiledRule& compiled = impl_.rules[index];
    const Rule& rule = *compiled.rule;
    if (rule.negatable) {
      if (rule.kind == RuleKind::keywords || rule.kind == RuleKind::regex)
        impl_.negatable_rules.push_back(index);
      else
        error("E104", rule.where,
              "rule '" + rule.id + "': 'negatable' applies only to keyword and regex rules");
    }
    switch (rule.kind) {
      case RuleKind::keywords:
        for (const auto& keyword : rule.keywords) {
          auto k = detail::compile_keyword(keyword);
          if (!k.error.empty()) {
            error(k.code.c_str(), rule.where, "rule '" + rule.id + "': " + k.error);
            continue;
          }
          keywords_.push_back({std::move(k.phrase), static_cast<std::uint32_t>(rule.gap), index});
        }
        break;
      case RuleKind::regex:
        if (auto problem = impl_.regexes.add(rule.regex, index))
          error("E201", rule.where, "rule '" + rule.id + "': bad regex: " + *problem);
        break;
      case RuleKind::condition:
        if (auto problem = detail::condition_problem(rule.condition); !problem.empty())
          error("E206", rule.where, "rule '" + rule.id + "': " + problem);
        else
          impl_.condition_rules.push_back(index);
        if (rule.condition.max_words) impl_.needs_word_positions = true;
        break;
      case RuleKind::combination:
        compile_combination(compiled);
        break;
    }
  }

  // `unless` names plain rules that are final before any suppression: not
  // combinations and without an `unless` of their own, so order never matters.
  void resolve_unless(std::uint32_t index) {
    CompiledRule& compiled = impl_.rules[index];
    const Rule& rule = *compiled.rule;
    for (const auto& ref : rule.unless) {
      const auto r = rule_index_.find(ref);
      if (r == rule_index_.end()) {
        error("E203", rule.where,
              "rule '" + rule.id + "': 'unless' names unknown or disabled rule '" + ref + "'");
        continue;
      }
      const Rule& other = *impl_.rules[r->second].rule;
      if (other.kind == RuleKind::combination || !other.unless.empty() || r->second == index) {
        error("E203", rule.where,
              "rule '" + rule.id +
                  "': 'unless' may only name rules that are not combinations "
                  "and have no 'unless' of their own, not '" +
                  ref + "'");
        continue;
      }
      compiled.unless.push_back(r->second);
    }
    if (!compiled.unless.empty() && rule.kind != RuleKind::combination)
      impl_.base_rules_with_unless.push_back(index);
  }

  void compile_combination(CompiledRule& compiled) {
    const Rule& rule = *compiled.rule;
    const Combination& c = rule.combination;
    auto resolve = [&](const std::vector<std::string>& refs, std::vector<RuleRef>& out) {
      for (const auto& ref : refs) {
        if (ref.rfind("family:", 0) == 0) {
          const auto f = family_index_.find(ref.substr(7));
          if (f == family_index_.end())
            error("E203", rule.where,
                  "rule '" + rule.id + "' references unknown family '" + ref.substr(7) + "'");
          else
            out.push_back({true, f->second});
          continue;
        }
        const auto r = rule_index_.find(ref);
        if (r == rule_index_.end())
          error("E203", rule.where,
                "rule '" + rule.id + "' references unknown or disabled rule '" + ref + "'");
        else
          out.push_back({false, r->second});
      }
    };
    resolve(c.all, compiled.combination.all);
    resolve(c.any, compiled.combination.any);
    resolve(c.at_least_of, compiled.combination.of);
    compiled.combination.at_least = c.at_least;
    compiled.combination.within_words = c.within_words;
    if (c.all.empty() && c.any.empty() && c.at_least_of.empty())
      error("E203", rule.where, "combination '" + rule.id + "' references nothing");
    if (c.at_least > static_cast<int>(c.at_least_of.size()))
      error("E104", rule.where,
            "combination '" + rule.id + "': at_least is larger than the number of references");
    if (c.within_words > 0) impl_.needs_word_positions = true;
  }

  // Depth-first topological order over combination -> combination references;
  // family references only cover non-combination rules, so they add no edges.
  void order_combinations() {
    enum class Mark { none, visiting, done };
    std::vector<Mark> mark(impl_.rules.size(), Mark::none);
    std::function<void(std::uint32_t, std::vector<std::string>&)> visit =
        [&](std::uint32_t index, std::vector<std::string>& path) {
          if (mark[index] == Mark::done) return;
          const Rule& rule = *impl_.rules[index].rule;
          if (mark[index] == Mark::visiting) {
            std::string cycle;
            for (const auto& id : path) cycle += id + " -> ";
            error("E204", rule.where, "cycle of combinations: " + cycle + rule.id);
            return;
          }
          mark[index] = Mark::visiting;
          path.push_back(rule.id);
          const auto& c = impl_.rules[index].combination;
          for (const auto* refs : {&c.all, &c.any, &c.of})
            for (const auto& ref : *refs)
              if (!ref.is_family && impl_.rules[ref.index].rule->kind == RuleKind::combination)
                visit(ref.index, path);
          path.pop_back();
          mark[index] = Mark::done;
          impl_.combination_order.push_back(index);
        };
    for (std::uint32_t i = 0; i < impl_.rules.size(); ++i) {
      if (impl_.rules[i].rule->kind != RuleKind::combination) continue;
      std::vector<std::string> path;
      visit(i, path);
    }
  }

  Engine::Impl& impl_;
  std::vector<Diagnostic> diagnostics_;
  std::map<std::string, std::uint32_t, std::less<>> family_index_;
  std::map<std::string, std::uint32_t, std::less<>> rule_index_;
  std::vector<detail::KeywordPattern> keywords_;
};

}  // namespace

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::shared_ptr<const Engine> Engine::compile(const RuleSet& rules, const CompileOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->rule_set = rules;  // the compiled rules point into this copy
  std::vector<Diagnostic> diagnostics = Compiler(*impl).run();
  if (has_errors(diagnostics)) {
    diagnostics.insert(diagnostics.begin(), rules.warnings.begin(), rules.warnings.end());
    throw RuleError(std::move(diagnostics));
  }
  impl->warnings = rules.warnings;
  std::shared_ptr<const Engine> engine(new Engine(std::move(impl)));
  if (!options.check_examples) return engine;
  // A rule whose own examples fail is a broken rule: refuse the pack.
  auto failures = engine->test_examples();
  if (!failures.empty()) {
    failures.insert(failures.begin(), rules.warnings.begin(), rules.warnings.end());
    throw RuleError(std::move(failures));
  }
  return engine;
}

std::shared_ptr<const Engine> Engine::default_engine() {
  return compile(RuleSet::default_pack(), {.check_examples = false});
}

const RuleSet& Engine::rules() const { return impl_->rule_set; }

const std::vector<Diagnostic>& Engine::warnings() const { return impl_->warnings; }

std::vector<Diagnostic> Engine::test_examples() const {
  std::vector<Diagnostic> failures;
  ScanOptions options;
  options.lang = Lang::en;
  auto fired = [&](const std::string& text, const std::string& id) {
    const Result result = scan(text, options);
    for (const auto& hit : result.hits)
      if (hit.rule == id) return true;
    return false;
  };
  for (const auto& compiled : impl_->rules) {
    const Rule& rule = *compiled.rule;
    for (const auto& example : rule.match_examples)
      if (!fired(example, rule.id))
        failures.push_back(
            {"E401", Severity::error, rule.where,
             "rule '" + rule.id + "' does not fire on its example \"" + example + "\""});
    for (const auto& example : rule.no_match_examples)
      if (fired(example, rule.id))
        failures.push_back(
            {"E402", Severity::error, rule.where,
             "rule '" + rule.id + "' fires on its no_match example \"" + example + "\""});
  }
  return failures;
}

}  // namespace jobscreen
