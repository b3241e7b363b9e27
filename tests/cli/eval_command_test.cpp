#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "run_program.hpp"
#include "test_pack.hpp"

namespace jobscreen::cli::testing {
namespace {

using nlohmann::json;

json eval_json(std::vector<std::string> extra = {}) {
  std::vector<std::string> args = {"eval", "--json", "tests/cli/data/labelled.jsonl"};
  args.insert(args.end(), extra.begin(), extra.end());
  const auto run = run_jobscreen(with_test_pack(args));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  return json::parse(run.out);
}

const json& group(const json& report, const std::string& name) {
  for (const auto& g : report["groups"])
    if (g["group"] == name) return g;
  throw std::runtime_error(name);
}

// Scores with the test pack: risky 80, 50, 15, 0; legit 0, 10, 0, 0.
TEST(EvalCommand, MeasuresRocAucWithTiesAndSharesPerLabel) {
  const json report = eval_json();
  EXPECT_EQ(report["risky"], 4);
  EXPECT_EQ(report["legit"], 4);
  const json& all = group(report, "all");
  EXPECT_DOUBLE_EQ(all["roc_auc"].get<double>(), 13.5 / 16);
  EXPECT_DOUBLE_EQ(all["risky_caution_or_high"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(all["risky_high"].get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(all["legit_caution_or_high"].get<double>(), 0.0);
  EXPECT_DOUBLE_EQ(group(report, "source=made-up")["roc_auc"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(group(report, "source=other")["roc_auc"].get<double>(), 0.5);
}

// Unclamped totals with the test pack: risky 80, 50, 15, 0; legit -20 (the
// employment contract, -20), 10, -20, 0. The clamped scores tie the legit ads
// with a contract at 0 with the risky ad at 0; the raw totals rank them below.
TEST(EvalCommand, MeasuresRocAucOnTheUnclampedTotalToo) {
  const json report = eval_json();
  const json& all = group(report, "all");
  EXPECT_DOUBLE_EQ(all["roc_auc"].get<double>(), 13.5 / 16);
  EXPECT_DOUBLE_EQ(all["roc_auc_raw"].get<double>(), 14.5 / 16);
  EXPECT_DOUBLE_EQ(group(report, "source=other")["roc_auc_raw"].get<double>(), 0.75);
  bool found_l2 = false;
  for (const auto& row : report["false_alarms"]) {
    if (row["id"] != "l2") continue;
    found_l2 = true;
    EXPECT_EQ(row["raw_total"], 10);
  }
  EXPECT_TRUE(found_l2);
}

TEST(EvalCommand, OneLabelOnlyGivesNoRawAucEither) {
  const auto run =
      run_jobscreen(with_test_pack({"eval", "--json", "tests/cli/data/risky_only.jsonl"}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  const json report = json::parse(run.out);
  EXPECT_TRUE(group(report, "all")["roc_auc_raw"].is_null());
}

TEST(EvalCommand, CountsRuleHitsOnRiskyAndLegitAds) {
  const json report = eval_json();
  bool found_viber = false;
  for (const auto& rule : report["rules"]) {
    if (rule["rule"] != "test.viber") continue;
    found_viber = true;
    EXPECT_EQ(rule["risky_hits"], 1);
    EXPECT_EQ(rule["legit_hits"], 1);
    EXPECT_DOUBLE_EQ(rule["so"].get<double>(), 0.5);
  }
  EXPECT_TRUE(found_viber);
}

TEST(EvalCommand, ListsWorstFalseAlarmsAndMisses) {
  const json report = eval_json();
  ASSERT_EQ(report["false_alarms"].size(), 1u);
  EXPECT_EQ(report["false_alarms"][0]["id"], "l2");
  ASSERT_EQ(report["misses"].size(), 2u) << "risky ads at caution or high are no misses";
  EXPECT_EQ(report["misses"][0]["id"], "r4");
  EXPECT_EQ(report["misses"][1]["id"], "r3");
}

TEST(EvalCommand, HalvesPartitionTheAds) {
  const json a = eval_json({"--split", "half-a"});
  const json b = eval_json({"--holdout"});
  EXPECT_EQ(a["split"], "half-a");
  EXPECT_EQ(b["split"], "half-b");
  EXPECT_EQ(a["records"].get<int>() + b["records"].get<int>(), 8);
}

TEST(EvalCommand, OneLabelOnlyGivesNoAuc) {
  const auto run = run_jobscreen(with_test_pack({"eval", "tests/cli/data/risky_only.jsonl"}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(all\s+2\s+0\s+n/a)"))) << run.out;
}

TEST(EvalCommand, RecordsWithoutALabelAreMalformed) {
  const auto run = run_jobscreen(with_test_pack({"eval", "tests/cli/data/offers.jsonl"}));
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("offers.jsonl:1: label must be"), std::string::npos) << run.err;
}

TEST(EvalCommand, PrintsATableForPeople) {
  const auto run = run_jobscreen(with_test_pack({"eval", "tests/cli/data/labelled.jsonl"}));
  EXPECT_NE(run.out.find("ROC-AUC"), std::string::npos);
  EXPECT_NE(run.out.find("0.844"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("AUC (raw)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("0.906"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("S/O"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace jobscreen::cli::testing
