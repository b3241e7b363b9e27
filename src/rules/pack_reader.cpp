// Converts a located JSON tree into RuleSet data, reporting every structural
// mistake with the position of the offending key or value.
#include "rules/pack_reader.hpp"

#include <algorithm>
#include <climits>
#include <span>

#include "rules/known_fields.hpp"
#include "rules/located_json.hpp"
#include "rules/regex_lint.hpp"
#include "rules/suggest.hpp"

namespace jobscreen::detail {
namespace {

using Type = LocatedValue::Type;
namespace fields = known_fields;

bool contains(std::span<const std::string_view> list, std::string_view word) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

std::string in_quotes(std::string_view text) { return "'" + std::string(text) + "'"; }

std::string join(std::span<const std::string_view> words) {
  std::string text;
  for (const auto word : words) text += (text.empty() ? "" : ", ") + std::string(word);
  return text;
}

bool is_valid_id(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
  });
}

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// One pass over one file. Not thread-safe; used by one call of read_pack_file.
class PackReader {
 public:
  PackReader(const std::string& file, std::vector<Diagnostic>& diagnostics)
      : file_(file), diagnostics_(diagnostics) {}

  RuleSet read(const LocatedValue& root) {
    RuleSet set;
    if (!root.is_object()) {
      error("E103", root.position,
            "a rule file must hold a JSON object, not " + std::string(describe(root.type)));
      return set;
    }
    check_fields(root, fields::kTopLevel, "at the top level");
    if (const auto* pack = get(root, "pack", Type::object)) read_pack_info(*pack, set.info);
    if (const auto* levels = get(root, "levels", Type::object)) {
      read_levels(*levels, set.levels);
      set.has_levels = true;
    }
    if (const auto* entities = get(root, "entities", Type::object)) {
      read_entities(*entities, set.entities);
      set.has_entity_settings = true;
    }
    if (const auto* families = get(root, "families", Type::array))
      for (const auto& family : families->items) read_family(family, set.families);
    if (const auto* rules = get(root, "rules", Type::array))
      for (const auto& rule : rules->items) read_rule(rule, set.rules);
    if (const auto* overrides = get(root, "overrides", Type::object))
      read_overrides(*overrides, set.overrides);
    return set;
  }

 private:
  SourceLocation at(TextPosition position) const { return {file_, position.line, position.column}; }
  void error(const char* code, TextPosition position, std::string message) {
    diagnostics_.push_back({code, Severity::error, at(position), std::move(message)});
  }
  void warning(const char* code, TextPosition position, std::string message) {
    diagnostics_.push_back({code, Severity::warning, at(position), std::move(message)});
  }

  // E101 for every key not in `known` (with a suggestion), E002 for a key
  // given twice: JSON would silently keep only the last one.
  void check_fields(const LocatedValue& object, std::span<const std::string_view> known,
                    std::string_view where) {
    for (std::size_t i = 0; i < object.members.size(); ++i) {
      const LocatedMember& member = object.members[i];
      if (!contains(known, member.key)) {
        std::string message = "unknown field " + in_quotes(member.key) + " " + std::string(where);
        if (const auto suggestion = closest_match(member.key, known); !suggestion.empty()) {
          message += "; did you mean " + in_quotes(suggestion) + "?";
          misspelt_.push_back({&object, suggestion});
        }
        error("E101", member.key_position, std::move(message));
        continue;
      }
      for (std::size_t j = 0; j < i; ++j) {
        if (object.members[j].key != member.key) continue;
        const TextPosition first = object.members[j].key_position;
        error("E002", member.key_position,
              "field " + in_quotes(member.key) + " given twice (first at line " +
                  std::to_string(first.line) + ", column " + std::to_string(first.column) + ")");
        break;
      }
    }
  }

  // The value of `key` when present and of type `want` (any number when
  // `want` is number); E103 when of another type, E102 when required and absent.
  const LocatedValue* get(const LocatedValue& object, std::string_view key, Type want,
                          std::string_view required_by = {}) {
    const LocatedValue* value = object.find(key);
    if (!value) {
      if (!required_by.empty() && !is_misspelt(object, key))
        error("E102", object.position,
              std::string(required_by) + " is missing required field " + in_quotes(key));
      return nullptr;
    }
    const bool fits = value->type == want || (want == Type::number && value->is_number());
    if (!fits) {
      error("E103", value->position,
            in_quotes(key) + " must be " + std::string(describe(want)) + ", not " +
                std::string(describe(value->type)));
      return nullptr;
    }
    return value;
  }

  bool read_string(const LocatedValue& object, std::string_view key, std::string& out,
                   std::string_view required_by = {}) {
    const auto* value = get(object, key, Type::string, required_by);
    if (value) out = value->string;
    return value != nullptr;
  }

  template <typename Int>
  bool read_int(const LocatedValue& object, std::string_view key, Int& out, std::int64_t min,
                std::int64_t max, std::string_view required_by = {}) {
    const auto* value = get(object, key, Type::integer, required_by);
    if (!value) return false;
    if (value->integer < min || value->integer > max) {
      const std::string range = max == INT_MAX ? " must be " + std::to_string(min) + " or more"
                                               : " must be between " + std::to_string(min) +
                                                     " and " + std::to_string(max);
      error("E104", value->position,
            in_quotes(key) + range + ", not " + std::to_string(value->integer));
      return false;
    }
    out = static_cast<Int>(value->integer);
    return true;
  }

  // A number that must be > 0 (rates and month lengths) or >= 0 (limits).
  bool read_number(const LocatedValue& object, std::string_view key, double& out,
                   bool zero_allowed) {
    const auto* value = get(object, key, Type::number);
    if (!value) return false;
    if (value->number < 0 || (!zero_allowed && value->number == 0)) {
      error("E104", value->position,
            in_quotes(key) + (zero_allowed ? " must not be negative" : " must be greater than 0"));
      return false;
    }
    out = value->number;
    return true;
  }

  bool read_bool(const LocatedValue& object, std::string_view key, bool& out) {
    const auto* value = get(object, key, Type::boolean);
    if (value) out = value->boolean;
    return value != nullptr;
  }

  const LocatedValue* read_string_list(const LocatedValue& object, std::string_view key,
                                       std::vector<std::string>& out) {
    const auto* list = get(object, key, Type::array);
    if (!list) return nullptr;
    for (const auto& item : list->items) {
      if (item.is_string())
        out.push_back(item.string);
      else
        error("E103", item.position,
              "items of " + in_quotes(key) + " must be strings, not " +
                  std::string(describe(item.type)));
    }
    return list;
  }

  bool read_localized(const LocatedValue& object, std::string_view key, LocalizedText& out) {
    const auto* text = get(object, key, Type::object);
    if (!text) return false;
    for (const auto& member : text->members) {
      if (!contains(fields::kLanguages, member.key)) {
        error("E104", member.key_position,
              "unknown language " + in_quotes(member.key) + " in " + in_quotes(key) +
                  " (allowed: " + join(fields::kLanguages) + ")");
        continue;
      }
      if (!member.value.is_string()) {
        error("E103", member.value.position,
              in_quotes(key) + " texts must be strings, not " +
                  std::string(describe(member.value.type)));
        continue;
      }
      std::string& slot = member.key == "sr" ? out.sr : member.key == "en" ? out.en : out.sr_cyrl;
      slot = member.value.string;
    }
    return true;
  }

  void read_pack_info(const LocatedValue& pack, PackInfo& info) {
    check_fields(pack, fields::kPack, "in 'pack'");
    read_string(pack, "name", info.name);
    read_string(pack, "version", info.version);
    read_string(pack, "description", info.description);
    if (const auto* languages = read_string_list(pack, "languages", info.languages)) {
      for (const auto& item : languages->items)
        if (item.is_string() && !contains(fields::kLanguages, item.string))
          error("E104", item.position,
                "unknown language " + in_quotes(item.string) +
                    " (allowed: " + join(fields::kLanguages) + ")");
    }
  }

  void read_levels(const LocatedValue& object, Levels& levels) {
    check_fields(object, fields::kLevels, "in 'levels'");
    const bool caution_ok = read_int(object, "caution", levels.caution, 0, 100);
    const bool high_ok = read_int(object, "high", levels.high, 0, 100);
    if (caution_ok && high_ok && levels.caution >= levels.high) {
      const auto* caution = object.find("caution");
      error("E104", caution ? caution->position : object.position,
            "levels: caution (" + std::to_string(levels.caution) + ") must be below high (" +
                std::to_string(levels.high) + ")");
    }
  }

  void read_entities(const LocatedValue& object, EntitySettings& entities) {
    check_fields(object, fields::kEntities, "in 'entities'");
    if (const auto* rates = get(object, "eur_per_unit", Type::object)) {
      for (const auto& member : rates->members) {
        if (!member.value.is_number())
          error("E103", member.value.position,
                "the rate of " + in_quotes(member.key) + " must be a number, not " +
                    std::string(describe(member.value.type)));
        else if (member.value.number <= 0)
          error("E104", member.value.position,
                "the rate of " + in_quotes(member.key) + " must be greater than 0");
        else
          entities.eur_per_unit[member.key] = member.value.number;
      }
    }
    read_number(object, "hours_per_month", entities.hours_per_month, false);
    read_number(object, "days_per_month", entities.days_per_month, false);
    read_number(object, "weeks_per_month", entities.weeks_per_month, false);
    read_string_list(object, "free_mail_domains", entities.free_mail_domains);
    read_string_list(object, "shortener_domains", entities.shortener_domains);
  }

  bool read_id(const LocatedValue& object, std::string& id, std::string_view owner) {
    if (!read_string(object, "id", id, owner)) return false;
    if (is_valid_id(id)) return true;
    error("E104", object.find("id")->position,
          std::string(owner) + " id " + in_quotes(id) + " must match [a-z0-9_.-]+");
    return false;
  }

  void read_family(const LocatedValue& value, std::vector<Family>& families) {
    if (!value.is_object()) {
      error("E103", value.position,
            "a family must be an object, not " + std::string(describe(value.type)));
      return;
    }
    check_fields(value, fields::kFamily, "in a family");
    Family family;
    family.where = at(value.position);
    read_id(value, family.id, "family");
    read_localized(value, "name", family.name);
    read_int(value, "cap", family.cap, 0, INT_MAX);
    families.push_back(std::move(family));
  }

  void read_rule(const LocatedValue& value, std::vector<Rule>& rules) {
    if (!value.is_object()) {
      error("E103", value.position,
            "a rule must be an object, not " + std::string(describe(value.type)));
      return;
    }
    check_fields(value, fields::kRule, "in a rule");
    Rule rule;
    rule.where = at(value.position);
    read_id(value, rule.id, "rule");
    const std::string owner = rule.id.empty() ? "rule" : "rule " + in_quotes(rule.id);
    read_string(value, "family", rule.family, owner);
    read_int(value, "weight", rule.weight, -100, 100, owner);
    const bool has_description = read_localized(value, "description", rule.description);
    const bool has_advice = read_localized(value, "advice", rule.advice);
    read_string(value, "source", rule.source);
    read_bool(value, "enabled", rule.enabled);
    read_string_list(value, "unless", rule.unless);
    read_bool(value, "negatable", rule.negatable);
    if (const auto* examples = get(value, "examples", Type::object)) {
      check_fields(*examples, fields::kExamples, "in 'examples'");
      read_string_list(*examples, "match", rule.match_examples);
      read_string_list(*examples, "no_match", rule.no_match_examples);
    }
    read_kind(value, rule, owner);

    // Warnings about fields that are there but malformed would only repeat the E103.
    const LocatedValue* examples = value.find("examples");
    const LocatedValue* match = examples ? examples->find("match") : nullptr;
    const bool examples_malformed =
        (examples && !examples->is_object()) || (match && !match->is_array());
    if (rule.match_examples.empty() && !examples_malformed)
      warning("W001", value.position, owner + " has no 'match' example");
    warn_missing_languages(value, has_description, "description", rule.description, owner);
    warn_missing_languages(value, has_advice, "advice", rule.advice, owner);
    rules.push_back(std::move(rule));
  }

  void warn_missing_languages(const LocatedValue& rule, bool present, std::string_view key,
                              const LocalizedText& text, const std::string& owner) {
    std::string missing;
    if (text.sr.empty()) missing = "'sr'";
    if (text.en.empty()) missing += missing.empty() ? "'en'" : " and 'en'";
    if (missing.empty() || (!present && rule.find(key))) return;
    const TextPosition position = present ? rule.find(key)->position : rule.position;
    warning("W002", position,
            owner + (present ? ": " + std::string(key) + " has no " + missing + " text"
                             : " has no " + std::string(key)));
  }

  void read_kind(const LocatedValue& value, Rule& rule, const std::string& owner) {
    const LocatedMember* kind = nullptr;
    bool one_kind = true;
    for (const auto& member : value.members) {
      if (!contains(fields::kRuleKinds, member.key)) continue;
      if (kind && kind->key != member.key) {
        error("E105", member.key_position,
              owner + " has both " + in_quotes(kind->key) + " and " + in_quotes(member.key) +
                  "; a rule has exactly one of " + join(fields::kRuleKinds));
        one_kind = false;
        continue;
      }
      kind = &member;
    }
    const bool kind_misspelt = std::any_of(fields::kRuleKinds.begin(), fields::kRuleKinds.end(),
                                           [&](auto name) { return is_misspelt(value, name); });
    if (!kind && kind_misspelt) return;
    if (!kind) {
      error("E105", value.position, owner + " needs exactly one of " + join(fields::kRuleKinds));
      return;
    }
    if (const auto* gap = value.find_member("gap"); gap && kind->key != "keywords")
      error("E104", gap->key_position, "'gap' applies only to keyword rules");
    if (!one_kind) return;
    if (kind->key == "keywords") {
      rule.kind = RuleKind::keywords;
      read_keywords(value, rule);
      read_int(value, "gap", rule.gap, 0, 10);
    } else if (kind->key == "regex") {
      rule.kind = RuleKind::regex;
      if (read_string(value, "regex", rule.regex) && rule.regex.empty())
        error("E104", kind->value.position, "'regex' must not be empty");
      if (const int bound = largest_counted_repetition(rule.regex); bound > kMaxQuietRepetition)
        warning("W004", kind->value.position,
                "counted repetition {" + std::to_string(bound) + "} (over " +
                    std::to_string(kMaxQuietRepetition) +
                    ") makes every scan slow; use a keyword gap, 'within_words' or 'max_words'");
    } else if (kind->key == "combine") {
      rule.kind = RuleKind::combination;
      if (const auto* combine = get(value, "combine", Type::object))
        read_combination(*combine, rule.combination);
    } else {
      rule.kind = RuleKind::condition;
      if (const auto* condition = get(value, "condition", Type::object))
        read_condition(*condition, rule.condition, owner);
    }
  }

  void read_keywords(const LocatedValue& rule_value, Rule& rule) {
    const auto* list = read_string_list(rule_value, "keywords", rule.keywords);
    if (!list) return;
    if (list->items.empty()) error("E106", list->position, "'keywords' must not be empty");
    for (const auto& item : list->items)
      if (item.is_string() && is_blank(item.string)) error("E106", item.position, "empty keyword");
  }

  void read_combination(const LocatedValue& object, Combination& combination) {
    check_fields(object, fields::kCombine, "in 'combine'");
    read_string_list(object, "all", combination.all);
    read_string_list(object, "any", combination.any);
    read_string_list(object, "of", combination.at_least_of);
    read_int(object, "at_least", combination.at_least, 0, INT_MAX);
    read_int(object, "within_words", combination.within_words, 0, INT_MAX);
  }

  void read_condition(const LocatedValue& object, EntityCondition& condition,
                      const std::string& owner) {
    check_fields(object, fields::kCondition, "in 'condition'");
    read_bool(object, "only_informal_contacts", condition.only_informal_contacts);
    int max_words = 0;
    if (read_int(object, "max_words", max_words, 1, 1'000'000)) condition.max_words = max_words;
    const bool about_text =
        condition.only_informal_contacts || object.find_member("max_words") != nullptr;
    const bool has_entity = read_string(object, "entity", condition.entity,
                                        about_text ? "" : "the condition of " + owner);
    if (condition.only_informal_contacts && condition.max_words)
      error("E206", object.find_member("max_words")->key_position,
            "'max_words' and 'only_informal_contacts' are separate conditions; write two rules");
    read_bool(object, "absent", condition.absent);
    double number = 0;
    if (read_number(object, "min_eur_per_month", number, true))
      condition.min_eur_per_month = number;
    if (read_number(object, "max_eur_per_month", number, true))
      condition.max_eur_per_month = number;
    int age = 0;
    if (read_int(object, "max_age_upper", age, 0, 150)) condition.max_age_upper = age;
    bool flag = false;
    if (read_bool(object, "abroad", flag)) condition.abroad = flag;
    if (read_bool(object, "mobile", flag)) condition.mobile = flag;
    if (read_bool(object, "foreign", flag)) condition.foreign = flag;
    if (read_bool(object, "free_mail", flag)) condition.free_mail = flag;
    if (read_bool(object, "shortener", flag)) condition.shortener = flag;
    std::string addressed;
    if (read_string(object, "addressed", addressed)) condition.addressed = addressed;

    if (!has_entity) return;
    const TextPosition entity_position = object.find("entity")->position;
    if (condition.only_informal_contacts) {
      error("E206", entity_position, "'only_informal_contacts' takes no 'entity'");
      return;
    }
    if (condition.max_words) {
      error("E206", entity_position, "'max_words' takes no 'entity'");
      return;
    }
    if (!contains(fields::kEntityTypes, condition.entity)) {
      std::string message = "unknown entity type " + in_quotes(condition.entity);
      if (const auto suggestion = closest_match(condition.entity, fields::kEntityTypes);
          !suggestion.empty())
        message += "; did you mean " + in_quotes(suggestion) + "?";
      else
        message += " (known: " + join(fields::kEntityTypes) + ")";
      error("E206", entity_position, std::move(message));
      return;
    }
    for (const auto& scope : fields::kFilterScopes) {
      const auto* filter = object.find_member(scope.filter);
      if (filter && scope.entity != condition.entity)
        error("E206", filter->key_position,
              "filter " + in_quotes(scope.filter) + " applies to " + in_quotes(scope.entity) +
                  ", not to " + in_quotes(condition.entity));
    }
  }

  void read_overrides(const LocatedValue& object, std::map<std::string, RuleOverride>& out) {
    for (const auto& member : object.members) {
      if (!member.value.is_object()) {
        error("E103", member.value.position,
              "the override of " + in_quotes(member.key) + " must be an object, not " +
                  std::string(describe(member.value.type)));
        continue;
      }
      check_fields(member.value, fields::kOverride, "in an override");
      RuleOverride override_entry;
      override_entry.where = at(member.key_position);
      int weight = 0;
      if (read_int(member.value, "weight", weight, -100, 100)) override_entry.weight = weight;
      bool enabled = true;
      if (read_bool(member.value, "enabled", enabled)) override_entry.enabled = enabled;
      out[member.key] = override_entry;
    }
  }

  // Whether an unknown field of `object` looked like `key`: then the E101
  // suggestion says it all and "missing field" would only repeat it.
  bool is_misspelt(const LocatedValue& object, std::string_view key) const {
    return std::any_of(misspelt_.begin(), misspelt_.end(),
                       [&](const Misspelling& m) { return m.object == &object && m.meant == key; });
  }

  struct Misspelling {
    const LocatedValue* object;
    std::string meant;
  };

  const std::string& file_;
  std::vector<Diagnostic>& diagnostics_;
  std::vector<Misspelling> misspelt_;
};

}  // namespace

RuleSet read_pack_file(std::string_view text, const std::string& file,
                       std::vector<Diagnostic>& diagnostics) {
  const LocatedParse parsed = parse_located_json(text);
  if (!parsed.value) {
    diagnostics.push_back({"E002",
                           Severity::error,
                           {file, parsed.error.position.line, parsed.error.position.column},
                           parsed.error.message});
    return {};
  }
  return PackReader(file, diagnostics).read(*parsed.value);
}

}  // namespace jobscreen::detail
