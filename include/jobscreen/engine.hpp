// The engine: a compiled rule pack that scans texts.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "jobscreen/result.hpp"
#include "jobscreen/rule_set.hpp"

namespace jobscreen {

/// Options of one scan.
///   lang      language of descriptions and advice           Lang::sr
///   entities  include extracted entities in the result       true
///   max_bytes longer input is cut there (Flag::truncated)    64 MiB
struct ScanOptions {
  Lang lang = Lang::sr;
  bool entities = true;
  std::size_t max_bytes = 64u << 20;
  /// Entities listed in a result, in text order; a real ad has tens. Beyond
  /// this the result says Flag::many_entities (conditions still see them all).
  std::size_t max_entities = 1000;
};

/// How Engine::compile checks a pack.
struct CompileOptions {
  /// Run every rule's own examples and refuse the pack when one fails. Turn
  /// off only for packs whose examples were already checked (the embedded
  /// default pack is checked by the test suite): it halves compile time.
  bool check_examples = true;
};

/// A rule pack compiled into matchers. Immutable once built and safe for
/// concurrent use by multiple threads; share it as std::shared_ptr<const Engine>.
/// Not copyable or movable: compiled matchers are large and shared, never duplicated.
class Engine {
 public:
  /// Compiles `rules`. Throws RuleError listing every problem (bad regex,
  /// unknown references, cycles, failing examples, ...); warnings are kept
  /// in warnings().
  static std::shared_ptr<const Engine> compile(const RuleSet& rules,
                                               const CompileOptions& options = {});

  /// The embedded default pack, compiled (its examples are not re-run: the
  /// build's tests check them; call test_examples() to run them here).
  static std::shared_ptr<const Engine> default_engine();

  /// Scans one text. Never throws on text: invalid UTF-8, empty or huge input
  /// give a result whose flags say what happened.
  Result scan(std::string_view text, const ScanOptions& options = {}) const;

  /// The rule set this engine was compiled from (after extend/overrides).
  const RuleSet& rules() const;

  /// Non-fatal findings from loading and compiling.
  const std::vector<Diagnostic>& warnings() const;

  /// Runs every rule's own examples; one diagnostic (code E401/E402) per failure.
  std::vector<Diagnostic> test_examples() const;

  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;
  ~Engine();

  struct Impl;

 private:
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace jobscreen
