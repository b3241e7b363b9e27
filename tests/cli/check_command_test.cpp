#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "run_program.hpp"
#include "test_pack.hpp"

namespace jobscreen::cli::testing {
namespace {

using nlohmann::json;

const std::string kRiskyOffer =
    "Hitno potrebne devojke za rad u klubu u Beču, plata 3.000 evra mesečno, bez iskustva, "
    "javite se na Viber 064 123 4567";

struct Summary {
  int score = -1;
  std::string level;
  std::vector<std::string> rules;
  bool operator==(const Summary&) const = default;
};

Summary summary_of(const std::string& json_text) {
  const json result = json::parse(json_text);
  Summary s{result["score"].get<int>(), result["level"].get<std::string>(), {}};
  for (const auto& hit : result["hits"]) s.rules.push_back(hit["rule"].get<std::string>());
  return s;
}

TEST(CheckCommand, ReportMarksMatchedPhrasesAndExplainsEachHit) {
  const auto run = run_jobscreen(with_test_pack({"check", kRiskyOffer}));
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("VISOK RIZIK"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("ocena rizika 80/100"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("za [[rad u klubu]](1) u Beču"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("Pitajte: Koji je tačan naziv i adresa kluba?"), std::string::npos);
  EXPECT_NE(run.out.find("Zašto je važno: Rad u klubu u inostranstvu."), std::string::npos);
}

TEST(CheckCommand, ReportSpeaksEnglishAndSerbianCyrillic) {
  const auto english = run_jobscreen(with_test_pack({"check", "--lang", "en", kRiskyOffer}));
  EXPECT_NE(english.out.find("HIGH RISK"), std::string::npos) << english.out;
  EXPECT_NE(english.out.find("Ask: What is the exact name and address of the club?"),
            std::string::npos);
  const auto cyrillic = run_jobscreen(with_test_pack({"check", "--lang", "sr-Cyrl", kRiskyOffer}));
  EXPECT_NE(cyrillic.out.find("ВИСОК РИЗИК"), std::string::npos) << cyrillic.out;
  EXPECT_NE(cyrillic.out.find("Питајте:"), std::string::npos);
}

TEST(CheckCommand, JsonPrintsTheResultObject) {
  const auto run = run_jobscreen(with_test_pack({"check", "--json", kRiskyOffer}));
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const Summary s = summary_of(run.out);
  EXPECT_EQ(s.score, 80);
  EXPECT_EQ(s.level, "high");
  EXPECT_EQ(s.rules, (std::vector<std::string>{"test.abroad_club", "test.pay_euro",
                                               "test.no_experience", "test.viber"}));
}

TEST(CheckCommand, ReadsTheOfferFromStandardInputWithDashOrWhenPiped) {
  const auto argument = run_jobscreen(with_test_pack({"check", "--json", kRiskyOffer}));
  const auto dash = run_jobscreen(with_test_pack({"check", "--json", "-"}), kRiskyOffer);
  const auto piped = run_jobscreen(with_test_pack({"check", "--json"}), kRiskyOffer + "\n\n");
  EXPECT_EQ(dash.exit_code, 0) << dash.err;
  EXPECT_EQ(summary_of(dash.out), summary_of(argument.out));
  EXPECT_EQ(summary_of(piped.out), summary_of(argument.out));
}

TEST(CheckCommand, CyrillicLatinAndAsciiOffersGiveTheSameResult) {
  const auto latin =
      run_jobscreen(with_test_pack({"check", "--json", "-f", "examples/offer_sr_latin.txt"}));
  const auto cyrillic =
      run_jobscreen(with_test_pack({"check", "--json", "-f", "examples/offer_sr_cyrillic.txt"}));
  const auto ascii =
      run_jobscreen(with_test_pack({"check", "--json", "-f", "examples/offer_sr_ascii.txt"}));
  ASSERT_EQ(latin.exit_code, 0) << latin.err;
  EXPECT_EQ(summary_of(latin.out).level, "high");
  EXPECT_EQ(summary_of(cyrillic.out), summary_of(latin.out));
  EXPECT_EQ(summary_of(ascii.out), summary_of(latin.out));
}

TEST(CheckCommand, DefaultPackTreatsCyrillicAndLatinAlike) {
  const auto latin = run_jobscreen({"check", "--json", "-f", "examples/offer_sr_latin.txt"});
  const auto cyrillic = run_jobscreen({"check", "--json", "-f", "examples/offer_sr_cyrillic.txt"});
  ASSERT_EQ(latin.exit_code, 0) << latin.err;
  ASSERT_EQ(cyrillic.exit_code, 0) << cyrillic.err;
  EXPECT_EQ(summary_of(cyrillic.out), summary_of(latin.out));
}

TEST(CheckCommand, FailOnExitsWithFiveWhenTheLevelIsReached) {
  EXPECT_EQ(run_jobscreen(with_test_pack({"check", "--fail-on", "high", kRiskyOffer})).exit_code,
            5);
  EXPECT_EQ(
      run_jobscreen(with_test_pack({"check", "--fail-on", "caution", "Nudimo ugovor o radu."}))
          .exit_code,
      0);
}

TEST(CheckCommand, ColoursATerminalUnlessNoColorIsSet) {
  const auto coloured = run_jobscreen_in_terminal(with_test_pack({"check", kRiskyOffer}));
  EXPECT_NE(coloured.out.find("\x1b["), std::string::npos) << coloured.out;
  const auto plain =
      run_jobscreen_in_terminal(with_test_pack({"check", kRiskyOffer}), {"NO_COLOR=1"});
  EXPECT_EQ(plain.out.find("\x1b["), std::string::npos) << plain.out;
  EXPECT_NE(plain.out.find("[[rad u klubu]](1)"), std::string::npos) << plain.out;
}

TEST(CheckCommand, PromptsAtATerminalUntilEndOfInput) {
  // Two offers, each ended by an empty line, then Ctrl-D.
  const auto run =
      run_jobscreen_in_terminal(with_test_pack({"check", "--lang", "en"}), {"NO_COLOR=1"},
                                "rad u klubu\n\nnudimo ugovor o radu\n\n\x04");
  EXPECT_EQ(run.exit_code, 0) << run.out;
  EXPECT_NE(run.out.find("Paste or type the offer"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("[[rad u klubu]](1)"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("[[ugovor o radu]](1)"), std::string::npos) << run.out;
}

TEST(CheckCommand, EscapeSequencesInTheTextNeverReachTheTerminal) {
  const auto run = run_jobscreen(with_test_pack({"check", "rad u klubu \x1b[2J obrisan ekran"}));
  EXPECT_EQ(run.out.find('\x1b'), std::string::npos);
}

TEST(CheckCommand, BrokenRulePackExitsWithThree) {
  const auto run = run_jobscreen({"check", "--rules", "tests/cli/data/broken_pack", "tekst"});
  EXPECT_EQ(run.exit_code, 3);
  EXPECT_NE(run.err.find("error E201"), std::string::npos) << run.err;
}

TEST(CheckCommand, UnknownOptionIsAUsageError) {
  EXPECT_EQ(run_jobscreen({"check", "--no-such-option", "tekst"}).exit_code, 2);
  EXPECT_EQ(run_jobscreen({"check", "--lang", "de", "tekst"}).exit_code, 2);
  EXPECT_EQ(run_jobscreen({}).exit_code, 2);
}

TEST(CheckCommand, VersionAndHelp) {
  const auto version = run_jobscreen({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("jobscreen ", 0), 0u) << version.out;
  const auto help = run_jobscreen({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos);
  EXPECT_NE(help.out.find("scan"), std::string::npos);
}

}  // namespace
}  // namespace jobscreen::cli::testing
