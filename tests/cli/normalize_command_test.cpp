#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_program.hpp"

namespace jobscreen::cli::testing {
namespace {

TEST(NormalizeCommand, ShowsTheMatchFormAndFlags) {
  const auto run = run_jobscreen({"normalize", "--json", "Плата"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto result = nlohmann::json::parse(run.out);
  EXPECT_EQ(result["text"], "plata");
  EXPECT_TRUE(result["flags"].is_array());
}

TEST(NormalizeCommand, ReadsStandardInputAndPrintsForPeople) {
  const auto run = run_jobscreen({"normalize"}, "PLATA");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.rfind("form:  plata", 0), 0u) << run.out;
  EXPECT_NE(run.out.find("flags: "), std::string::npos);
}

}  // namespace
}  // namespace jobscreen::cli::testing
