// Rule sets: the rule pack as plain, mutable data, loaded from JSON files.
// The format is documented in docs/rules.md; rules/schema.json checks it.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "jobscreen/diagnostic.hpp"

namespace jobscreen {

/// A text in the pack's languages. `sr` is Serbian in Latin script; `sr_cyrl`
/// may be empty, in which case it is transliterated from `sr` when asked for.
struct LocalizedText {
  std::string sr;
  std::string sr_cyrl;
  std::string en;
};

/// Score thresholds: score >= high is high risk, >= caution is caution, else low.
struct Levels {
  int caution = 30;
  int high = 60;
};

struct PackInfo {
  std::string name;
  std::string version;
  std::vector<std::string> languages;
  std::string description;
};

/// An indicator family; the sum of its rules' points is clamped to [-cap, cap].
struct Family {
  std::string id;
  LocalizedText name;
  int cap = 100;
  SourceLocation where;
};

/// A combination: fires when every `all` reference fired, at least one `any`
/// reference fired (when `any` is not empty) and at least `at_least` of
/// `at_least_of` fired. References are rule ids or "family:<id>" (any rule of
/// the family with positive weight). With `within_words` > 0 the hits used
/// must all lie within that many words of each other.
struct Combination {
  std::vector<std::string> all;
  std::vector<std::string> any;
  int at_least = 0;
  std::vector<std::string> at_least_of;
  int within_words = 0;
};

/// A condition over extracted entities or the text itself (see docs/rules.md,
/// "condition"). Fires when some entity of `entity` type passes every filter
/// that is set, or, with `absent`, when none does. Without `entity`, exactly
/// one of `only_informal_contacts` and `max_words` says what is tested.
struct EntityCondition {
  std::string entity;   ///< pay, phone, email, messenger, url, age, place, company_id
  bool absent = false;  ///< invert: no such entity
  std::optional<double> min_eur_per_month;  ///< pay: upper end of the range >= this
  std::optional<double> max_eur_per_month;  ///< pay: upper end of the range <= this
  std::optional<int> max_age_upper;         ///< age: upper bound <= this
  std::optional<bool> abroad;               ///< place: outside Serbia
  std::optional<bool> mobile;               ///< phone: a mobile number
  std::optional<bool> foreign;              ///< phone: not a Serbian number
  std::optional<bool> free_mail;            ///< email: a free-mail provider
  std::optional<bool> shortener;            ///< url: a link shortener
  std::optional<std::string> addressed;     ///< age: who is addressed ("women", "men")
  bool only_informal_contacts =
      false;  ///< every contact is a mobile, free mail or messenger (and one exists)
  std::optional<int> max_words;  ///< the text has at most this many words (a short ad)
};

enum class RuleKind { keywords, regex, combination, condition };

struct Rule {
  std::string id;
  std::string family;
  int weight = 0;  ///< points when the rule fires; negative lowers the risk
  LocalizedText description;
  LocalizedText advice;
  std::string source;  ///< key of the indicator source (ILO-FL, ASTRA, ...)
  RuleKind kind = RuleKind::keywords;
  std::vector<std::string> keywords;  ///< natural spelling, any script; `*` = inflected ending
  int gap = 0;                        ///< words allowed between the words of a keyword phrase
  std::string regex;                  ///< RE2 syntax over the match form
  Combination combination;
  EntityCondition condition;
  /// Rule ids (not combinations, and without `unless` of their own): this rule
  /// does not fire when any of them fired ("no permit needed" unless the text
  /// speaks of EU citizens).
  std::vector<std::string> unless;
  /// Keyword and regex rules: a match right after a negating word ("bez
  /// depozita", "no registration fee") does not count (docs/rules.md).
  bool negatable = false;
  std::vector<std::string> match_examples;
  std::vector<std::string> no_match_examples;
  bool enabled = true;
  SourceLocation where;
};

/// Per-pack settings of the entity extractor (defaults in docs/entities.md).
struct EntitySettings {
  std::map<std::string, double> eur_per_unit;  ///< currency code -> EUR, e.g. {"RSD", 0.0085}
  double hours_per_month = 173.0;
  double days_per_month = 21.7;
  double weeks_per_month = 4.33;
  std::vector<std::string> free_mail_domains;
  std::vector<std::string> shortener_domains;
};

/// Changes a pack makes to rules it extends.
struct RuleOverride {
  std::optional<int> weight;
  std::optional<bool> enabled;
  SourceLocation where;
};

/// A rule pack as data: cheap to copy, mutable, with source locations kept for
/// diagnostics. Compile it with Engine::compile. Not synchronised: do not
/// change one RuleSet from several threads at once.
class RuleSet {
 public:
  PackInfo info;
  Levels levels;
  std::vector<Family> families;
  std::vector<Rule> rules;
  EntitySettings entities;
  std::map<std::string, RuleOverride> overrides;  ///< applied by extend()
  std::vector<Diagnostic> warnings;               ///< non-fatal findings while loading

  /// Loads JSON rule files (comments allowed); directories are read for *.json
  /// in name order. Throws RuleError with every diagnostic when any is an error.
  static RuleSet load(const std::vector<std::filesystem::path>& paths);

  /// Parses one pack from a string; `name` stands for the file in diagnostics.
  static RuleSet from_string(std::string_view json, std::string_view name = "<string>");

  /// The pack embedded in the library at build time (rules/ of the source tree).
  static RuleSet default_pack();

  /// Adds `other`'s families and rules, then applies its overrides (weights,
  /// disabled ids) and, when `other` sets them, its levels and entity settings.
  /// Throws RuleError on duplicate ids or overrides naming unknown rules.
  void extend(const RuleSet& other);

  const Rule* find_rule(std::string_view id) const;
  const Family* find_family(std::string_view id) const;

  /// Set by the loader when a file sets them, so extend() knows what to take.
  bool has_levels = false;
  bool has_entity_settings = false;
};

}  // namespace jobscreen
