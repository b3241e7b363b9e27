#include "corpus/synthetic_offers.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <set>
#include <string_view>
#include <utility>

namespace jobscreen::bench {
namespace {

// Contact details and brand names must not be transliterated nor obfuscated:
// the builders wrap them in these markers, removed when the offer is rendered.
constexpr char kKeepOpen = '\x01';
constexpr char kKeepClose = '\x02';

// splitmix64: tiny, and the same numbers on every standard library.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <typename List>
  std::string_view pick(const List& list) {
    return list[below(std::size(list))];
  }

 private:
  std::uint64_t state_;
};

// ---- Word lists (Serbian Latin with diacritics; ASCII and Cyrillic are derived)

constexpr std::string_view kJobs[] = {"konobar",
                                      "kuvar",
                                      "pomoćni radnik",
                                      "vozač kamiona",
                                      "negovateljica",
                                      "medicinska sestra",
                                      "zidar",
                                      "keramičar",
                                      "moler",
                                      "sobarica",
                                      "pekar",
                                      "mesar",
                                      "magacioner",
                                      "berač voća",
                                      "radnik u fabrici",
                                      "recepcioner",
                                      "čistačica",
                                      "šanker",
                                      "električar",
                                      "vodoinstalater",
                                      "dadilja",
                                      "hostesa",
                                      "plesačica",
                                      "vozač dostave",
                                      "operater na mašini",
                                      "tesar",
                                      "armirač",
                                      "fasader",
                                      "bravar",
                                      "zavarivač"};

constexpr std::string_view kCities[] = {
    "Beogradu",   "Novom Sadu", "Nišu",  "Kragujevcu", "Subotici", "Čačku",    "Kraljevu",
    "Zrenjaninu", "Pančevu",    "Šapcu", "Užicu",      "Vranju",   "Leskovcu", "Somboru"};

constexpr std::string_view kAbroad[] = {
    "u Nemačkoj",  "u Austriji",  "u Beču",       "u Minhenu", "u Dubaiju", "na Malti",
    "u Holandiji", "u Slovačkoj", "u Češkoj",     "na Kipru",  "u Italiji", "u Švajcarskoj",
    "u Hamburgu",  "u Štutgartu", "u Bratislavi", "u Pragu"};

constexpr std::string_view kCompanies[] = {"Gradnja Plus", "Eko Mont",    "Sever Trans",
                                           "Dunav Servis", "Morava Food", "Alfa Kadrovi",
                                           "Balkan Rad",   "Zlatna Ruka", "Euro Posao"};

constexpr std::string_view kBenign[] = {
    "Tražimo {job} za rad u {city}.",
    "Firma {company} zapošljava {job}.",
    "Potreban je {job} sa iskustvom od najmanje dve godine.",
    "Radno vreme je od 7 do 15 časova, subota neradna.",
    "Nudimo ugovor na neodređeno vreme i redovnu platu.",
    "Plata {pay} mesečno, isplata do petog u mesecu.",
    "Obezbeđen topli obrok i prevoz do posla.",
    "Kandidati treba da imaju položen vozački ispit B kategorije.",
    "Prijave sa biografijom slati na {email}.",
    "Za sve informacije pozvati {phone} radnim danima.",
    "Probni rad traje mesec dana, uz punu platu.",
    "Poželjno je poznavanje engleskog ili nemačkog jezika.",
    "Rad u smenama, prekovremeni sati se posebno plaćaju.",
    "Zaposlenima pripadaju plaćeni godišnji odmor i bolovanje.",
    "Intervju se zakazuje telefonom, ponesite lična dokumenta.",
    "Nudimo obuku na radnom mestu i mogućnost napredovanja.",
    "Tražimo odgovornu i vrednu osobu za dugoročnu saradnju.",
    "Posao je {abroad}, preko agencije sa licencom ministarstva.",
    "Radna dozvola i prijava se rešavaju pre polaska.",
    "Ugovor dobijate na srpskom i na jeziku zemlje rada.",
    "Smeštaj je u dvokrevetnim sobama, trošak od {small} eur se odbija od plate.",
    "Javite se na {messenger} {phone} ili pošaljite poruku.",
    "Rok za prijavu je kraj meseca.",
    "Adresa firme: {city_street}, sedište {company}.",
};

constexpr std::string_view kRisky[] = {
    "Laka zarada, bez iskustva, posao odmah!",
    "Hitno potrebne devojke {age} za rad {abroad}.",
    "Put plaćen, smeštaj obezbeđen, zarada do {pay}.",
    "Pošaljite kopiju pasoša i fotografiju na {messenger} {phone}.",
    "Nije potrebno znanje jezika ni iskustvo.",
    "Plata {pay} nedeljno, isplata u kešu.",
    "Pasoš ostavljate kod poslodavca radi sigurnosti.",
    "Kotizacija od {small} eur plaća se unapred za vizu i papire.",
    "Hitno! Polazak za tri dana, javite se odmah.",
    "Tražimo mlade i lepe devojke za hostese {abroad}, zarada odlična.",
    "Troškove puta vraćate od prve plate.",
    "Ne treba ugovor, sve se dogovara na licu mesta.",
    "Samo ozbiljne, diskrecija zagarantovana.",
    "Zarada i do {pay} za samo nekoliko sati dnevno.",
    "Radi se bez prijave, plata na ruke.",
    "Obavezno poslati slike celog tela na {email}.",
    "Posao za parove i samce, smeštaj kod poslodavca.",
    "Kontakt samo preko {messenger}, ne zovite.",
};

constexpr std::string_view kTitlesSr[] = {"Posao {abroad} - {job}", "Potreban {job}",
                                          "Oglas: {job} u {city}", "HITNO {job}",
                                          "Zapošljavamo: {job}"};

constexpr std::string_view kJobsEn[] = {
    "waiter",    "cook",         "warehouse worker", "truck driver",   "caregiver",
    "nurse",     "cleaner",      "hotel maid",       "factory worker", "fruit picker",
    "bartender", "receptionist", "dancer",           "model",          "nanny"};

constexpr std::string_view kPlacesEn[] = {"Germany", "Austria", "Vienna", "Munich",         "Dubai",
                                          "Malta",   "Cyprus",  "Prague", "the Netherlands"};

constexpr std::string_view kBenignEn[] = {
    "We are hiring a {job_en} in {place_en}.",
    "Full-time contract, paid holidays and health insurance.",
    "Salary {pay_en} per month before tax.",
    "At least two years of experience and basic English required.",
    "Please send your CV to {email}.",
    "Interviews are held online every Tuesday.",
    "The employer provides a work permit and a written contract.",
    "Shifts of eight hours, overtime paid extra.",
    "Call {phone} for more information.",
    "Training is provided during the first week.",
};

constexpr std::string_view kRiskyEn[] = {
    "Easy money, no experience needed, start today!",
    "A registration fee of {small} EUR is required before departure.",
    "Send a copy of your passport on {messenger} {phone}.",
    "Urgent! Girls 18-25 wanted for work in {place_en}.",
    "Travel and accommodation paid, you repay from your first salary.",
    "Your passport will be kept by the employer for safety.",
    "No contract needed, cash payment only.",
    "Earn up to {pay_en} a week working a few hours a day.",
    "Keep this offer confidential, contact only via {messenger}.",
};

constexpr std::string_view kMessengers[] = {"Viber", "WhatsApp", "Viber/WhatsApp", "Telegram"};
constexpr std::string_view kMailHosts[] = {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com",
                                           "posao.rs"};
constexpr std::string_view kMailNames[] = {"posao",  "kadrovi",  "info", "jobs",      "milan",
                                           "jelena", "agencija", "hr",   "zaposlenje"};
constexpr std::string_view kStreets[] = {"Kralja Petra", "Bulevar oslobođenja", "Njegoševa",
                                         "Cara Dušana", "Vojvode Mišića"};
constexpr std::string_view kAges[] = {"18-25", "18 do 30", "od 20 do 28", "18-35"};

std::string digits(Random& r, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('0' + r.below(10));
  return s;
}

std::string thousands(std::size_t amount) {
  std::string s = std::to_string(amount);
  if (amount >= 1000) s.insert(s.size() - 3, 1, '.');
  return s;
}

std::string kept(std::string s) {
  s.insert(s.begin(), kKeepOpen);
  s += kKeepClose;
  return s;
}

std::string phone(Random& r) {
  switch (r.below(5)) {
    case 0:
      return "+381 6" + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 4);
    case 1:
      return "06" + digits(r, 1) + "/" + digits(r, 3) + "-" + digits(r, 3);
    case 2:
      return "06" + digits(r, 1) + " " + digits(r, 3) + " " + digits(r, 2) + " " + digits(r, 2);
    case 3:
      return "+49 15" + digits(r, 1) + " " + digits(r, 4) + " " + digits(r, 4);
    default:
      return "06" + digits(r, 8);
  }
}

std::string pay(Random& r) {
  const std::size_t amount = 800 + 100 * r.below(30);
  switch (r.below(5)) {
    case 0:
      return thousands(amount) + " eur";
    case 1:
      return thousands(amount) + " €";
    case 2:
      return std::to_string(amount) + " evra";
    case 3:
      return thousands(amount) + " do " + thousands(amount + 600) + " eur";
    default:
      return thousands(amount * 117) + " dinara";
  }
}

std::string fill(std::string_view tmpl, Random& r) {
  std::string out;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] != '{') {
      out += tmpl[i];
      continue;
    }
    const std::size_t close = tmpl.find('}', i);
    const std::string_view slot = tmpl.substr(i + 1, close - i - 1);
    i = close;
    if (slot == "job")
      out += r.pick(kJobs);
    else if (slot == "city")
      out += r.pick(kCities);
    else if (slot == "abroad")
      out += r.pick(kAbroad);
    else if (slot == "company") {
      std::string company(1, '"');
      company += r.pick(kCompanies);
      company += "\" d.o.o.";
      out += kept(std::move(company));
    } else if (slot == "pay")
      out += pay(r);
    else if (slot == "small")
      out += std::to_string(100 + 50 * r.below(10));
    else if (slot == "phone")
      out += phone(r);
    else if (slot == "messenger")
      out += kept(std::string(r.pick(kMessengers)));
    else if (slot == "age")
      out += r.pick(kAges);
    else if (slot == "email")
      out += kept(std::string(r.pick(kMailNames)) + digits(r, r.below(3)) + "@" +
                  std::string(r.pick(kMailHosts)));
    else if (slot == "city_street")
      out += std::string(r.pick(kStreets)) + " " + std::to_string(1 + r.below(120));
    else if (slot == "job_en")
      out += r.pick(kJobsEn);
    else if (slot == "place_en")
      out += r.pick(kPlacesEn);
    else if (slot == "pay_en")
      out += "EUR " + thousands(900 + 100 * r.below(30));
  }
  return out;
}

// ---- Renderings

// Serbian Latin to Cyrillic, two-letter sequences first (lj, nj, dž are one
// Cyrillic letter each); letters outside the map (w, q, x, y) stay Latin.
constexpr std::pair<std::string_view, std::string_view> kToCyrillic[] = {
    {"Lj", "Љ"}, {"LJ", "Љ"}, {"lj", "љ"}, {"Nj", "Њ"}, {"NJ", "Њ"}, {"nj", "њ"}, {"Dž", "Џ"},
    {"DŽ", "Џ"}, {"dž", "џ"}, {"A", "А"},  {"B", "Б"},  {"V", "В"},  {"G", "Г"},  {"D", "Д"},
    {"Đ", "Ђ"},  {"E", "Е"},  {"Ž", "Ж"},  {"Z", "З"},  {"I", "И"},  {"J", "Ј"},  {"K", "К"},
    {"L", "Л"},  {"M", "М"},  {"N", "Н"},  {"O", "О"},  {"P", "П"},  {"R", "Р"},  {"S", "С"},
    {"T", "Т"},  {"Ć", "Ћ"},  {"U", "У"},  {"F", "Ф"},  {"H", "Х"},  {"C", "Ц"},  {"Č", "Ч"},
    {"Š", "Ш"},  {"a", "а"},  {"b", "б"},  {"v", "в"},  {"g", "г"},  {"d", "д"},  {"đ", "ђ"},
    {"e", "е"},  {"ž", "ж"},  {"z", "з"},  {"i", "и"},  {"j", "ј"},  {"k", "к"},  {"l", "л"},
    {"m", "м"},  {"n", "н"},  {"o", "о"},  {"p", "п"},  {"r", "р"},  {"s", "с"},  {"t", "т"},
    {"ć", "ћ"},  {"u", "у"},  {"f", "ф"},  {"h", "х"},  {"c", "ц"},  {"č", "ч"},  {"š", "ш"}};

// How people type Serbian without diacritics.
constexpr std::pair<std::string_view, std::string_view> kToAscii[] = {
    {"č", "c"}, {"ć", "c"}, {"š", "s"}, {"ž", "z"}, {"đ", "dj"},
    {"Č", "C"}, {"Ć", "C"}, {"Š", "S"}, {"Ž", "Z"}, {"Đ", "Dj"}};

template <std::size_t N>
std::string replace_all(std::string_view text,
                        const std::pair<std::string_view, std::string_view> (&map)[N]) {
  std::string out;
  bool keep = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == kKeepOpen || text[i] == kKeepClose) {
      keep = text[i] == kKeepOpen;
      out += text[i++];
      continue;
    }
    bool replaced = false;
    if (!keep) {
      for (const auto& [from, to] : map) {
        if (text.substr(i, from.size()) == from) {
          out += to;
          i += from.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Disguises some words the ways ads do: spaced or dotted letters, leetspeak,
// Cyrillic look-alikes inside Latin words, zero-width characters, emoji.
std::string obfuscate(std::string_view text, Random& r) {
  std::string out;
  bool keep = false;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == kKeepOpen || text[i] == kKeepClose) {
      keep = text[i] == kKeepOpen;
      out += text[i++];
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_ascii_letter(text[end])) ++end;
    if (keep || end - i < 4 || !r.chance(35)) {
      out += text.substr(i, end == i ? 1 : end - i);
      i = end == i ? i + 1 : end;
      continue;
    }
    const std::string_view word = text.substr(i, end - i);
    i = end;
    const std::size_t how = r.below(6);
    for (std::size_t k = 0; k < word.size(); ++k) {
      const char c = word[k];
      switch (how) {
        case 0:
          out += c;
          if (k + 1 < word.size()) out += ' ';
          break;
        case 1:
          out += c;
          if (k + 1 < word.size()) out += '.';
          break;
        case 2:
          out += c == 'a'   ? '4'
                 : c == 'e' ? '3'
                 : c == 'o' ? '0'
                 : c == 'i' ? '1'
                 : c == 's' ? '$'
                            : c;
          break;
        case 3:
          out += c == 'a'   ? "а"
                 : c == 'e' ? "е"
                 : c == 'o' ? "о"
                 : c == 'p' ? "р"
                 : c == 'c' ? "с"
                            : std::string(1, c);
          break;
        case 4:
          out += c;
          if (k + 1 < word.size() && r.chance(40)) out += "\u200b";
          break;
        default:
          out += c;
          if (k == word.size() / 2) out += "\u00ad";
          break;
      }
    }
    if (r.chance(10)) out += " \U0001F4B0";
  }
  return out;
}

std::string strip_markers(std::string s) {
  std::erase(s, kKeepOpen);
  std::erase(s, kKeepClose);
  return s;
}

std::string render(const std::string& latin, Script script, Random& r) {
  switch (script) {
    case Script::serbian_cyrillic:
      return strip_markers(replace_all(latin, kToCyrillic));
    case Script::serbian_latin_ascii:
      return strip_markers(replace_all(latin, kToAscii));
    case Script::obfuscated:
      return strip_markers(obfuscate(r.chance(50) ? replace_all(latin, kToAscii) : latin, r));
    default:
      return strip_markers(latin);
  }
}

Script draw_script(Random& r) {
  const std::size_t x = r.below(100);
  if (x < 35) return Script::serbian_cyrillic;
  if (x < 60) return Script::serbian_latin;
  if (x < 80) return Script::serbian_latin_ascii;
  if (x < 95) return Script::english;
  return Script::obfuscated;
}

std::string one_offer(Script script, std::size_t approx_bytes, Random& r) {
  if (script == Script::mixed) script = draw_script(r);
  const bool english = script == Script::english;
  const bool risky = r.chance(30);
  std::size_t risky_left = risky ? 2 + r.below(3) : 0;
  std::string offer = english ? "Job offer: " + fill("{job_en} in {place_en}", r)
                              : render(fill(r.pick(kTitlesSr), r), script, r);
  offer += r.chance(50) ? "\n\n" : "\n";
  while (offer.size() < approx_bytes) {
    // Risky sentences spread through the offer, not bunched at its start.
    const bool use_risky = risky_left > 0 && r.chance(25);
    std::string sentence;
    if (english) {
      sentence = fill(use_risky ? r.pick(kRiskyEn) : r.pick(kBenignEn), r);
    } else {
      sentence = fill(use_risky ? r.pick(kRisky) : r.pick(kBenign), r);
    }
    if (use_risky) --risky_left;
    offer += english ? strip_markers(sentence) : render(sentence, script, r);
    offer += r.chance(15) ? "\n" : " ";
  }
  return offer;
}

// Pieces of pseudo-Serbian words: syllables and endings.
constexpr std::string_view kSyllables[] = {
    "ra", "po",  "za",  "ka", "ni", "sta", "pla", "ve",  "do",  "je", "lo",  "mi", "ta",  "ko",
    "se", "bra", "gra", "tr", "ru", "ne",  "ma",  "pri", "slu", "zi", "vo",  "de", "kra", "smo",
    "li", "du",  "go",  "ba", "na", "pre", "ob",  "iz",  "sre", "dr", "zna", "mla"};
constexpr std::string_view kEndings[] = {"a",   "e",   "i",  "u",  "o",   "om", "ama", "ski",
                                         "nje", "ost", "ac", "ka", "ina", "an", "ovi", "ica"};
// Words the offers use (ASCII match form), so generated rules do match.
constexpr std::string_view kOfferWords[] = {
    "posao",    "plata",    "zarada",        "rad",      "radnik", "smestaj",    "iskustva",
    "hitno",    "odmah",    "devojke",       "pasos",    "put",    "placen",     "obezbedjen",
    "nemackoj", "austriji", "ugovor",        "prijava",  "viza",   "kotizacija", "kes",
    "ruke",     "hostese",  "polazak",       "licu",     "mesta",  "easy",       "money",
    "fee",      "passport", "urgent",        "girls",    "salary", "contract",   "konobar",
    "kuvar",    "vozac",    "negovateljica", "sobarica", "zidar",  "magacioner", "berac",
    "voca"};

std::string pseudo_word(Random& r, unsigned offer_word_percent) {
  if (r.chance(offer_word_percent)) return std::string(r.pick(kOfferWords));
  std::string w;
  const std::size_t syllables = 1 + r.below(3);
  for (std::size_t i = 0; i < syllables; ++i) w += r.pick(kSyllables);
  w += r.pick(kEndings);
  return w;
}

}  // namespace

std::vector<std::string> synthetic_offers(Script script, std::size_t count,
                                          std::size_t approx_bytes, std::uint64_t seed) {
  Random r(seed);
  std::vector<std::string> offers;
  offers.reserve(count);
  for (std::size_t i = 0; i < count; ++i) offers.push_back(one_offer(script, approx_bytes, r));
  return offers;
}

std::vector<std::string> generated_keywords(std::size_t count, std::uint64_t seed) {
  Random r(seed);
  std::set<std::string> seen;
  std::vector<std::string> keywords;
  keywords.reserve(count);
  while (keywords.size() < count) {
    const std::size_t x = r.below(10);
    const std::size_t words = x < 6 ? 1 : x < 9 ? 2 : 3;
    std::string phrase;
    for (std::size_t i = 0; i < words; ++i) {
      // The first 300 are like the default pack, many of them words the offers
      // use; further ones rarely are, as in a large pack where most rules do
      // not fire on a given offer (so scaling measures rules, not hits).
      std::string w = pseudo_word(r, keywords.size() < 300 ? 25 : 2);
      if (w.size() >= 5 && r.chance(20)) w = w.substr(0, 3 + r.below(w.size() - 3)) + "*";
      if (i > 0) phrase += ' ';
      phrase += w;
    }
    if (seen.insert(phrase).second) keywords.push_back(std::move(phrase));
  }
  return keywords;
}

void write_jsonl(std::ostream& out, const std::vector<std::string>& offers) {
  for (std::size_t i = 0; i < offers.size(); ++i) {
    std::string id = std::to_string(i + 1);
    id.insert(id.begin(), 'o');
    const nlohmann::json line = {{"id", id}, {"text", offers[i]}};
    out << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

}  // namespace jobscreen::bench
