// Tests of src/rules/: loading rule packs into RuleSet data, extending sets,
// and the diagnostics for broken packs (golden files in tests/data/broken_packs).
#include "jobscreen/rule_set.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rules/known_fields.hpp"
#include "unit/test_files.hpp"

namespace jobscreen {
namespace {

namespace fs = std::filesystem;
using testing_support::read_file;

}  // namespace

// Readable failure messages for locations (found by gtest through ADL).
void PrintTo(const SourceLocation& where, std::ostream* out) {
  *out << where.file << ":" << where.line << ":" << where.column;
}

namespace {

const fs::path kData = JOBSCREEN_TEST_DATA;
const fs::path kCatalogue = kData / "broken_packs";
const fs::path kPacks = kData / "packs";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) lines.push_back(line);
  return lines;
}

// The diagnostics thrown by from_string, or a failure when nothing is thrown.
std::vector<Diagnostic> errors_of(std::string_view json) {
  try {
    RuleSet::from_string(json, "t.json");
  } catch (const RuleError& error) {
    return error.diagnostics();
  }
  ADD_FAILURE() << "no RuleError for: " << json;
  return {};
}

const Diagnostic* find_code(const std::vector<Diagnostic>& diagnostics, std::string_view code) {
  const auto found = std::find_if(diagnostics.begin(), diagnostics.end(),
                                  [&](const Diagnostic& d) { return d.code == code; });
  return found == diagnostics.end() ? nullptr : &*found;
}

// --- Valid packs ----------------------------------------------------------

class RuleSetCompletePack : public testing::Test {
 protected:
  static void SetUpTestSuite() { set_ = new RuleSet(RuleSet::load({kPacks / "complete.json"})); }
  static void TearDownTestSuite() { delete set_; }
  static RuleSet* set_;
};
RuleSet* RuleSetCompletePack::set_ = nullptr;

TEST_F(RuleSetCompletePack, ReadsPackInfoLevelsAndEntitySettings) {
  const RuleSet& set = *set_;
  EXPECT_EQ(set.info.name, "complete");
  EXPECT_EQ(set.info.version, "2.1.0");
  EXPECT_EQ(set.info.languages, (std::vector<std::string>{"sr", "en"}));
  EXPECT_EQ(set.info.description, "Every field once");
  EXPECT_TRUE(set.has_levels);
  EXPECT_EQ(set.levels.caution, 25);
  EXPECT_EQ(set.levels.high, 70);
  EXPECT_TRUE(set.has_entity_settings);
  EXPECT_EQ(set.entities.eur_per_unit,
            (std::map<std::string, double>{{"RSD", 0.0085}, {"USD", 0.92}}));
  EXPECT_DOUBLE_EQ(set.entities.hours_per_month, 160);
  EXPECT_DOUBLE_EQ(set.entities.days_per_month, 22);
  EXPECT_DOUBLE_EQ(set.entities.weeks_per_month, 4.3);
  EXPECT_EQ(set.entities.free_mail_domains, (std::vector<std::string>{"mail.example"}));
  EXPECT_EQ(set.entities.shortener_domains, (std::vector<std::string>{"sho.rt"}));
}

TEST_F(RuleSetCompletePack, ReadsFamiliesWithDefaultsForMissingFields) {
  ASSERT_EQ(set_->families.size(), 2u);
  const Family& money = set_->families[0];
  EXPECT_EQ(money.id, "money");
  EXPECT_EQ(money.name.sr, "Novac");
  EXPECT_EQ(money.name.en, "Money");
  EXPECT_EQ(money.name.sr_cyrl, "Новац");
  EXPECT_EQ(money.cap, 40);
  EXPECT_EQ(money.where, (SourceLocation{(kPacks / "complete.json").string(), 12, 5}));
  EXPECT_EQ(set_->families[1].cap, 100);
  EXPECT_EQ(set_->find_family("contact"), &set_->families[1]);
  EXPECT_EQ(set_->find_family("nope"), nullptr);
}

TEST_F(RuleSetCompletePack, ReadsAKeywordRuleWithEveryCommonField) {
  const Rule* rule = set_->find_rule("money.easy");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->family, "money");
  EXPECT_EQ(rule->weight, 15);
  EXPECT_EQ(rule->description.sr, "Laka zarada");
  EXPECT_EQ(rule->description.en, "Easy money");
  EXPECT_EQ(rule->description.sr_cyrl, "Лака зарада");
  EXPECT_EQ(rule->advice.sr, "Pitajte za ugovor");
  EXPECT_EQ(rule->advice.en, "Ask for a contract");
  EXPECT_EQ(rule->source, "ILO-FL");
  EXPECT_EQ(rule->kind, RuleKind::keywords);
  EXPECT_EQ(rule->keywords, (std::vector<std::string>{"laka zarada", "brz* zarad*"}));
  EXPECT_EQ(rule->gap, 2);
  EXPECT_EQ(rule->match_examples, (std::vector<std::string>{"Laka zarada za sve"}));
  EXPECT_EQ(rule->no_match_examples, (std::vector<std::string>{"Teška zarada"}));
  EXPECT_TRUE(rule->enabled);
  EXPECT_EQ(rule->where, (SourceLocation{(kPacks / "complete.json").string(), 16, 5}));
}

TEST_F(RuleSetCompletePack, ReadsARegexRuleAndItsEnabledFlag) {
  const Rule* rule = set_->find_rule("money.upfront");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->kind, RuleKind::regex);
  EXPECT_EQ(rule->regex, "\\buplat\\w* unapred\\b");
  EXPECT_FALSE(rule->enabled);
}

TEST_F(RuleSetCompletePack, ReadsACombinationWithNegativeWeight) {
  const Rule* rule = set_->find_rule("money.both");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->kind, RuleKind::combination);
  EXPECT_EQ(rule->weight, -5);
  EXPECT_EQ(rule->combination.all, (std::vector<std::string>{"money.easy"}));
  EXPECT_EQ(rule->combination.any, (std::vector<std::string>{"family:contact"}));
  EXPECT_EQ(rule->combination.at_least, 1);
  EXPECT_EQ(rule->combination.at_least_of,
            (std::vector<std::string>{"money.upfront", "contact.informal"}));
  EXPECT_EQ(rule->combination.within_words, 12);
}

TEST_F(RuleSetCompletePack, ReadsAConditionWithOnlyTheFiltersGiven) {
  const Rule* rule = set_->find_rule("contact.informal");
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->kind, RuleKind::condition);
  const EntityCondition& c = rule->condition;
  EXPECT_EQ(c.entity, "pay");
  EXPECT_TRUE(c.absent);
  EXPECT_EQ(c.min_eur_per_month, 2500.5);
  EXPECT_EQ(c.max_eur_per_month, 9000.0);
  EXPECT_FALSE(c.max_age_upper.has_value());
  EXPECT_FALSE(c.abroad.has_value());
  EXPECT_FALSE(c.addressed.has_value());
  EXPECT_FALSE(c.only_informal_contacts);
}

TEST_F(RuleSetCompletePack, KeepsOverridesAsDataWithoutApplyingThem) {
  ASSERT_EQ(set_->overrides.size(), 1u);
  const RuleOverride& o = set_->overrides.at("other.rule");
  EXPECT_EQ(o.weight, 3);
  EXPECT_EQ(o.enabled, false);
  EXPECT_EQ(o.where, (SourceLocation{(kPacks / "complete.json").string(), 46, 17}));
}

TEST_F(RuleSetCompletePack, HasNoWarnings) { EXPECT_TRUE(set_->warnings.empty()); }

struct ConditionCase {
  const char* json;
  EntityCondition expected;
};

class RuleSetConditionFields : public testing::TestWithParam<ConditionCase> {};

TEST_P(RuleSetConditionFields, MapEachFilterToItsField) {
  const std::string pack = std::string(R"({"rules": [{"id": "c", "family": "f", "weight": 1,
      "examples": {"match": ["x"]}, "description": {"sr": "a", "en": "a"},
      "advice": {"sr": "a", "en": "a"}, "condition": )") +
                           GetParam().json + "}]}";
  const EntityCondition c = RuleSet::from_string(pack).rules.at(0).condition;
  const EntityCondition& e = GetParam().expected;
  EXPECT_EQ(c.entity, e.entity);
  EXPECT_EQ(c.absent, e.absent);
  EXPECT_EQ(c.min_eur_per_month, e.min_eur_per_month);
  EXPECT_EQ(c.max_eur_per_month, e.max_eur_per_month);
  EXPECT_EQ(c.max_age_upper, e.max_age_upper);
  EXPECT_EQ(c.abroad, e.abroad);
  EXPECT_EQ(c.mobile, e.mobile);
  EXPECT_EQ(c.foreign, e.foreign);
  EXPECT_EQ(c.free_mail, e.free_mail);
  EXPECT_EQ(c.shortener, e.shortener);
  EXPECT_EQ(c.addressed, e.addressed);
  EXPECT_EQ(c.only_informal_contacts, e.only_informal_contacts);
}

EntityCondition condition(std::string entity) {
  EntityCondition c;
  c.entity = std::move(entity);
  return c;
}
EntityCondition with(EntityCondition c, void (*set)(EntityCondition&)) {
  set(c);
  return c;
}

INSTANTIATE_TEST_SUITE_P(
    RuleSet, RuleSetConditionFields,
    testing::Values(
        ConditionCase{R"({"entity": "age", "max_age_upper": 30, "addressed": "women"})",
                      with(condition("age"),
                           [](EntityCondition& c) {
                             c.max_age_upper = 30;
                             c.addressed = "women";
                           })},
        ConditionCase{R"({"entity": "place", "abroad": true})",
                      with(condition("place"), [](EntityCondition& c) { c.abroad = true; })},
        ConditionCase{R"({"entity": "phone", "mobile": true, "foreign": false})",
                      with(condition("phone"),
                           [](EntityCondition& c) {
                             c.mobile = true;
                             c.foreign = false;
                           })},
        ConditionCase{R"({"entity": "email", "free_mail": true})",
                      with(condition("email"), [](EntityCondition& c) { c.free_mail = true; })},
        ConditionCase{R"({"entity": "url", "shortener": false})",
                      with(condition("url"), [](EntityCondition& c) { c.shortener = false; })},
        ConditionCase{R"({"entity": "company_id", "absent": true})",
                      with(condition("company_id"), [](EntityCondition& c) { c.absent = true; })},
        ConditionCase{
            R"({"only_informal_contacts": true})",
            with(condition(""), [](EntityCondition& c) { c.only_informal_contacts = true; })}));

TEST(RuleSetFromString, AllowsLineAndBlockComments) {
  const RuleSet set = RuleSet::from_string(R"(// leading comment
    {
      /* block
         comment */
      "families": [{"id": "a"} /* trailing */], // after a value
      "levels": {"caution": 1, "high": 2}
    })");
  ASSERT_EQ(set.families.size(), 1u);
  EXPECT_EQ(set.levels.high, 2);
}

TEST(RuleSetFromString, LeavesLevelsAndEntitiesUnsetWhenTheFileHasNone) {
  const RuleSet set = RuleSet::from_string("{}");
  EXPECT_FALSE(set.has_levels);
  EXPECT_FALSE(set.has_entity_settings);
  EXPECT_EQ(set.levels.caution, Levels{}.caution);
  EXPECT_TRUE(set.rules.empty());
}

TEST(RuleSetFromString, NamesTheTextInDiagnostics) {
  const auto diagnostics = [] {
    try {
      RuleSet::from_string("{\"levels\": 3}", "inline pack");
    } catch (const RuleError& error) {
      return error.diagnostics();
    }
    return std::vector<Diagnostic>{};
  }();
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].where, (SourceLocation{"inline pack", 1, 12}));
}

// --- Positions --------------------------------------------------------------

struct PositionCase {
  const char* name;
  const char* json;
  const char* code;
  int line;
  int column;
};

class RuleSetDiagnosticPosition : public testing::TestWithParam<PositionCase> {};

TEST_P(RuleSetDiagnosticPosition, PointsAtTheOffendingToken) {
  const auto diagnostics = errors_of(GetParam().json);
  const Diagnostic* d = find_code(diagnostics, GetParam().code);
  ASSERT_NE(d, nullptr) << GetParam().code << " missing";
  EXPECT_EQ(d->where, (SourceLocation{"t.json", GetParam().line, GetParam().column}))
      << d->to_string();
}

INSTANTIATE_TEST_SUITE_P(
    RuleSet, RuleSetDiagnosticPosition,
    testing::Values(
        PositionCase{"UnknownFieldAtItsKey",
                     "{\n  \"rules\": [{\"id\": \"a\",\n     \"wieght\": 1}]}", "E101", 3, 6},
        PositionCase{"WrongTypeAtTheValue", "{\"levels\": {\"caution\":\n   \"30\"}}", "E103", 2,
                     4},
        PositionCase{"NumberRightBeforeABrace", "{\"levels\": {\"high\": 101}}", "E104", 1, 21},
        PositionCase{"NumberBeforeAComment", "{\"levels\": {\"high\": -1// low\n}}", "E104", 1, 21},
        PositionCase{"BadIdAtTheIdValue", "{\"families\": [{\"id\":   \"Bad Id\"}]}", "E104", 1,
                     24},
        PositionCase{"StringWithEscapedQuotes", R"({"families": [{"id": "a\"b\\"}]})", "E104", 1,
                     22},
        PositionCase{"ColumnsCountCodePointsNotBytes",
                     "{\"pack\": {\"name\": \"Ćžš\", \"version\": 1}}", "E103", 1, 37},
        PositionCase{"ByteOrderMarkIsNoColumn", "\xEF\xBB\xBF{\"levels\": 1}", "E103", 1, 12},
        PositionCase{"MissingFieldAtTheObjectBrace", "{\"rules\": [\n  {\"id\": \"a\"}]}", "E102",
                     2, 3},
        PositionCase{"SyntaxErrorAtTheUnexpectedToken", "{\n  \"a\": 1\n  \"b\": 2\n}", "E002", 3,
                     3},
        PositionCase{"SyntaxErrorInsideALiteral", "{\"levels\": tru }", "E002", 1, 12},
        PositionCase{"SyntaxErrorAtTheEnd", "{\"levels\": {", "E002", 1, 13},
        PositionCase{"UnclosedCommentIsASyntaxError", "{} /* never closed", "E002", 1, 4}),
    [](const testing::TestParamInfo<PositionCase>& param) {
      return std::string(param.param.name);
    });

TEST(RuleSetFromString, ReportsOneSyntaxErrorInsideTheTextForEveryCutOffPack) {
  // Cuts fall inside comments, escapes, multi-byte letters and numbers.
  const std::string pack = read_file(kPacks / "complete.json");
  for (std::size_t length = 0; length + 1 < pack.size(); ++length) {
    const std::string cut = pack.substr(0, length);
    const auto diagnostics = errors_of(cut);
    ASSERT_EQ(diagnostics.size(), 1u) << "cut at " << length;
    EXPECT_EQ(diagnostics[0].code, "E002") << "cut at " << length;
    const int lines = static_cast<int>(std::count(cut.begin(), cut.end(), '\n')) + 1;
    EXPECT_GE(diagnostics[0].where.line, 1) << "cut at " << length;
    EXPECT_LE(diagnostics[0].where.line, lines) << "cut at " << length;
    EXPECT_GE(diagnostics[0].where.column, 1) << "cut at " << length;
  }
}

// --- Files and directories --------------------------------------------------

TEST(RuleSetLoad, ReadsADirectoryInNameOrderSkippingTheSchemaAndOtherFiles) {
  const RuleSet set = RuleSet::load({kPacks / "layered"});
  ASSERT_EQ(set.rules.size(), 2u);
  EXPECT_EQ(set.rules[0].id, "first.rule");
  EXPECT_EQ(set.rules[1].id, "second.rule");
  EXPECT_EQ(set.rules[1].where.file, (kPacks / "layered" / "20_second.json").string());
  EXPECT_EQ(set.info.name, "layered");
  EXPECT_EQ(set.levels.caution, 20) << "the later file's levels win";
}

TEST(RuleSetLoad, MergesFilesAndDirectoriesInTheOrderGiven) {
  const RuleSet set =
      RuleSet::load({kPacks / "layered" / "20_second.json", kPacks / "complete.json"});
  ASSERT_EQ(set.rules.size(), 5u);
  EXPECT_EQ(set.rules[0].id, "second.rule");
  EXPECT_EQ(set.levels.caution, 25);
  EXPECT_EQ(set.info.name, "complete");
}

TEST(RuleSetLoad, ReportsEveryMissingFileAtOnce) {
  try {
    RuleSet::load({kPacks / "nope1.json", kPacks / "complete.json", kPacks / "nope2.json"});
    FAIL() << "no RuleError";
  } catch (const RuleError& error) {
    ASSERT_EQ(error.diagnostics().size(), 2u);
    EXPECT_EQ(error.diagnostics()[0].code, "E001");
    EXPECT_EQ(error.diagnostics()[0].where,
              (SourceLocation{(kPacks / "nope1.json").string(), 0, 0}));
    EXPECT_EQ(error.diagnostics()[1].where.file, (kPacks / "nope2.json").string());
  }
}

TEST(RuleSetLoad, GivesAnEmptySetForNoPaths) {
  const RuleSet set = RuleSet::load({});
  EXPECT_TRUE(set.rules.empty());
  EXPECT_TRUE(set.warnings.empty());
}

TEST(RuleSetDefaultPack, HoldsTheSameRulesAsLoadingTheRulesFolder) {
  const RuleSet embedded = RuleSet::default_pack();
  const RuleSet on_disk = RuleSet::load({JOBSCREEN_RULES_DIR});
  ASSERT_EQ(embedded.rules.size(), on_disk.rules.size());
  for (std::size_t i = 0; i < embedded.rules.size(); ++i) {
    EXPECT_EQ(embedded.rules[i].id, on_disk.rules[i].id);
    EXPECT_EQ(embedded.rules[i].where.file,
              "rules/" + fs::path(on_disk.rules[i].where.file).filename().string());
  }
  EXPECT_EQ(embedded.families.size(), on_disk.families.size());
  EXPECT_EQ(embedded.warnings.size(), on_disk.warnings.size());
}

// --- extend -----------------------------------------------------------------

RuleSet base_pack() { return RuleSet::load({kPacks / "layered"}); }

TEST(RuleSetExtend, AppendsFamiliesAndRulesAfterTheOnesItHas) {
  RuleSet set = base_pack();
  set.extend(RuleSet::from_string(R"({"families": [{"id": "mine"}],
      "rules": [{"id": "mine.rule", "family": "first", "weight": 2, "regex": "x"}]})"));
  ASSERT_EQ(set.rules.size(), 3u);
  EXPECT_EQ(set.rules[2].id, "mine.rule");
  ASSERT_EQ(set.families.size(), 3u);
  EXPECT_EQ(set.families[2].id, "mine");
}

TEST(RuleSetExtend, AppliesOverridesToTheMergedRules) {
  RuleSet set = base_pack();
  set.extend(RuleSet::from_string(R"({"overrides": {"first.rule": {"weight": -7},
      "second.rule": {"enabled": false}}})"));
  EXPECT_EQ(set.find_rule("first.rule")->weight, -7);
  EXPECT_TRUE(set.find_rule("first.rule")->enabled);
  EXPECT_EQ(set.find_rule("second.rule")->weight, 1);
  EXPECT_FALSE(set.find_rule("second.rule")->enabled);
}

TEST(RuleSetExtend, OverridesMayNameRulesAddedByTheSameExtension) {
  RuleSet set = base_pack();
  set.extend(RuleSet::from_string(R"({"overrides": {"mine": {"weight": 9}},
      "rules": [{"id": "mine", "family": "first", "weight": 2, "regex": "x"}]})"));
  EXPECT_EQ(set.find_rule("mine")->weight, 9);
}

TEST(RuleSetExtend, TakesLevelsAndEntitiesOnlyWhenTheOtherSetsThem) {
  RuleSet set = base_pack();
  set.extend(RuleSet::from_string("{}"));
  EXPECT_EQ(set.levels.caution, 20);
  EXPECT_FALSE(set.has_entity_settings);
  set.extend(RuleSet::from_string(R"({"levels": {"caution": 5, "high": 6},
      "entities": {"hours_per_month": 100}})"));
  EXPECT_EQ(set.levels.caution, 5);
  EXPECT_TRUE(set.has_entity_settings);
  EXPECT_DOUBLE_EQ(set.entities.hours_per_month, 100);
}

TEST(RuleSetExtend, AppendsTheOthersWarnings) {
  RuleSet set = base_pack();
  set.extend(RuleSet::from_string(R"({"families": [{"id": "empty"}]})", "other.json"));
  ASSERT_EQ(set.warnings.size(), 1u);
  EXPECT_EQ(set.warnings[0].code, "W003");
}

TEST(RuleSetExtend, ReportsEveryClashWithBothPlacesAndChangesNothing) {
  RuleSet set = base_pack();
  const RuleSet before = set;
  const RuleSet other = RuleSet::from_string(R"({"families": [{"id": "first"}],
      "rules": [{"id": "second.rule", "family": "first", "weight": 2, "regex": "x"}],
      "overrides": {"frist.rule": {"weight": 1}}})",
                                             "other.json");
  try {
    set.extend(other);
    FAIL() << "no RuleError";
  } catch (const RuleError& error) {
    std::vector<std::string> codes;
    for (const auto& d : error.diagnostics()) codes.push_back(d.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"E108", "E107", "E109"}));
    const std::string first = (kPacks / "layered" / "20_second.json").string();
    EXPECT_EQ(error.diagnostics()[1].where, (SourceLocation{"other.json", 2, 17}));
    EXPECT_NE(error.diagnostics()[1].message.find(first + ":3:"), std::string::npos)
        << error.diagnostics()[1].message;
    EXPECT_NE(error.diagnostics()[2].message.find("did you mean 'first.rule'"), std::string::npos);
  }
  EXPECT_EQ(set.rules.size(), before.rules.size());
  EXPECT_EQ(set.families.size(), before.families.size());
}

// --- Golden catalogue of broken packs ---------------------------------------

// Renders diagnostics as the golden files hold them: paths relative to the catalogue.
std::vector<std::string> render(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> lines;
  const std::string data_prefix = kData.string() + "/";
  for (Diagnostic d : diagnostics) {
    d.where.file = fs::path(d.where.file).lexically_relative(kCatalogue).generic_string();
    // Messages naming a second place (E107, E108) name it relative too.
    for (auto at = d.message.find(data_prefix); at != std::string::npos;
         at = d.message.find(data_prefix))
      d.message.replace(at, data_prefix.size(), "../");
    lines.push_back(d.to_string());
  }
  return lines;
}

struct CatalogueOutcome {
  bool threw = false;
  std::vector<std::string> lines;
};

// Files named extends_*.json are checked as an extension of packs/layered,
// so the catalogue also covers the clashes only extend() can see.
CatalogueOutcome load_catalogue_entry(const fs::path& path) {
  const bool extends = path.filename().string().rfind("extends_", 0) == 0;
  try {
    RuleSet set = RuleSet::load({path});
    if (!extends) return {false, render(set.warnings)};
    RuleSet base = base_pack();
    base.extend(set);
    return {false, render(base.warnings)};
  } catch (const RuleError& error) {
    return {true, render(error.diagnostics())};
  }
}

std::vector<fs::path> catalogue_entries() {
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(kCatalogue))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  return paths;
}

TEST(RuleSetCatalogue, EveryBrokenPackReportsExactlyItsGoldenDiagnostics) {
  // JOBSCREEN_UPDATE_GOLDEN=1 rewrites the golden files; review the diff.
  const bool update = std::getenv("JOBSCREEN_UPDATE_GOLDEN") != nullptr;
  const auto entries = catalogue_entries();
  ASSERT_FALSE(entries.empty());
  for (const auto& path : entries) {
    SCOPED_TRACE(path.filename().string());
    const CatalogueOutcome actual = load_catalogue_entry(path);
    fs::path golden = path;
    golden.replace_extension(".expected");
    if (update) {
      std::ofstream out(golden, std::ios::binary);
      for (const auto& line : actual.lines) out << line << '\n';
      continue;
    }
    const std::vector<std::string> expected = lines_of(read_file(golden));
    EXPECT_EQ(actual.lines, expected);
    // Files with only warnings load; the warnings are then in RuleSet::warnings.
    const bool expects_error = std::any_of(expected.begin(), expected.end(), [](const auto& line) {
      return line.find(": error ") != std::string::npos;
    });
    EXPECT_EQ(actual.threw, expects_error);
  }
}

TEST(RuleSetCatalogue, CoversEveryLoaderCode) {
  std::set<std::string> seen;
  for (const auto& path : catalogue_entries()) {
    fs::path golden = path;
    golden.replace_extension(".expected");
    for (const auto& line : lines_of(read_file(golden))) {
      const auto code = line.find(" E") != std::string::npos ? line.find(" E") : line.find(" W");
      seen.insert(line.substr(code + 1, 4));
    }
  }
  for (const char* code : {"E002", "E101", "E102", "E103", "E104", "E105", "E106", "E107", "E108",
                           "E109", "E206", "W001", "W002", "W003", "W004"})
    EXPECT_TRUE(seen.contains(code)) << code << " has no catalogue entry";
}

// --- Schema -----------------------------------------------------------------

std::set<std::string> keys_of(const nlohmann::json& object) {
  std::set<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.insert(key);
  return keys;
}

template <std::size_t N>
std::set<std::string> set_of(const std::array<std::string_view, N>& names) {
  return {names.begin(), names.end()};
}

TEST(RuleSetSchema, NamesTheSamePropertiesAsTheLoader) {
  const auto schema =
      nlohmann::json::parse(read_file(fs::path(JOBSCREEN_RULES_DIR) / "schema.json"));
  namespace known = detail::known_fields;
  const auto& defs = schema.at("$defs");
  EXPECT_EQ(keys_of(schema.at("properties")), set_of(known::kTopLevel));
  EXPECT_EQ(keys_of(defs.at("rule").at("properties")), set_of(known::kRule));
  EXPECT_EQ(keys_of(defs.at("family").at("properties")), set_of(known::kFamily));
  EXPECT_EQ(keys_of(defs.at("combine").at("properties")), set_of(known::kCombine));
  EXPECT_EQ(keys_of(defs.at("condition").at("properties")), set_of(known::kCondition));
  EXPECT_EQ(keys_of(defs.at("pack").at("properties")), set_of(known::kPack));
  EXPECT_EQ(keys_of(defs.at("levels").at("properties")), set_of(known::kLevels));
  EXPECT_EQ(keys_of(defs.at("entities").at("properties")), set_of(known::kEntities));
  EXPECT_EQ(keys_of(defs.at("localized_text").at("properties")), set_of(known::kLanguages));
}

TEST(RuleSetSchema, IsAClosedDraft2020Schema) {
  const auto schema =
      nlohmann::json::parse(read_file(fs::path(JOBSCREEN_RULES_DIR) / "schema.json"));
  EXPECT_EQ(schema.at("$schema"), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema.at("additionalProperties"), false);
  for (const auto& [name, def] : schema.at("$defs").items()) {
    if (def.contains("properties")) {
      EXPECT_EQ(def.at("additionalProperties"), false) << name;
    }
  }
}

}  // namespace
}  // namespace jobscreen
