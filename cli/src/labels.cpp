#include "labels.hpp"

namespace jobscreen::cli {
namespace {

const Labels kSerbianLatin = {
    {"NIZAK RIZIK", "OPREZ", "VISOK RIZIK"},
    "ocena rizika",
    "Znaci upozorenja",
    "Nisu pronađeni znaci upozorenja. To ne znači da je oglas siguran.",
    "Zašto je važno:",
    "Pitajte:",
    "Grupe znakova",
    "Pronađeno u tekstu",
    "Napomene o tekstu",
    "Nalepite ili ukucajte oglas; prazan red završava unos (Ctrl-D za izlaz):",
    {"plata", "telefon", "e-pošta", "aplikacija", "veb adresa", "godine", "mesto",
     "podaci o firmi"},
    "inostranstvo",
    "besplatna e-pošta",
    "skraćena adresa",
    "mesečno",
    {"", "na sat", "dnevno", "nedeljno", "mesečno", "godišnje"},
    "žene",
    "muškarci",
    "ograničeno sa",
};

const Labels kSerbianCyrillic = {
    {"НИЗАК РИЗИК", "ОПРЕЗ", "ВИСОК РИЗИК"},
    "оцена ризика",
    "Знаци упозорења",
    "Нису пронађени знаци упозорења. То не значи да је оглас сигуран.",
    "Зашто је важно:",
    "Питајте:",
    "Групе знакова",
    "Пронађено у тексту",
    "Напомене о тексту",
    "Налепите или укуцајте оглас; празан ред завршава унос (Ctrl-D за излаз):",
    {"плата", "телефон", "е-пошта", "апликација", "веб адреса", "године", "место",
     "подаци о фирми"},
    "иностранство",
    "бесплатна е-пошта",
    "скраћена адреса",
    "месечно",
    {"", "на сат", "дневно", "недељно", "месечно", "годишње"},
    "жене",
    "мушкарци",
    "ограничено са",
};

const Labels kEnglish = {
    {"LOW RISK", "CAUTION", "HIGH RISK"},
    "risk score",
    "Warning signs",
    "No warning signs found. That does not make the offer safe.",
    "Why it matters:",
    "Ask:",
    "Groups of signs",
    "Found in the text",
    "Notes on the text",
    "Paste or type the offer; an empty line ends it (Ctrl-D to quit):",
    {"pay", "phone", "e-mail", "messenger", "web address", "age", "place", "company details"},
    "abroad",
    "free mail",
    "link shortener",
    "a month",
    {"", "an hour", "a day", "a week", "a month", "a year"},
    "women",
    "men",
    "capped from",
};

}  // namespace

const Labels& labels_for(Lang lang) {
  switch (lang) {
    case Lang::sr_cyrl:
      return kSerbianCyrillic;
    case Lang::en:
      return kEnglish;
    case Lang::sr:
      break;
  }
  return kSerbianLatin;
}

}  // namespace jobscreen::cli
