// The field names the rule-pack loader accepts, object by object. One list per
// object of docs/rules.md; rules/schema.json must name the same properties
// (tests/unit/rule_set_test.cpp checks it).
#pragma once

#include <array>
#include <string_view>

namespace jobscreen::detail::known_fields {

inline constexpr std::array<std::string_view, 6> kTopLevel{"pack",     "levels", "entities",
                                                           "families", "rules",  "overrides"};
inline constexpr std::array<std::string_view, 4> kPack{"name", "version", "languages",
                                                       "description"};
inline constexpr std::array<std::string_view, 2> kLevels{"caution", "high"};
inline constexpr std::array<std::string_view, 6> kEntities{
    "eur_per_unit",    "hours_per_month",   "days_per_month",
    "weeks_per_month", "free_mail_domains", "shortener_domains"};
inline constexpr std::array<std::string_view, 3> kFamily{"id", "name", "cap"};
inline constexpr std::array<std::string_view, 15> kRule{
    "id",     "family",    "weight",   "description", "advice", "source",  "examples", "enabled",
    "unless", "negatable", "keywords", "gap",         "regex",  "combine", "condition"};
/// The fields that choose a rule's kind; a rule has exactly one.
inline constexpr std::array<std::string_view, 4> kRuleKinds{"keywords", "regex", "combine",
                                                            "condition"};
inline constexpr std::array<std::string_view, 5> kCombine{"all", "any", "at_least", "of",
                                                          "within_words"};
inline constexpr std::array<std::string_view, 13> kCondition{"entity",
                                                             "absent",
                                                             "min_eur_per_month",
                                                             "max_eur_per_month",
                                                             "max_age_upper",
                                                             "abroad",
                                                             "mobile",
                                                             "foreign",
                                                             "free_mail",
                                                             "shortener",
                                                             "addressed",
                                                             "only_informal_contacts",
                                                             "max_words"};
inline constexpr std::array<std::string_view, 2> kExamples{"match", "no_match"};
inline constexpr std::array<std::string_view, 2> kOverride{"weight", "enabled"};
/// Keys of a localized text ("sr" is Serbian in Latin script).
inline constexpr std::array<std::string_view, 3> kLanguages{"sr", "en", "sr-Cyrl"};
/// Entity types a condition may name.
inline constexpr std::array<std::string_view, 8> kEntityTypes{
    "pay", "phone", "email", "messenger", "url", "age", "place", "company_id"};

/// A condition filter and the one entity type it applies to.
struct FilterScope {
  std::string_view filter;
  std::string_view entity;
};
inline constexpr std::array<FilterScope, 9> kFilterScopes{{
    {"min_eur_per_month", "pay"},
    {"max_eur_per_month", "pay"},
    {"max_age_upper", "age"},
    {"addressed", "age"},
    {"abroad", "place"},
    {"mobile", "phone"},
    {"foreign", "phone"},
    {"free_mail", "email"},
    {"shortener", "url"},
}};

}  // namespace jobscreen::detail::known_fields
