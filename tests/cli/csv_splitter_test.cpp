#include "csv_splitter.hpp"

#include <gtest/gtest.h>

#include <cstdio>

namespace jobscreen::cli {
namespace {

using Fields = std::vector<std::string>;

struct Split {
  std::vector<Fields> records;
  std::vector<std::string> errors;
  std::vector<std::size_t> first_lines;
};

Split split(std::string text) {
  std::FILE* stream = ::fmemopen(text.data(), text.size(), "r");
  LineReader lines(stream, "<test>");
  CsvSplitter splitter(lines, 64);
  Split out;
  Fields fields;
  std::string error;
  for (;;) {
    const auto status = splitter.next(fields, error);
    if (status == CsvSplitter::Status::end) break;
    out.first_lines.push_back(splitter.first_line());
    if (status == CsvSplitter::Status::error)
      out.errors.push_back(error);
    else
      out.records.push_back(fields);
  }
  std::fclose(stream);
  return out;
}

TEST(CsvSplitter, SplitsPlainAndQuotedFields) {
  const auto s = split("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n");
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_EQ(s.records[1], (Fields{"1", "x, y", "say \"hi\""}));
}

TEST(CsvSplitter, QuotedFieldsMayHoldLineBreaks) {
  const auto s = split("id,text\r\n1,\"first\r\nsecond\"\r\n2,third\r\n");
  ASSERT_EQ(s.records.size(), 3u);
  EXPECT_EQ(s.records[1], (Fields{"1", "first\nsecond"}));
  EXPECT_EQ(s.first_lines, (std::vector<std::size_t>{1, 2, 4}));
}

TEST(CsvSplitter, EmptyFieldsAndBlankLines) {
  const auto s = split("a,b\n\n,\n\"\",x\n");
  ASSERT_EQ(s.records.size(), 3u);
  EXPECT_EQ(s.records[1], (Fields{"", ""}));
  EXPECT_EQ(s.records[2], (Fields{"", "x"}));
}

TEST(CsvSplitter, UnterminatedQuoteAtTheEndIsAnError) {
  const auto s = split("a\n\"open\nstill open\n");
  EXPECT_EQ(s.records.size(), 1u);
  ASSERT_EQ(s.errors.size(), 1u);
  EXPECT_EQ(s.first_lines.back(), 2u);
}

TEST(CsvSplitter, OverlongQuotedFieldIsAnErrorAndReadingGoesOn) {
  std::string text = "a\n\"" + std::string(40, 'x') + "\n" + std::string(40, 'y') + "\nlast\n";
  const auto s = split(text);
  ASSERT_EQ(s.errors.size(), 1u);
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_EQ(s.records[1], (Fields{"last"}));
}

TEST(CsvSplitter, LastLineWithoutNewline) {
  const auto s = split("a,b\n1,2");
  ASSERT_EQ(s.records.size(), 2u);
  EXPECT_EQ(s.records[1], (Fields{"1", "2"}));
}

}  // namespace
}  // namespace jobscreen::cli
