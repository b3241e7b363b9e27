#include <gtest/gtest.h>

#include <regex>

#include "run_program.hpp"
#include "test_pack.hpp"

namespace jobscreen::cli::testing {
namespace {

TEST(RulesCommand, LintReportsEveryErrorWithFileLineAndColumn) {
  const auto run = run_jobscreen({"rules", "lint", "tests/cli/data/broken_pack"});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(broken\.json:\d+:\d+: error E201)")))
      << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(broken\.json:\d+:\d+: error E202)")))
      << run.out;
}

TEST(RulesCommand, LintAcceptsAGoodPack) {
  const auto run = run_jobscreen({"rules", "lint", "--no-default-rules", "tests/cli/data/pack"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.err.find("0 errors"), std::string::npos);
}

TEST(RulesCommand, TestRunsEveryExample) {
  const auto run = run_jobscreen({"rules", "test", "--no-default-rules", "tests/cli/data/pack"});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("5 rules, 10 examples passed"), std::string::npos) << run.out;
}

TEST(RulesCommand, TestReportsFailingExamples) {
  const auto run =
      run_jobscreen({"rules", "test", "--no-default-rules", "tests/cli/data/failing_pack"});
  EXPECT_EQ(run.exit_code, 1) << run.out << run.err;
  EXPECT_NE(run.out.find("E401"), std::string::npos) << run.out;
}

TEST(RulesCommand, ListShowsFamiliesRulesAndWeights) {
  const auto run = run_jobscreen(with_test_pack({"rules", "list"}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("test_abroad (Rad u inostranstvu), cap 40"), std::string::npos) << run.out;
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(\+35\s+test\.abroad_club\s+keywords)")));
  EXPECT_TRUE(std::regex_search(run.out, std::regex(R"(-20\s+test\.contract)")));
}

TEST(RulesCommand, ShowPrintsEverythingAboutARule) {
  const auto run = run_jobscreen(with_test_pack({"rules", "show", "test.pay_euro"}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("regex:"), std::string::npos);
  EXPECT_NE(run.out.find("weight:      +20"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("match:       plata 3.000 eura"), std::string::npos);
  EXPECT_EQ(run_jobscreen(with_test_pack({"rules", "show", "no.such_rule"})).exit_code, 2);
}

}  // namespace
}  // namespace jobscreen::cli::testing
