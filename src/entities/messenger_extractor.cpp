#include "entities/messenger_extractor.hpp"

#include <algorithm>

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
bool is_contact_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "na",     "u",      "preko",  "putem", "via",    "on",        "kontakt", "contact",
      "javite", "javi",   "pisite", "pisi",  "poruku", "poruka",    "message", "text",
      "dm",     "zovite", "call",   "chat",  "cet",    "posaljite", "add",     "dodajte"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool is_conjunction(std::string_view w) {
  return w == "ili" || w == "or" || w == "i" || w == "and";
}

}  // namespace

MessengerExtractor::MessengerExtractor() {
  for (const auto& row : kSpellings) {
    std::string_view list = row.spellings;
    while (!list.empty()) {
      const std::size_t space = list.find(' ');
      spellings_.add(list.substr(0, space), static_cast<int>(readings_.size()));
      readings_.push_back(Reading{row.app, row.needs_context});
      if (space == std::string_view::npos) break;
      list.remove_prefix(space + 1);
    }
  }
}

const MessengerExtractor::Reading* MessengerExtractor::reading(std::string_view word) const {
  if (word.size() < 2 || word.size() > 12 || is_digit(word[0])) return nullptr;
  const int index = spellings_.find(word);
  return index < 0 ? nullptr : &readings_[static_cast<std::size_t>(index)];
}

bool MessengerExtractor::in_contact_context(const WordList& words, std::size_t i,
                                            const std::vector<RawEntity>& phones) const {
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
    if (is_contact_word(words.word(p))) return true;
    if (is_conjunction(words.word(p)) && p > 0) --p;
    const Reading* r = reading(words.word(p));
    if (r != nullptr && !r->needs_context) return true;
  }
  std::size_t q = i + 1;
  if (q < words.size() && is_conjunction(words.word(q))) ++q;
  if (q < words.size()) {
    const Reading* r = reading(words.word(q));
    if (r != nullptr && !r->needs_context) return true;
  }
  return false;
}

void MessengerExtractor::find(const WordList& words, const std::vector<RawEntity>& phones,
                              std::vector<RawEntity>& out) const {
  const std::string_view text = words.text();
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words.word(i);
    std::uint32_t end = words.span(i).end;
    const Reading* r = nullptr;
    // "whats app", "what s app"
    if ((w == "whats" || w == "what") && i + 1 < words.size()) {
      std::size_t j = i + 1;
      if (w == "what" && words.word(j) == "s" && j + 1 < words.size()) ++j;
      if (words.word(j) == "app" || words.word(j) == "ap") {
        static const Reading kWhatsApp{"whatsapp", false};
        r = &kWhatsApp;
        end = words.span(j).end;
      }
    } else {
      r = reading(w);
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
    RawEntity e;
    e.type = EntityType::messenger;
    e.begin = begin;
    e.end = end;
    e.value = MessengerValue{r->app};
    out.push_back(std::move(e));
    while (i + 1 < words.size() && words.span(i + 1).begin < end) ++i;
  }
}

}  // namespace jobscreen::detail
