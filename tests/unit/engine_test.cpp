// Engine: compiling rule sets, scanning, scoring, combinations and explanations.
// Packs are built in code so these tests do not depend on the JSON loader.
#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

#include "jobscreen/jobscreen.hpp"

namespace jobscreen {
namespace {

// The fields every rule of these tests shares.
Rule rule_of(RuleKind kind, std::string id, std::string family, int weight) {
  Rule r;
  r.id = std::move(id);
  r.family = std::move(family);
  r.weight = weight;
  r.kind = kind;
  return r;
}

Rule regex_rule(std::string id, std::string family, int weight, std::string regex) {
  Rule r = rule_of(RuleKind::regex, std::move(id), std::move(family), weight);
  r.regex = std::move(regex);
  r.description = {"opis " + r.id, "", "description " + r.id};
  r.advice = {"savet", "", "advice"};
  return r;
}

Rule combo_rule(std::string id, std::string family, int weight, Combination c) {
  Rule r = rule_of(RuleKind::combination, std::move(id), std::move(family), weight);
  r.combination = std::move(c);
  return r;
}

Rule condition_rule(std::string id, std::string family, int weight, EntityCondition c) {
  Rule r = rule_of(RuleKind::condition, std::move(id), std::move(family), weight);
  r.condition = std::move(c);
  return r;
}

Family family(std::string id, int cap) {
  Family f;
  f.id = std::move(id);
  f.name = {"porodica " + f.id, "", "family " + f.id};
  f.cap = cap;
  return f;
}

RuleSet base_set() {
  RuleSet set;
  set.levels = {30, 60};
  set.families = {family("pay", 25), family("abroad", 30), family("combo", 60), family("good", 20)};
  set.rules = {
      regex_rule("pay.easy", "pay", 15, R"(\beasy money\b)"),
      regex_rule("pay.daily", "pay", 15, R"(\bpaid daily\b)"),
      regex_rule("abroad.travel", "abroad", 20, R"(\btravel paid\b)"),
      regex_rule("good.contract", "good", -20, R"(\bwritten contract\b)"),
  };
  return set;
}

std::vector<std::string> fired_rules(const Result& r) {
  std::vector<std::string> ids;
  for (const auto& h : r.hits) ids.push_back(h.rule);
  std::sort(ids.begin(), ids.end());
  return ids;
}

std::vector<std::string> codes(const RuleError& e) {
  std::vector<std::string> out;
  for (const auto& d : e.diagnostics()) out.push_back(d.code);
  return out;
}

std::vector<std::string> compile_error_codes(const RuleSet& set) {
  try {
    Engine::compile(set);
  } catch (const RuleError& e) {
    return codes(e);
  }
  return {};
}

TEST(EngineScore, AddsEachFiredRuleOnceAndCapsItsFamily) {
  const auto engine = Engine::compile(base_set());
  // Both pay rules fire (15 + 15 = 30) but the family cap is 25.
  const Result r = engine->scan("easy money, easy money, paid daily!");
  EXPECT_EQ(r.score, 25);
  EXPECT_EQ(r.level, Level::low);  // 25 < caution threshold 30
  ASSERT_EQ(r.families.size(), 1u);
  EXPECT_EQ(r.families[0].family, "pay");
  EXPECT_EQ(r.families[0].raw, 30);
  EXPECT_EQ(r.families[0].points, 25);
  // "easy money" twice: one hit with two matches.
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].rule, "pay.easy");
  EXPECT_EQ(r.hits[0].matches.size(), 2u);
}

TEST(EngineScore, NegativeEvidenceLowersTheScoreButNeverBelowZero) {
  const auto engine = Engine::compile(base_set());
  EXPECT_EQ(engine->scan("easy money and travel paid").score, 35);
  EXPECT_EQ(engine->scan("easy money and travel paid, written contract").score, 15);
  EXPECT_EQ(engine->scan("written contract only").score, 0);
}

TEST(EngineScore, LevelsFollowThePackThresholds) {
  RuleSet set = base_set();
  set.levels = {10, 20};
  const auto engine = Engine::compile(set);
  EXPECT_EQ(engine->scan("nothing here").level, Level::low);
  EXPECT_EQ(engine->scan("easy money").level, Level::caution);
  EXPECT_EQ(engine->scan("travel paid").level, Level::high);
}

TEST(EngineScore, TotalIsClampedTo100) {
  RuleSet set = base_set();
  set.families.push_back(family("big", 100));
  set.rules.push_back(regex_rule("big.one", "big", 90, "alpha"));
  set.rules.push_back(regex_rule("big.two", "big", 90, "beta"));
  const auto engine = Engine::compile(set);
  const Result r = engine->scan("alpha beta travel paid");
  EXPECT_EQ(r.score, 100);
  EXPECT_EQ(r.level, Level::high);
}

TEST(EngineCombination, FiresOnlyWhenAllAnyAndAtLeastHold) {
  RuleSet set = base_set();
  Combination c;
  c.all = {"abroad.travel"};
  c.at_least = 2;
  c.at_least_of = {"pay.easy", "pay.daily", "good.contract"};
  set.rules.push_back(combo_rule("combo.abroad_pay", "combo", 40, c));
  const auto engine = Engine::compile(set);
  EXPECT_EQ(fired_rules(engine->scan("travel paid, easy money")),
            (std::vector<std::string>{"abroad.travel", "pay.easy"}));
  const Result r = engine->scan("travel paid, easy money, paid daily");
  EXPECT_EQ(fired_rules(r), (std::vector<std::string>{"abroad.travel", "combo.abroad_pay",
                                                      "pay.daily", "pay.easy"}));
  // The combination's matches are the hits it used, so the worker sees why.
  const auto combo = std::find_if(r.hits.begin(), r.hits.end(),
                                  [](const Hit& h) { return h.rule == "combo.abroad_pay"; });
  ASSERT_NE(combo, r.hits.end());
  EXPECT_EQ(combo->matches.size(), 3u);
  EXPECT_EQ(combo->points, 40);
}

TEST(EngineCombination, FamilyReferenceMeansAnyPositiveRuleOfTheFamily) {
  RuleSet set = base_set();
  Combination c;
  c.all = {"family:pay", "family:abroad"};
  set.rules.push_back(combo_rule("combo.pay_abroad", "combo", 30, c));
  const auto engine = Engine::compile(set);
  EXPECT_EQ(engine->scan("paid daily, travel paid").score, 15 + 20 + 30);
  EXPECT_EQ(engine->scan("paid daily").score, 15);
  // Negative evidence is not a member of its family for references.
  Combination good;
  good.all = {"family:good"};
  RuleSet set2 = base_set();
  set2.rules.push_back(combo_rule("combo.good", "combo", 30, good));
  EXPECT_TRUE(fired_rules(Engine::compile(set2)->scan("written contract")) ==
              std::vector<std::string>{"good.contract"});
}

TEST(EngineCombination, WithinWordsNeedsTheHitsCloseTogether) {
  RuleSet set = base_set();
  Combination c;
  c.all = {"pay.easy", "abroad.travel"};
  c.within_words = 5;
  set.rules.push_back(combo_rule("combo.near", "combo", 30, c));
  const auto engine = Engine::compile(set);
  const auto near = fired_rules(engine->scan("easy money and travel paid"));
  EXPECT_NE(std::find(near.begin(), near.end(), "combo.near"), near.end());
  const auto far = fired_rules(engine->scan(
      "easy money is what they say but later on, after many many more words, travel paid"));
  EXPECT_EQ(std::find(far.begin(), far.end(), "combo.near"), far.end());
}

TEST(EngineCombination, CombinationsCanUseCombinations) {
  RuleSet set = base_set();
  Combination inner;
  inner.all = {"pay.easy", "pay.daily"};
  Combination outer;
  outer.all = {"combo.inner", "abroad.travel"};
  // Declared before what it uses: the engine orders them.
  set.rules.push_back(combo_rule("combo.outer", "combo", 20, outer));
  set.rules.push_back(combo_rule("combo.inner", "combo", 10, inner));
  const auto engine = Engine::compile(set);
  const auto ids = fired_rules(engine->scan("easy money paid daily travel paid"));
  EXPECT_NE(std::find(ids.begin(), ids.end(), "combo.outer"), ids.end());
  EXPECT_EQ(fired_rules(engine->scan("easy money travel paid")),
            (std::vector<std::string>{"abroad.travel", "pay.easy"}));
}

// "travel paid" is a warning unless the text says the employer pays it.
RuleSet set_with_exception() {
  RuleSet set = base_set();
  set.rules.push_back(regex_rule("good.employer_pays", "good", 0, R"(\bemployer pays\b)"));
  set.rules[2].unless = {"good.employer_pays"};  // abroad.travel
  return set;
}

TEST(EngineUnless, ARuleDoesNotFireWhenARuleItNamesFired) {
  const auto engine = Engine::compile(set_with_exception());
  EXPECT_EQ(engine->scan("travel paid").score, 20);
  const Result r = engine->scan("travel paid, the employer pays");
  EXPECT_EQ(r.score, 0);
  EXPECT_EQ(fired_rules(r), (std::vector<std::string>{"good.employer_pays"}));
}

TEST(EngineUnless, CombinationsSeeASuppressedRuleAsNotFired) {
  RuleSet set = set_with_exception();
  Combination c;
  c.all = {"family:abroad", "pay.easy"};
  set.rules.push_back(combo_rule("combo.abroad_pay", "combo", 30, c));
  const auto engine = Engine::compile(set);
  EXPECT_EQ(engine->scan("easy money, travel paid").score, 15 + 20 + 30);
  EXPECT_EQ(engine->scan("easy money, travel paid, employer pays").score, 15);
}

TEST(EngineUnless, ACombinationCanHaveExceptionsToo) {
  RuleSet set = base_set();
  Combination c;
  c.all = {"pay.easy", "abroad.travel"};
  Rule combo = combo_rule("combo.abroad_pay", "combo", 30, c);
  combo.unless = {"good.contract"};
  set.rules.push_back(combo);
  const auto engine = Engine::compile(set);
  EXPECT_EQ(engine->scan("easy money, travel paid").score, 15 + 20 + 30);
  // Without the exception the contract would leave 35 + 30 - 20 = 45.
  EXPECT_EQ(engine->scan("easy money, travel paid, written contract").score, 15 + 20 - 20);
}

TEST(EngineNegation, NegatableRulesIgnoreMatchesRightAfterANegatingWord) {
  RuleSet set = base_set();
  set.families.push_back(family("fee", 40));
  Rule fee = regex_rule("fee.deposit", "fee", 30, R"(\bdeposit\b)");
  fee.negatable = true;
  set.rules.push_back(fee);
  const auto engine = Engine::compile(set);
  EXPECT_EQ(engine->scan("pay a deposit first").score, 30);
  EXPECT_EQ(engine->scan("no deposit, travel paid").score, 20);
  // One negated match and one plain match: the rule still fires.
  EXPECT_EQ(engine->scan("no deposit now, but a deposit later").score, 30);
  // A rule that is not negatable keeps the match.
  set.rules.back().negatable = false;
  EXPECT_EQ(Engine::compile(set)->scan("no deposit").score, 30);
}

TEST(EngineCompile, NegatableAppliesToKeywordAndRegexRulesOnly) {
  RuleSet set = base_set();
  Combination c;
  c.all = {"pay.easy"};
  Rule combo = combo_rule("combo.easy", "combo", 5, c);
  combo.negatable = true;
  set.rules.push_back(combo);
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E104"}));
}

TEST(EngineCompile, UnlessNamesOnlyPlainRulesWithoutExceptionsOfTheirOwn) {
  RuleSet set = set_with_exception();
  Combination c;
  c.all = {"pay.easy"};
  set.rules.push_back(combo_rule("combo.easy", "combo", 5, c));
  set.rules[0].unless = {"missing.rule"};   // unknown
  set.rules[1].unless = {"combo.easy"};     // a combination
  set.rules[3].unless = {"abroad.travel"};  // has an unless of its own
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E203", "E203", "E203"}));
}

Rule short_text_rule(int max_words) {
  EntityCondition short_text;
  short_text.max_words = max_words;
  return condition_rule("good.short", "good", 0, short_text);
}

TEST(EngineCondition, MaxWordsCountsTheWordsOfTheMatchForm) {
  RuleSet set = base_set();
  set.rules.push_back(short_text_rule(4));
  Combination short_lure;
  short_lure.all = {"good.short", "pay.easy"};
  set.rules.push_back(combo_rule("combo.short_lure", "combo", 40, short_lure));
  const auto engine = Engine::compile(set);
  // Punctuation and spacing do not count; obfuscated letters join into one word.
  EXPECT_EQ(fired_rules(engine->scan("Easy money -- e a s y!!")),
            (std::vector<std::string>{"combo.short_lure", "good.short", "pay.easy"}));
  const Result longer = engine->scan("easy money for you and me");
  EXPECT_EQ(fired_rules(longer), (std::vector<std::string>{"pay.easy"}));
  EXPECT_EQ(longer.score, 15);
  // An empty text has zero words: the condition holds, shown without matches.
  const Result empty = engine->scan("");
  ASSERT_EQ(fired_rules(empty), (std::vector<std::string>{"good.short"}));
  EXPECT_TRUE(empty.hits[0].matches.empty());
}

TEST(EngineCompile, MaxWordsTakesNoEntity) {
  RuleSet set = base_set();
  Rule r = short_text_rule(10);
  r.condition.entity = "pay";
  set.rules.push_back(r);
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E206"}));
}

TEST(EngineCompile, ReportsEveryProblemAtOnceWithStableCodes) {
  RuleSet set = base_set();
  set.rules.push_back(regex_rule("bad.regex", "pay", 5, "(unclosed"));
  set.rules.push_back(regex_rule("bad.family", "nope", 5, "x"));
  Combination c;
  c.all = {"missing.rule", "family:missing"};
  set.rules.push_back(combo_rule("bad.refs", "combo", 5, c));
  // Unknown families are found while indexing, before rules are compiled.
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E202", "E201", "E203", "E203"}));
}

TEST(EngineCompile, RejectsCyclesOfCombinations) {
  RuleSet set = base_set();
  Combination a;
  a.all = {"combo.b"};
  Combination b;
  b.all = {"combo.a"};
  set.rules.push_back(combo_rule("combo.a", "combo", 5, a));
  set.rules.push_back(combo_rule("combo.b", "combo", 5, b));
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E204"}));
}

TEST(EngineCompile, RejectsAtLeastLargerThanItsReferences) {
  RuleSet set = base_set();
  Combination c;
  c.at_least = 3;
  c.at_least_of = {"pay.easy", "pay.daily"};
  set.rules.push_back(combo_rule("combo.too_many", "combo", 5, c));
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E104"}));
}

TEST(EngineCompile, ChecksKeywordWildcards) {
  RuleSet set = base_set();
  Rule k;
  k.id = "kw.short";
  k.family = "pay";
  k.weight = 5;
  k.kind = RuleKind::keywords;
  k.keywords = {"pl*"};
  set.rules.push_back(k);
  k.id = "kw.inside";
  k.keywords = {"pla*ta"};
  set.rules.push_back(k);
  k.id = "kw.empty";
  k.keywords = {"!!!"};
  set.rules.push_back(k);
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E207", "E207", "E205"}));
}

TEST(EngineCompile, ChecksConditionFiltersAgainstTheirEntity) {
  RuleSet set = base_set();
  EntityCondition pay_filter_on_place;
  pay_filter_on_place.entity = "place";
  pay_filter_on_place.min_eur_per_month = 100;
  set.rules.push_back(condition_rule("cond.bad", "pay", 5, pay_filter_on_place));
  EntityCondition unknown;
  unknown.entity = "spaceship";
  set.rules.push_back(condition_rule("cond.unknown", "pay", 5, unknown));
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E206", "E206"}));
}

TEST(EngineCompile, RefusesRulesWhoseOwnExamplesFail) {
  RuleSet set = base_set();
  set.rules[0].match_examples = {"they promise easy money", "no such phrase"};
  set.rules[0].no_match_examples = {"uneasy moneylender", "easy money"};
  try {
    Engine::compile(set);
    FAIL() << "expected RuleError";
  } catch (const RuleError& e) {
    EXPECT_EQ(codes(e), (std::vector<std::string>{"E401", "E402"}));
    EXPECT_NE(std::string(e.what()).find("no such phrase"), std::string::npos);
  }
}

TEST(EngineCompile, CanSkipExamplesThatWereCheckedBefore) {
  RuleSet set = base_set();
  set.rules[0].match_examples = {"no such phrase"};
  const auto engine = Engine::compile(set, {.check_examples = false});
  // The failure is still there for whoever asks.
  const auto failures = engine->test_examples();
  ASSERT_EQ(failures.size(), 1u);
  EXPECT_EQ(failures[0].code, "E401");
  EXPECT_THROW(Engine::compile(set), RuleError);
}

TEST(EngineCompile, DisabledRulesAreSkippedAndCannotBeReferenced) {
  RuleSet set = base_set();
  set.rules[0].enabled = false;
  const auto engine = Engine::compile(set);
  EXPECT_TRUE(engine->scan("easy money").hits.empty());
  Combination c;
  c.all = {"pay.easy"};
  set.rules.push_back(combo_rule("combo.uses_disabled", "combo", 5, c));
  EXPECT_EQ(compile_error_codes(set), (std::vector<std::string>{"E203"}));
}

TEST(EngineExplain, HitsPointAtTheOriginalTextInBytesAndCodePoints) {
  const auto engine = Engine::compile(base_set());
  const std::string text = "Ćao 🙂 — easy money";
  const Result r = engine->scan(text);
  ASSERT_EQ(r.hits.size(), 1u);
  const TextSpan& m = r.hits[0].matches[0];
  EXPECT_EQ(text.substr(m.start, m.end - m.start), "easy money");
  EXPECT_EQ(m.text, "easy money");
  EXPECT_EQ(m.start_cp, 8u);  // Ć a o ␠ 🙂 ␠ — ␠
  EXPECT_EQ(m.end_cp, 18u);
}

TEST(EngineExplain, DescriptionsFollowTheRequestedLanguage) {
  const auto engine = Engine::compile(base_set());
  ScanOptions en;
  en.lang = Lang::en;
  EXPECT_EQ(engine->scan("easy money", en).hits[0].description, "description pay.easy");
  ScanOptions sr;
  sr.lang = Lang::sr;
  EXPECT_EQ(engine->scan("easy money", sr).hits[0].description, "opis pay.easy");
  ScanOptions cyrl;
  cyrl.lang = Lang::sr_cyrl;
  EXPECT_EQ(engine->scan("easy money", cyrl).hits[0].description, "опис pay.easy");
  EXPECT_EQ(engine->scan("easy money", cyrl).families[0].name, "породица pay");
}

TEST(EngineScan, NeverThrowsOnBadText) {
  const auto engine = Engine::compile(base_set());
  const std::string invalid = "easy \xff\xfe money \xc3 travel paid \xed\xa0\x80";
  EXPECT_NO_THROW({
    const Result r = engine->scan(invalid);
    EXPECT_NE(to_json(r).find("\"score\""), std::string::npos);
  });
  EXPECT_EQ(engine->scan("").score, 0);
  EXPECT_EQ(engine->scan(std::string("easy money\0travel paid", 22)).score, 35);
}

TEST(EngineScan, ListsAtMostMaxEntitiesAndSaysSo) {
  RuleSet set = base_set();
  EntityCondition phone;
  phone.entity = "phone";
  set.rules.push_back(condition_rule("pay.phone", "pay", 5, phone));
  const auto engine = Engine::compile(set);
  std::string text;
  for (int i = 0; i < 5; ++i) text += "Pozovite 064 123 45" + std::to_string(60 + i) + ". ";
  ScanOptions few;
  few.max_entities = 3;
  const Result capped = engine->scan(text, few);
  EXPECT_TRUE(has_flag(capped.flags, Flag::many_entities));
  ASSERT_EQ(capped.entities.size(), 3u);
  EXPECT_LT(capped.entities[0].span.start, capped.entities[2].span.start);
  // The condition still saw every entity, and the unlimited scan lists them all.
  const Result all = engine->scan(text);
  EXPECT_FALSE(has_flag(all.flags, Flag::many_entities));
  EXPECT_EQ(all.entities.size(), 5u);
  EXPECT_EQ(capped.score, all.score);
  EXPECT_EQ(capped.entities[2].span.text, all.entities[2].span.text);
}

TEST(EngineScan, CutsHugeInputAtTheLimitAndSaysSo) {
  const auto engine = Engine::compile(base_set());
  std::string huge(1 << 20, 'a');
  huge += " travel paid";
  ScanOptions small;
  small.max_bytes = 1000;
  const Result cut = engine->scan(huge, small);
  EXPECT_TRUE(has_flag(cut.flags, Flag::truncated));
  EXPECT_EQ(cut.score, 0);
  EXPECT_EQ(engine->scan(huge).score, 20);
}

TEST(EngineScan, ManyThreadsShareOneEngine) {
  const auto engine = Engine::compile(base_set());
  const std::vector<std::string> texts = {"easy money", "travel paid, paid daily", "nothing",
                                          "written contract, easy money"};
  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(to_json(engine->scan(t)));
  std::vector<std::thread> threads;
  std::vector<int> mismatches(8, 0);
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::size_t k = static_cast<std::size_t>(i + t) % texts.size();
        if (to_json(engine->scan(texts[k])) != expected[k])
          ++mismatches[static_cast<std::size_t>(t)];
      }
    });
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

}  // namespace
}  // namespace jobscreen
