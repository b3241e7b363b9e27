#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>

#include "run_program.hpp"
#include "test_pack.hpp"

namespace jobscreen::cli::testing {
namespace {

using nlohmann::json;

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> records;
  for (const auto& line : lines_of(out)) records.push_back(json::parse(line));
  return records;
}

TEST(ScanCommand, JsonLinesGiveOneRecordPerInputInOrder) {
  const auto run = run_jobscreen(with_test_pack({"scan", "tests/cli/data/offers.jsonl"}));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto records = json_lines(run.out);
  ASSERT_EQ(records.size(), 6u);
  for (std::size_t i = 0; i < records.size(); ++i)
    EXPECT_EQ(records[i]["id"], std::string("j").append(std::to_string(i + 1)));
  EXPECT_EQ(records[0]["level"], "high");
  EXPECT_EQ(records[0]["score"], 80);
  EXPECT_EQ(records[3]["level"], "low");
  EXPECT_TRUE(records[0].contains("hits"));
  EXPECT_TRUE(records[0].contains("flags"));
  EXPECT_EQ(run.out.rfind("{\"id\":", 0), 0u) << "the id comes first";
}

TEST(ScanCommand, CyrillicLatinAndAsciiRecordsScoreAlike) {
  const auto records =
      json_lines(run_jobscreen(with_test_pack({"scan", "tests/cli/data/offers.jsonl"})).out);
  ASSERT_EQ(records.size(), 6u);
  EXPECT_EQ(records[1]["score"], records[0]["score"]);
  EXPECT_EQ(records[2]["score"], records[0]["score"]);
  EXPECT_EQ(records[1]["hits"].size(), records[0]["hits"].size());
}

TEST(ScanCommand, CompactRecordsKeepScoresAndRulesButNoTextsForPeople) {
  const auto full =
      json_lines(run_jobscreen(with_test_pack({"scan", "tests/cli/data/offers.jsonl"})).out);
  const auto compact = json_lines(
      run_jobscreen(with_test_pack({"scan", "--compact", "tests/cli/data/offers.jsonl"})).out);
  ASSERT_EQ(compact.size(), full.size());
  for (std::size_t i = 0; i < full.size(); ++i) {
    EXPECT_EQ(compact[i]["id"], full[i]["id"]);
    EXPECT_EQ(compact[i]["score"], full[i]["score"]);
    EXPECT_EQ(compact[i]["level"], full[i]["level"]);
    ASSERT_EQ(compact[i]["hits"].size(), full[i]["hits"].size());
    for (std::size_t h = 0; h < full[i]["hits"].size(); ++h) {
      EXPECT_EQ(compact[i]["hits"][h]["rule"], full[i]["hits"][h]["rule"]);
      EXPECT_EQ(compact[i]["hits"][h]["start"], full[i]["hits"][h]["start"]);
      EXPECT_FALSE(compact[i]["hits"][h].contains("advice"));
    }
    EXPECT_FALSE(compact[i].contains("entities"));
  }
}

TEST(ScanCommand, MalformedJsonLinesGiveErrorRecordsAndScanningGoesOn) {
  const auto run = run_jobscreen(with_test_pack({"scan", "tests/cli/data/malformed.jsonl"}));
  EXPECT_EQ(run.exit_code, 1);
  const auto records = json_lines(run.out);
  ASSERT_EQ(records.size(), 7u) << "one output per record; the blank line is no record";
  EXPECT_EQ(records[0]["id"], "a1");
  EXPECT_FALSE(records[0].contains("error"));
  EXPECT_EQ(records[1]["id"], 2) << "no id could be read, so the record number stands in";
  EXPECT_EQ(records[1]["error"].get<std::string>().rfind("tests/cli/data/malformed.jsonl:2: ", 0),
            0u);
  EXPECT_EQ(records[1]["line"], 2);
  EXPECT_EQ(records[2]["id"], "a3");
  EXPECT_NE(records[2]["error"].get<std::string>().find(":4: no \"text\" field"),
            std::string::npos);
  EXPECT_EQ(records[3]["id"], 4) << "numeric ids stay numbers";
  EXPECT_NE(records[3]["error"].get<std::string>().find("not a string"), std::string::npos);
  EXPECT_EQ(records[4]["id"], 5);
  EXPECT_EQ(records[4]["level"], "low");
  EXPECT_EQ(records[5]["id"], 6);
  EXPECT_EQ(records[5]["score"], 25);
  EXPECT_NE(records[6]["error"].get<std::string>().find(":8: not a JSON object"),
            std::string::npos);
  EXPECT_NE(run.err.find("4 errors"), std::string::npos) << run.err;
}

TEST(ScanCommand, CsvReadsQuotedFieldsAndReportsBadRows) {
  const auto run = run_jobscreen(
      with_test_pack({"scan", "--output-format", "csv", "tests/cli/data/malformed.csv"}));
  EXPECT_EQ(run.exit_code, 1);
  const auto lines = lines_of(run.out);
  ASSERT_EQ(lines.size(), 6u) << run.out;
  EXPECT_EQ(lines[0], "id,score,level,flags,families,hits,error");
  EXPECT_EQ(lines[1].substr(0, 14), "c1,50,caution,");
  EXPECT_EQ(lines[2].substr(0, 14), "c2,55,caution,") << "a quoted field spans three lines";
  EXPECT_EQ(lines[3], "c3,,,,,,\"tests/cli/data/malformed.csv:6: expected 2 fields, found 4\"");
  EXPECT_EQ(lines[4].substr(0, 9), "c4,10,low") << "\"\" is a quote inside a quoted field";
  EXPECT_EQ(lines[5],
            "5,,,,,,tests/cli/data/malformed.csv:9: unterminated quoted field at the end of the "
            "input");
}

TEST(ScanCommand, CsvWithoutTheTextColumnIsAnInputError) {
  const auto run = run_jobscreen(
      with_test_pack({"scan", "--text-column", "body", "tests/cli/data/malformed.csv"}));
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_NE(run.err.find("no column \"body\""), std::string::npos) << run.err;
}

TEST(ScanCommand, PlainTextIsOneOfferPerLine) {
  const auto run = run_jobscreen(with_test_pack({"scan", "tests/cli/data/offers.txt"}));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto records = json_lines(run.out);
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0]["id"], 1);
  EXPECT_EQ(records[1]["id"], 2);
  EXPECT_EQ(records[1]["score"], 0);
  EXPECT_EQ(records[2]["id"], 3);
}

TEST(ScanCommand, ReadsStandardInput) {
  std::ifstream file(std::string(JOBSCREEN_SOURCE_DIR) + "/tests/cli/data/offers.jsonl");
  const std::string input((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  const auto from_file = run_jobscreen(with_test_pack({"scan", "tests/cli/data/offers.jsonl"}));
  const auto dash = run_jobscreen(with_test_pack({"scan", "-"}), input);
  const auto none = run_jobscreen(with_test_pack({"scan"}), input);
  EXPECT_EQ(dash.exit_code, 0) << dash.err;
  EXPECT_EQ(dash.out, from_file.out);
  EXPECT_EQ(none.out, from_file.out);
  const auto text = run_jobscreen(with_test_pack({"scan", "--input-format", "text", "-"}),
                                  "rad u klubu\nugovor o radu\n");
  EXPECT_EQ(json_lines(text.out).size(), 2u);
}

TEST(ScanCommand, RecordsAreNumberedAcrossFiles) {
  const auto run = run_jobscreen(
      with_test_pack({"scan", "tests/cli/data/offers.txt", "tests/cli/data/offers.txt"}));
  const auto records = json_lines(run.out);
  ASSERT_EQ(records.size(), 6u);
  for (std::size_t i = 0; i < records.size(); ++i) EXPECT_EQ(records[i]["id"], i + 1);
}

TEST(ScanCommand, OneAndTwoThreadsWriteTheSameOutput) {
  // Enough records for many batches, so order across workers is exercised.
  std::string input;
  const char* texts[] = {"rad u klubu u Beču, bez iskustva", "nudimo ugovor o radu",
                         "plata 2.000 evra, Viber", "obična ponuda posla"};
  for (int i = 0; i < 3000; ++i)
    input
        .append(
            json({{"id", i}, {"text", std::string(texts[i % 4]).append(std::to_string(i))}}).dump())
        .append("\n");
  const auto one = run_jobscreen(with_test_pack({"scan", "--threads", "1"}), input);
  const auto two = run_jobscreen(with_test_pack({"scan", "--threads", "2"}), input);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(lines_of(one.out).size(), 3000u);
  EXPECT_TRUE(one.out == two.out);
}

TEST(ScanCommand, WritesToTheOutputFile) {
  const std::string path = ::testing::TempDir() + "jobscreen_scan_output.csv";
  const auto run = run_jobscreen(
      with_test_pack({"scan", "--output-format", "csv", "-o", path, "tests/cli/data/offers.txt"}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.out.empty());
  std::ifstream file(path);
  const std::string written((std::istreambuf_iterator<char>(file)),
                            std::istreambuf_iterator<char>());
  EXPECT_EQ(lines_of(written).size(), 4u);
  std::remove(path.c_str());
}

TEST(ScanCommand, MissingInputIsAnInputErrorButTheOthersAreScanned) {
  const auto run = run_jobscreen(
      with_test_pack({"scan", "tests/cli/data/no_such_file.jsonl", "tests/cli/data/offers.txt"}));
  EXPECT_EQ(run.exit_code, 4);
  EXPECT_EQ(json_lines(run.out).size(), 3u);
  EXPECT_NE(run.err.find("cannot open tests/cli/data/no_such_file.jsonl"), std::string::npos);
}

TEST(ScanCommand, FailOnReportsThatSomeRecordReachedTheLevel) {
  EXPECT_EQ(run_jobscreen(
                with_test_pack({"scan", "-q", "--fail-on", "high", "tests/cli/data/offers.jsonl"}))
                .exit_code,
            5);
}

TEST(ScanCommand, QuietLeavesStandardErrorEmpty) {
  const auto run = run_jobscreen(with_test_pack({"scan", "-q", "tests/cli/data/offers.txt"}));
  EXPECT_TRUE(run.err.empty()) << run.err;
}

}  // namespace
}  // namespace jobscreen::cli::testing
