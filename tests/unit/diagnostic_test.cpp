// Tests of src/rules/diagnostic.cpp: the compiler-style line and RuleError.
#include "jobscreen/diagnostic.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobscreen {
namespace {

// Plain C strings: GCC 12 warns falsely about aggregates of std::string in testing::Values.
struct RenderCase {
  const char* name;
  const char* code;
  Severity severity;
  const char* file;
  int line;
  int column;
  const char* expected;
};

class DiagnosticToString : public testing::TestWithParam<RenderCase> {};

TEST_P(DiagnosticToString, RendersTheCompilerStyleLine) {
  const RenderCase& c = GetParam();
  const Diagnostic diagnostic{c.code, c.severity, {c.file, c.line, c.column}, "the message"};
  EXPECT_EQ(diagnostic.to_string(), c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Diagnostic, DiagnosticToString,
    testing::Values(RenderCase{"ErrorWithFullLocation", "E101", Severity::error, "rules/fees.json",
                               12, 7, "rules/fees.json:12:7: error E101: the message"},
                    RenderCase{"WarningSaysWarning", "W001", Severity::warning, "a.json", 3, 5,
                               "a.json:3:5: warning W001: the message"},
                    RenderCase{"UnknownColumnIsLeftOut", "E202", Severity::error, "a.json", 4, 0,
                               "a.json:4: error E202: the message"},
                    RenderCase{"UnknownLineLeavesOnlyTheFile", "E001", Severity::error,
                               "missing.json", 0, 0, "missing.json: error E001: the message"},
                    RenderCase{"ColumnWithoutLineIsLeftOut", "E001", Severity::error, "x.json", 0,
                               9, "x.json: error E001: the message"},
                    RenderCase{"NoFileStartsWithTheSeverity", "E201", Severity::error, "", 0, 0,
                               "error E201: the message"}),
    [](const testing::TestParamInfo<RenderCase>& param) { return std::string(param.param.name); });

TEST(DiagnosticHasErrors, IsFalseForNoDiagnosticsOrOnlyWarnings) {
  EXPECT_FALSE(has_errors({}));
  EXPECT_FALSE(
      has_errors({{"W001", Severity::warning, {}, "a"}, {"W003", Severity::warning, {}, "b"}}));
}

TEST(DiagnosticHasErrors, IsTrueWhenAnyIsAnError) {
  EXPECT_TRUE(
      has_errors({{"W001", Severity::warning, {}, "a"}, {"E104", Severity::error, {}, "b"}}));
}

TEST(DiagnosticRuleError, ListsEveryDiagnosticOnePerLine) {
  const RuleError error({{"E101", Severity::error, {"a.json", 1, 2}, "first"},
                         {"W001", Severity::warning, {"b.json", 3, 4}, "second"}});
  EXPECT_STREQ(error.what(), "a.json:1:2: error E101: first\nb.json:3:4: warning W001: second");
  ASSERT_EQ(error.diagnostics().size(), 2u);
  EXPECT_EQ(error.diagnostics()[1].code, "W001");
}

}  // namespace
}  // namespace jobscreen
