#include "entities/messenger_extractor.hpp"

#include <stdexcept>

namespace jobscreen::detail {
namespace {

struct SpellingRow {
  const char* app;
  const char* spellings;  // space-separated match forms
  bool needs_context;
};

// Cyrillic spellings arrive transliterated (вајбер -> vajber, воцап -> vocap).
const SpellingRow kSpellings[] = {
    {"viber", "viber vibera viberu viberom vajber vajbera vajberu vajberom", false},
    {"whatsapp",
     "whatsapp whatsappa whatsappu whatsap whatsapa whatsapu watsap watsapp watsapu watsapa "
     "vocap vocapp vocapu vocapa vatsap vatsapu vatsapa vacap vacapu votsap votsapu wotsap "
     "whatsup wapp vatsapp",
     false},
    {"whatsapp", "wa", true},
    {"telegram", "telegram telegrama telegramu telegramom", false},
    {"telegram", "tg", true},
    {"signal", "signal signalu signala", true},
    {"instagram", "instagram instagrama instagramu instagramom insta instagramm", false},
    {"instagram", "ig", true},
    {"facebook", "facebook facebooku facebooka fejsbuk fejsbuku fejsbuka fejs fejsu fb", false},
    {"facebook", "messenger messengeru mesendzer mesendzeru mesindzer inbox inboks inboxu", true},
};

// Words that introduce a contact ("javite se na wa", "pisite preko signala").
constexpr std::string_view kContactWords[] = {
    "na",     "u",      "preko",  "putem", "via",    "on",        "kontakt", "contact",
    "javite", "javi",   "pisite", "pisi",  "poruku", "poruka",    "message", "text",
    "dm",     "zovite", "call",   "chat",  "cet",    "posaljite", "add",     "dodajte"};

constexpr std::string_view kConjunctions[] = {"ili", "or", "i", "and"};

// First words of "whats app", "what s app".
constexpr std::string_view kWhatsStarts[] = {"whats", "what"};

}  // namespace

MessengerExtractor::MessengerExtractor() {
  for (const auto& row : kSpellings) {
    std::string_view list = row.spellings;
    while (!list.empty()) {
      const std::size_t space = list.find(' ');
      spellings_.push_back(list.substr(0, space));
      readings_.push_back(Reading{row.app, row.needs_context});
      if (space == std::string_view::npos) break;
      list.remove_prefix(space + 1);
    }
  }
}

void MessengerExtractor::add_words(Vocabulary& vocabulary) const {
  // messenger_reading has 8 bits.
  if (readings_.size() > 256) throw std::logic_error("too many messenger spellings");
  for (std::size_t i = 0; i < spellings_.size(); ++i) {
    WordFacts& facts = vocabulary.entry(spellings_[i]);
    if ((facts.roles & word_role::kMessengerSpelling) != 0) continue;  // the first reading counts
    facts.roles |= word_role::kMessengerSpelling;
    facts.messenger_reading = static_cast<std::uint8_t>(i);
  }
  vocabulary.add_roles(kWhatsStarts, word_role::kWhatsStart);
  vocabulary.add_roles(kContactWords, word_role::kContactWord);
  vocabulary.add_roles(kConjunctions, word_role::kConjunction);
}

const MessengerExtractor::Reading* MessengerExtractor::reading(const WordList& words,
                                                               std::size_t i) const {
  if (!words.has_role(i, word_role::kMessengerSpelling)) return nullptr;
  return &readings_[words.facts(i).messenger_reading];
}

bool MessengerExtractor::in_contact_context(const WordList& words, std::size_t i,
                                            std::span<const RawEntity> phones) const {
  const std::string_view text = words.text();
  const WordSpan span = words.span(i);
  // "wa: ...", "signal - 064 ..."
  std::size_t after = span.end;
  while (after < text.size() && text[after] == ' ') ++after;
  if (after < text.size() && text[after] == ':') return true;
  for (const auto& phone : phones) {
    if (phone.begin >= span.end && phone.begin <= span.end + 4) return true;
    if (phone.end <= span.begin && phone.end + 4 >= span.begin) return true;
  }
  if (i > 0) {
    std::size_t p = i - 1;
    if (words.has_role(p, word_role::kContactWord)) return true;
    if (words.has_role(p, word_role::kConjunction) && p > 0) --p;
    const Reading* r = reading(words, p);
    if (r != nullptr && !r->needs_context) return true;
  }
  std::size_t q = i + 1;
  if (q < words.size() && words.has_role(q, word_role::kConjunction)) ++q;
  if (q < words.size()) {
    const Reading* r = reading(words, q);
    if (r != nullptr && !r->needs_context) return true;
  }
  return false;
}

void MessengerExtractor::find(const WordList& words, std::span<const RawEntity> phones,
                              std::vector<RawEntity>& out) const {
  constexpr std::uint32_t kCandidate = word_role::kMessengerSpelling | word_role::kWhatsStart;
  const std::string_view text = words.text();
  for (std::size_t i = words.next_with_role(0, kCandidate); i < words.size();
       i = words.next_with_role(i + 1, kCandidate)) {
    std::uint32_t end = words.span(i).end;
    const Reading* r = nullptr;
    // "whats app", "what s app"
    if (words.has_role(i, word_role::kWhatsStart) && i + 1 < words.size()) {
      const std::string_view w = words.word(i);
      std::size_t j = i + 1;
      if (w == "what" && words.word(j) == "s" && j + 1 < words.size()) ++j;
      if (words.word(j) == "app" || words.word(j) == "ap") {
        static const Reading kWhatsApp{"whatsapp", false};
        r = &kWhatsApp;
        end = words.span(j).end;
      }
    } else {
      r = reading(words, i);
      if (r != nullptr && r->needs_context && !in_contact_context(words, i, phones)) r = nullptr;
    }
    if (r == nullptr) continue;
    // Part of a link ("t.me/...", "facebook.com") is reported by the link finder.
    const std::uint32_t begin = words.span(i).begin;
    if ((begin > 0 &&
         (text[begin - 1] == '.' || text[begin - 1] == '/' || text[begin - 1] == '@')) ||
        (end < text.size() && text[end] == '.' && end + 1 < text.size() &&
         is_letter(text[end + 1])))
      continue;
    out.push_back(RawEntity{EntityType::messenger, begin, end, MessengerValue{r->app}});
    while (i + 1 < words.size() && words.span(i + 1).begin < end) ++i;
  }
}

}  // namespace jobscreen::detail
