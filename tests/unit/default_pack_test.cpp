// The default rule pack (rules/*.json, embedded): it compiles with every example passing, every
// rule is documented for a hotline worker, and golden offers written for the project
// (tests/data/golden/) keep their levels and fired rules in every script.
//
// Golden files: <offer>.lat.txt (Serbian Latin), .ascii.txt (no diacritics), .cyr.txt (Cyrillic),
// .obf.txt (obfuscated), and en_<offer>.txt (English). Expected results are in
// tests/data/golden/expected.json: {"<file>": {"level": ..., "score": ..., "rules": [...]}}.
// JOBSCREEN_UPDATE_GOLDEN=1 rewrites expected.json from the engine (review every change before
// committing it; see docs/default-pack.md).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "explain/serbian_cyrillic.hpp"
#include "jobscreen/jobscreen.hpp"
#include "unit/test_files.hpp"

namespace jobscreen {
namespace {

namespace fs = std::filesystem;
using testing_support::read_file;

const fs::path kGoldenDir = fs::path(JOBSCREEN_TEST_DATA) / "golden";

std::shared_ptr<const Engine> engine() {
  static const std::shared_ptr<const Engine> compiled = Engine::default_engine();
  return compiled;
}

// Golden text files, by name.
std::vector<std::string> golden_files() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kGoldenDir))
    if (entry.path().extension() == ".txt") names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

// "risky_fee_abroad.cyr.txt" -> "risky_fee_abroad"; English files are their own offer.
std::string offer_of(const std::string& file) {
  std::string stem = file.substr(0, file.size() - 4);  // drop ".txt"
  for (const char* variant : {".lat", ".ascii", ".cyr", ".obf"}) {
    const std::string v(variant);
    if (stem.size() > v.size() && stem.compare(stem.size() - v.size(), v.size(), v) == 0)
      return stem.substr(0, stem.size() - v.size());
  }
  return stem;
}

struct Outcome {
  int score = 0;
  std::string level;
  std::set<std::string> rules;
};

Outcome outcome_of(const std::string& text) {
  const Result r = engine()->scan(text);
  Outcome o;
  o.score = r.score;
  o.level = level_name(r.level);
  for (const auto& hit : r.hits) o.rules.insert(hit.rule);
  return o;
}

std::string describe(const Outcome& o) {
  std::string s = o.level + " " + std::to_string(o.score) + " [";
  for (const auto& rule : o.rules) s += rule + " ";
  return s + "]";
}

TEST(DefaultPack, CompilesWithEveryExamplePassing) {
  std::shared_ptr<const Engine> compiled;
  ASSERT_NO_THROW(compiled = Engine::compile(RuleSet::default_pack()));
  EXPECT_TRUE(compiled->test_examples().empty());
  for (const auto& w : compiled->warnings())
    ADD_FAILURE() << "warning " << w.code << ": " << w.message;
}

TEST(DefaultPack, HasTheFifteenFamiliesAndNegativeEvidence) {
  const RuleSet pack = RuleSet::default_pack();
  for (const char* id :
       {"pay_unrealistic", "low_barrier", "employer_anonymous", "contact_informal",
        "abroad_travel_arranged", "fee_or_debt", "document_control", "employer_housing", "urgency",
        "young_women_appearance", "vague_job", "no_contract", "wrong_visa", "secrecy_isolation",
        "task_or_mule_scam", "negative_evidence", "combination"}) {
    const Family* family = pack.find_family(id);
    ASSERT_NE(family, nullptr) << id;
    EXPECT_GT(family->cap, 0) << id;
    EXPECT_TRUE(std::any_of(pack.rules.begin(), pack.rules.end(),
                            [&](const Rule& r) { return r.family == id; }))
        << id << " has no rules";
  }
  EXPECT_EQ(pack.levels.caution, 30);
  EXPECT_EQ(pack.levels.high, 60);
}

TEST(DefaultPack, EveryRuleIsDocumentedForAHotlineWorker) {
  const std::set<std::string> sources{"ILO-OI", "ILO-FL",  "ILO-C181", "ASTRA", "MUP-RS", "FTC",
                                      "EMSCAD", "Polaris", "Europol",  "IOM",   "NOVIPUT"};
  for (const Rule& rule : RuleSet::default_pack().rules) {
    SCOPED_TRACE(rule.id);
    EXPECT_FALSE(rule.description.sr.empty());
    EXPECT_FALSE(rule.description.en.empty());
    EXPECT_FALSE(rule.advice.sr.empty());
    EXPECT_FALSE(rule.advice.en.empty());
    EXPECT_TRUE(sources.count(rule.source)) << "source " << rule.source;
    EXPECT_GE(rule.match_examples.size(), 2u);
    EXPECT_GE(rule.no_match_examples.size(), 1u);
    const auto dot = rule.id.find('.');
    EXPECT_NE(dot, std::string::npos) << "id is family_prefix.name";
    if (rule.family == "negative_evidence")
      EXPECT_LT(rule.weight, 0);
    else
      EXPECT_GE(rule.weight, 0);
  }
}

// A single weak sign stays low; the dangerous patterns of the issue reach high.
TEST(DefaultPack, SingleWeakSignsStayLow) {
  for (const char* text :
       {"Smeštaj obezbeđen.", "Javite se na Viber.", "Posao bez iskustva, obuka obezbeđena.",
        "Hitno potrebni konobari.", "Rad u Nemačkoj, plata 1.800 evra.",
        "Free accommodation provided.", "No experience needed."}) {
    const Result r = engine()->scan(text);
    EXPECT_EQ(r.level, Level::low) << text << " -> " << r.score;
  }
}

// English (EMSCAD) signs: one weak sign, or a short ad alone, stays low; two or more
// online-scam signs together reach caution.
TEST(DefaultPack, SingleWeakEnglishSignsStayLow) {
  for (const char* text : {"Drivers wanted for our depot, apply with your CV and references.",
                           "Oil and gas company hiring engineers with the right skills.",
                           "Interview via chat with our recruiter, apply today.",
                           "Part-time barista wanted, flexible shifts, apply in the shop."}) {
    const Result r = engine()->scan(text);
    EXPECT_EQ(r.level, Level::low) << text << " -> " << r.score;
  }
}

TEST(DefaultPack, SeveralEnglishScamSignsReachCaution) {
  for (const char* text :
       {"Data entry clerk wanted. Work from home with your own computer, send your resume.",
        "Receptionist needed for a busy office, send your CV and start next week.",
        "Staffing agency hiring customer service representatives in your area, signing bonus, "
        "earn $20 per hour."}) {
    const Result r = engine()->scan(text);
    EXPECT_NE(r.level, Level::low) << text << " -> " << r.score;
  }
}

// Negative evidence of an established employer ranks a genuine ad below one with nothing:
// the score stays 0 (clamped), the unclamped total (sum of the families' points) goes below 0.
TEST(DefaultPack, EmployerEvidenceGoesBelowZeroBeforeTheClamp) {
  const Result r = engine()->scan(
      "Founded in 1987, we employ more than 1,200 people in four countries. Apply through the "
      "careers page of our website; we are an equal opportunity employer.");
  int total = 0;
  for (const auto& family : r.families) total += family.points;
  EXPECT_EQ(r.score, 0);
  EXPECT_LT(total, 0);
}

TEST(DefaultPack, DangerousCombinationsReachHigh) {
  for (const char* text : {
           "Potrebne devojke od 18 do 25 godina za rad u inostranstvu, put plaćen.",
           "Laka zarada u inostranstvu bez iskustva, uplata kotizacije od 200 evra pre polaska.",
           "Pasoš ostavljate kod poslodavca do kraja sezone.",
           "Rad u inostranstvu na turističku vizu, polazak odmah.",
           "Put plaćen, troškove karte vraćate od prve plate. Rad u inostranstvu.",
       }) {
    const Result r = engine()->scan(text);
    EXPECT_EQ(r.level, Level::high) << text << " -> " << r.score;
  }
}

TEST(DefaultPackGolden, EveryScriptVariantOfAnOfferScoresTheSame) {
  std::map<std::string, std::vector<std::string>> offers;
  for (const auto& file : golden_files()) offers[offer_of(file)].push_back(file);
  int serbian_offers = 0;
  for (const auto& [offer, files] : offers) {
    if (files.size() == 1) continue;  // English
    ++serbian_offers;
    EXPECT_EQ(files.size(), 4u) << offer << " needs .lat, .ascii, .cyr and .obf variants";
    const Outcome first = outcome_of(read_file(kGoldenDir / files.front()));
    for (const auto& file : files) {
      const Outcome o = outcome_of(read_file(kGoldenDir / file));
      EXPECT_EQ(describe(o), describe(first)) << file << " differs from " << files.front();
    }
  }
  EXPECT_GE(serbian_offers, 12);
}

TEST(DefaultPackGolden, MatchesExpectedResults) {
  const fs::path expected_path = kGoldenDir / "expected.json";
  const char* update = std::getenv("JOBSCREEN_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const auto& file : golden_files()) {
      const Outcome o = outcome_of(read_file(kGoldenDir / file));
      out[file] = {{"level", o.level}, {"score", o.score}, {"rules", o.rules}};
    }
    std::ofstream(expected_path) << out.dump(2) << "\n";
    GTEST_SKIP() << "rewrote " << expected_path << ": review the diff before committing";
  }
  ASSERT_TRUE(fs::exists(expected_path))
      << expected_path << " is missing: see docs/default-pack.md";
  const auto expected = nlohmann::json::parse(read_file(expected_path));
  const auto files = golden_files();
  EXPECT_EQ(expected.size(), files.size()) << "every golden text needs an entry and vice versa";
  for (const auto& file : files) {
    SCOPED_TRACE(file);
    ASSERT_TRUE(expected.contains(file)) << "no expected result";
    const auto& want = expected.at(file);
    const Outcome got = outcome_of(read_file(kGoldenDir / file));
    EXPECT_EQ(got.level, want.at("level").get<std::string>());
    EXPECT_EQ(got.score, want.at("score").get<int>());
    EXPECT_EQ(got.rules, want.at("rules").get<std::set<std::string>>());
  }
}

// Independent of expected.json: risky offers are flagged, hard negatives never reach high.
TEST(DefaultPackGolden, RiskyOffersAreFlaggedAndHardNegativesAreNotHigh) {
  for (const auto& file : golden_files()) {
    const Outcome o = outcome_of(read_file(kGoldenDir / file));
    const bool risky = file.rfind("risky_", 0) == 0 || file.rfind("en_risky_", 0) == 0;
    if (risky)
      EXPECT_NE(o.level, "low") << file << ": " << describe(o);
    else
      EXPECT_NE(o.level, "high") << file << ": " << describe(o);
  }
}

// Offers written for the project (tests/data/serbian_offers/): a development set the rules
// were tuned on, a held-out set written before tuning and scored only at the end, and blind
// sets written without seeing the rules. Each line: {"id", "source", "lang", "label":
// "risky"|"legit", "expect", "text"} (blind sets add "families" and "style").
const fs::path kSerbianOffersDir = fs::path(JOBSCREEN_TEST_DATA) / "serbian_offers";

struct LabelledOffer {
  std::string id;
  bool risky = false;
  std::string text;
};

std::vector<LabelledOffer> serbian_offers(const std::string& file) {
  std::vector<LabelledOffer> offers;
  std::ifstream in(kSerbianOffersDir / file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    offers.push_back({j.at("id").get<std::string>(), j.at("label").get<std::string>() == "risky",
                      j.at("text").get<std::string>()});
  }
  return offers;
}

// Floors are the shares reached when the set was last measured, rounded down
// (docs/default-pack.md): a rule change that loses a risky offer fails here.
void expect_serbian_set(const std::string& file, std::size_t min_risky, std::size_t min_legit,
                        double min_flagged_share, std::size_t max_legit_flagged = 0) {
  const auto offers = serbian_offers(file);
  std::size_t risky = 0, flagged = 0, legit = 0, false_alarms = 0;
  std::string false_alarm_list;
  for (const auto& offer : offers) {
    const Outcome o = outcome_of(offer.text);
    if (offer.risky) {
      ++risky;
      if (o.level != "low") ++flagged;
    } else {
      ++legit;
      if (o.level != "low") {
        ++false_alarms;
        false_alarm_list += " " + offer.id + " (" + describe(o) + ")";
      }
    }
  }
  EXPECT_LE(false_alarms, max_legit_flagged)
      << file << " legit offers above low:" << false_alarm_list;
  EXPECT_GE(risky, min_risky) << file;
  EXPECT_GE(legit, min_legit) << file;
  ASSERT_GT(risky, 0u);
  const double share = static_cast<double>(flagged) / static_cast<double>(risky);
  EXPECT_GE(share, min_flagged_share)
      << file << ": " << flagged << " of " << risky << " risky offers at caution or high";
}

TEST(DefaultPackSerbianOffers, DevSetRiskyFlaggedAndLegitLow) {
  expect_serbian_set("dev.jsonl", 60, 40, 0.98);
}

TEST(DefaultPackSerbianOffers, HoldoutSetRiskyFlaggedAndLegitLow) {
  expect_serbian_set("holdout.jsonl", 30, 20, 1.0);
}

// Offers written by a team member who never saw the rules (Serbian in every script and
// regional form, English, hotline paraphrases, obfuscated). Each set was scored once as
// held-out before the rules were tuned on it (blind-b: 84% of risky offers at caution+, 3 of
// 25 false alarms; blind-c: 83%, 4 of 40; blind-d: 83%, 3 of 40; blind-e: 80%, 3 of 40;
// blind-f: 75%, 6 of 40; blind-g: 91%, 2 of 50; blind-h: 69%, 1 of 50; blind-i: 87%, 7 of
// 50); docs/default-pack.md has the figures. A place someone comes from ("mladić iz Banjaluke")
// still counts as abroad, and posts
// that warn about a scam by quoting it still reach caution (two in blind-f, one in blind-g).
TEST(DefaultPackSerbianOffers, BlindSetsWrittenWithoutSeeingTheRules) {
  expect_serbian_set("blind-a.jsonl", 45, 25, 0.97);
  expect_serbian_set("blind-b.jsonl", 45, 25, 0.97);
  expect_serbian_set("blind-c.jsonl", 60, 40, 0.98);
  expect_serbian_set("blind-d.jsonl", 60, 40, 0.98);
  expect_serbian_set("blind-e.jsonl", 60, 40, 0.98);
  expect_serbian_set("blind-f.jsonl", 60, 40, 0.98, 2);
  expect_serbian_set("blind-g.jsonl", 70, 50, 0.97, 1);
  expect_serbian_set("blind-h.jsonl", 70, 50, 0.94);
  expect_serbian_set("blind-i.jsonl", 70, 50, 0.95, 2);
}

// Written in Cyrillic, the same offer scores the same: every offer of both sets is
// transliterated Latin -> Cyrillic (Cyrillic letters pass through unchanged).
TEST(DefaultPackSerbianOffers, CyrillicTransliterationScoresTheSame) {
  for (const char* file : {"dev.jsonl", "holdout.jsonl"}) {
    for (const auto& offer : serbian_offers(file)) {
      const Outcome latin = outcome_of(offer.text);
      const Outcome cyrillic = outcome_of(detail::serbian_latin_to_cyrillic(offer.text));
      EXPECT_EQ(describe(cyrillic), describe(latin)) << offer.id;
    }
  }
}

}  // namespace
}  // namespace jobscreen
