#include "result_writer.hpp"

#include <gtest/gtest.h>

namespace jobscreen::cli {
namespace {

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

TEST(FormatResult, JsonLinesPutTheIdFirstAndKeepItsType) {
  InputRecord record;
  record.number = 7;
  Result result;
  result.score = 42;
  result.level = Level::caution;
  const std::string numbered = format_result(record, result, OutputFormat::jsonl);
  EXPECT_EQ(numbered.rfind("{\"id\":7,", 0), 0u) << numbered;
  EXPECT_EQ(numbered.back(), '\n');
  record.id = "ad-7";
  const std::string named = format_result(record, result, OutputFormat::jsonl);
  EXPECT_EQ(named.rfind("{\"id\":\"ad-7\",", 0), 0u) << named;
  EXPECT_NE(named.find("\"score\":42"), std::string::npos);
}

TEST(FormatResult, CsvRowFollowsTheHeader) {
  InputRecord record;
  record.number = 3;
  Result result;
  result.score = 65;
  result.level = Level::high;
  result.flags = Flag::leet | Flag::spaced;
  result.families.push_back({"fee", "Fees", 40, 40});
  result.hits.push_back({"fee.deposit", "fee", 25, "", "", {}});
  result.hits.push_back({"fee.visa", "fee", 15, "", "", {}});
  EXPECT_EQ(output_header(OutputFormat::csv), "id,score,level,flags,families,hits,error\n");
  EXPECT_EQ(format_result(record, result, OutputFormat::csv),
            "3,65,high,spaced leet,fee:40,fee.deposit:25 fee.visa:15,\n");
}

TEST(FormatError, NamesFileAndLineAndKeepsTheIdFirst) {
  const std::string file = "ads.jsonl";
  InputRecord record;
  record.number = 2;
  record.file = &file;
  record.line = 5;
  record.error = "ads.jsonl:5: not valid JSON (at byte 3)";
  EXPECT_EQ(format_error(record, OutputFormat::jsonl),
            "{\"id\":2,\"error\":\"ads.jsonl:5: not valid JSON (at byte 3)\",\"file\":\"ads."
            "jsonl\",\"line\":5}\n");
  EXPECT_EQ(format_error(record, OutputFormat::csv),
            "2,,,,,,ads.jsonl:5: not valid JSON (at byte 3)\n");
}

}  // namespace
}  // namespace jobscreen::cli
