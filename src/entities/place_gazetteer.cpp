#include "entities/place_gazetteer.hpp"

#include <algorithm>
#include <numeric>

namespace jobscreen::detail {
namespace {

// Forms are written "stem|suffix,suffix" (an empty suffix is the stem itself)
// or as one literal word; "_" stands for a space in names of several words.
// Case endings of the common declensions:
#define ADJ "a,e,oj,u,om"       // Nemačka, Nemačke, Nemačkoj, Nemačku, Nemačkom
#define NOUN_A "a,e,i,u,om"     // Austrija, Austrije, Austriji, Austriju, Austrijom
#define MASC ",a,u,om"          // Beograd, Beograda, Beogradu, Beogradom
#define MASC_SOFT ",a,u,em,om"  // Beč, Beča, Beču, Bečem/Bečom
#define NEUT_O "o,a,u,om"       // Sarajevo, Sarajeva, Sarajevu, Sarajevom
#define NEUT_E "e,a,u,em"       // Skoplje, Skoplja, Skoplju, Skopljem

struct PlaceRow {
  const char* forms;  // space-separated
  const char* country;
  const char* name;
};

// Words that would collide with ordinary Serbian or English words are left
// out on purpose: "nisu" (are not), "rima" (rhyme), "split", "rijeka"
// (river), "bar", "sad" (now) for the USA, "sofija" and "milan" (first names),
// "prag" (threshold), "poljske" (of fields).
const PlaceRow kPlaces[] = {
    // Serbia (abroad = false).
    {"srbij|" NOUN_A " serbia", "RS", "Serbia"},
    {"beograd|" MASC " belgrade", "RS", "Belgrade"},
    {"novi_sad novog_sada novom_sadu novim_sadom", "RS", "Novi Sad"},
    {"nis nisa u_nisu iz_nisa nisom", "RS", "Nis"},
    {"kragujevac kragujevc|a,u,em", "RS", "Kragujevac"},
    {"subotic|" NOUN_A, "RS", "Subotica"},
    {"zrenjanin|" MASC, "RS", "Zrenjanin"},
    {"pancev|" NEUT_O, "RS", "Pancevo"},
    {"cacak cack|a,u,om", "RS", "Cacak"},
    {"kraljev|" NEUT_O, "RS", "Kraljevo"},
    {"novi_pazar novog_pazara novom_pazaru", "RS", "Novi Pazar"},
    {"leskovac leskovc|a,u,em", "RS", "Leskovac"},
    {"smederev|" NEUT_O, "RS", "Smederevo"},
    {"valjev|" NEUT_O, "RS", "Valjevo"},
    {"sabac sapc|a,u,em sabc|a,u,em", "RS", "Sabac"},
    {"sombor|" MASC, "RS", "Sombor"},
    {"vranj|" NEUT_E, "RS", "Vranje"},
    {"uzic|" NEUT_E, "RS", "Uzice"},
    // Neighbours and the region.
    {"hrvatsk|" ADJ " croatia", "HR", "Croatia"},
    {"zagreb|" MASC, "HR", "Zagreb"},
    {"bosn|" NOUN_A " bih bosna_i_hercegovina bosne_i_hercegovine bosni_i_hercegovini "
     "bosnu_i_hercegovinu bosnia bosnia_and_herzegovina",
     "BA", "Bosnia and Herzegovina"},
    {"sarajev|" NEUT_O, "BA", "Sarajevo"},
    {"banja_luka banja_luke banja_luci banja_luku banjaluk|a,e,u banjaluci", "BA", "Banja Luka"},
    {"mostar|" MASC, "BA", "Mostar"},
    {"tuzl|" NOUN_A, "BA", "Tuzla"},
    {"crna_gora crne_gore crnoj_gori crnu_goru crnom_gorom montenegro", "ME", "Montenegro"},
    {"podgoric|" NOUN_A, "ME", "Podgorica"},
    {"budv|" NOUN_A, "ME", "Budva"},
    {"kotor|" MASC, "ME", "Kotor"},
    {"tivat tivt|a,u", "ME", "Tivat"},
    {"slovenij|" NOUN_A " slovenia", "SI", "Slovenia"},
    {"ljubljan|" NOUN_A, "SI", "Ljubljana"},
    {"madjarsk|" ADJ " hungary", "HU", "Hungary"},
    {"budimpest|" NOUN_A " budapest|" MASC, "HU", "Budapest"},
    {"makedonij|" NOUN_A " severna_makedonija severnoj_makedoniji sjeverna_makedonija "
     "macedonia north_macedonia",
     "MK", "North Macedonia"},
    {"skoplj|" NEUT_E " skopje", "MK", "Skopje"},
    {"rumunij|" NOUN_A " romania", "RO", "Romania"},
    {"bugarsk|" ADJ " bulgaria", "BG", "Bulgaria"},
    {"albanij|" NOUN_A " albania", "AL", "Albania"},
    {"grck|" ADJ " greece", "GR", "Greece"},
    {"atin|" NOUN_A " athens", "GR", "Athens"},
    // Resorts where Serbian seasonal workers are recruited.
    {"krf|" MASC " corfu", "GR", "Corfu"},
    {"krit|" MASC " crete", "GR", "Crete"},
    {"rodos|" MASC " rhodes", "GR", "Rhodes"},
    {"halkidik|i,iju,ija halkidiki", "GR", "Halkidiki"},
    {"zakintos|" MASC " zakynthos", "GR", "Zakynthos"},
    {"santorini", "GR", "Santorini"},
    // Western and northern Europe.
    {"nemack|" ADJ " njemack|" ADJ " germany deutschland", "DE", "Germany"},
    {"berlin|" MASC, "DE", "Berlin"},
    {"minhen|" MASC " munchen|" MASC " munich", "DE", "Munich"},
    {"frankfurt|" MASC, "DE", "Frankfurt"},
    {"hamburg|" MASC, "DE", "Hamburg"},
    {"keln|" MASC " koln cologne", "DE", "Cologne"},
    {"stutgart|" MASC " stuttgart|" MASC, "DE", "Stuttgart"},
    {"dizeldorf|" MASC " diseldorf|" MASC " dusseldorf|" MASC " duesseldorf", "DE", "Dusseldorf"},
    {"austrij|" NOUN_A " austria osterreich", "AT", "Austria"},
    {"bec|" MASC_SOFT " vienna wien", "AT", "Vienna"},
    {"grac|" MASC_SOFT " graz", "AT", "Graz"},
    {"salcburg|" MASC " salzburg|" MASC, "AT", "Salzburg"},
    {"linc|" MASC_SOFT " linz", "AT", "Linz"},
    {"insbruk|" MASC " innsbruck", "AT", "Innsbruck"},
    {"svajcarsk|" ADJ " svicarsk|" ADJ " switzerland", "CH", "Switzerland"},
    {"cirih|" MASC " zurich", "CH", "Zurich"},
    {"zenev|" NOUN_A " geneva", "CH", "Geneva"},
    {"bazel|" MASC " basel", "CH", "Basel"},
    {"italij|" NOUN_A " italy", "IT", "Italy"},
    {"rim rimu rimom rome", "IT", "Rome"},
    {"milano", "IT", "Milan"},
    {"francusk|" ADJ " france", "FR", "France"},
    {"pariz|" MASC " paris", "FR", "Paris"},
    {"spanij|" NOUN_A " spain", "ES", "Spain"},
    {"madrid|" MASC, "ES", "Madrid"},
    {"barselon|" NOUN_A " barcelona", "ES", "Barcelona"},
    {"holandij|" NOUN_A " nizozemsk|" ADJ " netherlands holland", "NL", "Netherlands"},
    {"amsterdam|" MASC, "NL", "Amsterdam"},
    {"roterdam|" MASC " rotterdam", "NL", "Rotterdam"},
    {"belgij|" NOUN_A " belgium", "BE", "Belgium"},
    {"brisel|" MASC " brussels", "BE", "Brussels"},
    {"luksemburg|" MASC " luxembourg", "LU", "Luxembourg"},
    {"velika_britanija velike_britanije velikoj_britaniji veliku_britaniju britanij|" NOUN_A
     " engleska engleske engleskoj englesku uk united_kingdom britain great_britain england",
     "GB", "United Kingdom"},
    {"london|" MASC, "GB", "London"},
    {"irsk|" ADJ " ireland", "IE", "Ireland"},
    {"dablin|" MASC " dublin", "IE", "Dublin"},
    {"skotsk|" ADJ " scotland", "GB", "United Kingdom"},
    {"svedsk|" ADJ " sweden", "SE", "Sweden"},
    {"stokholm|" MASC " stockholm", "SE", "Stockholm"},
    {"norvesk|" ADJ " norway", "NO", "Norway"},
    {"oslo", "NO", "Oslo"},
    {"dansk|" ADJ " denmark", "DK", "Denmark"},
    {"finsk|" ADJ " finland", "FI", "Finland"},
    {"poljsk|a,oj,u poland", "PL", "Poland"},
    {"varsav|" NOUN_A " warsaw", "PL", "Warsaw"},
    {"cesk|" ADJ " czech_republic czechia", "CZ", "Czechia"},
    {"prague", "CZ", "Prague"},
    {"slovack|" ADJ " slovakia", "SK", "Slovakia"},
    {"bratislav|" NOUN_A, "SK", "Bratislava"},
    {"malt|" NOUN_A, "MT", "Malta"},
    {"kipar kipr|a,u,om cyprus", "CY", "Cyprus"},
    {"limasol|" MASC " limassol", "CY", "Limassol"},
    {"island|a,u,om iceland", "IS", "Iceland"},
    // Further away.
    {"tursk|" ADJ " turkey turkiye", "TR", "Turkey"},
    {"istanbul|" MASC, "TR", "Istanbul"},
    {"antalij|" NOUN_A " antalya", "TR", "Antalya"},
    {"alanj|" NOUN_A " alanya", "TR", "Alanya"},
    {"egipat egipt|a,u,om egypt", "EG", "Egypt"},
    {"hurgad|" NOUN_A " hurghada", "EG", "Hurghada"},
    {"rusij|" NOUN_A " russia", "RU", "Russia"},
    {"moskv|" NOUN_A " moscow", "RU", "Moscow"},
    {"ukrajin|" NOUN_A " ukraine", "UA", "Ukraine"},
    {"uae emirat|i,e,ima ujedinjeni_arapski_emirati ujedinjenim_arapskim_emiratima "
     "ujedinjene_arapske_emirate united_arab_emirates emirates",
     "AE", "United Arab Emirates"},
    {"dubai dubaij|a,u,em dubaj|a,u,em dubai|ju,ja", "AE", "Dubai"},
    {"abu_dabi abu_dhabi", "AE", "Abu Dhabi"},
    {"katar|" MASC " qatar", "QA", "Qatar"},
    {"doh|" NOUN_A, "QA", "Doha"},
    {"saudijsk|" ADJ " saudijska_arabija saudijskoj_arabiji saudi_arabia", "SA", "Saudi Arabia"},
    {"kuvajt|" MASC " kuwait", "KW", "Kuwait"},
    {"bahrein|" MASC " bahrain", "BH", "Bahrain"},
    {"izrael|" MASC " israel", "IL", "Israel"},
    {"amerik|a,e,u,om americi usa america united_states sjedinjene_americke_drzave "
     "sjedinjenim_americkim_drzavama",
     "US", "United States"},
    {"kanad|" NOUN_A " canada", "CA", "Canada"},
    {"australij|" NOUN_A " australia", "AU", "Australia"},
    {"novi_zeland novom_zelandu novog_zelanda new_zealand", "NZ", "New Zealand"},
    {"japan|" MASC, "JP", "Japan"},
    {"kin|a,e,i,u china", "CN", "China"},
};

#undef ADJ
#undef NOUN_A
#undef MASC
#undef MASC_SOFT
#undef NEUT_O
#undef NEUT_E

// Expands "stem|a,b" into stem+a, stem+b; "_" becomes a space.
std::vector<std::string> expand_form(std::string_view token) {
  std::vector<std::string> forms;
  const std::size_t bar = token.find('|');
  if (bar == std::string_view::npos) {
    forms.emplace_back(token);
  } else {
    const std::string stem(token.substr(0, bar));
    std::string_view suffixes = token.substr(bar + 1);
    while (true) {
      const std::size_t comma = suffixes.find(',');
      forms.push_back(stem + std::string(suffixes.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      suffixes.remove_prefix(comma + 1);
    }
  }
  for (auto& f : forms) std::replace(f.begin(), f.end(), '_', ' ');
  return forms;
}

}  // namespace

PlaceGazetteer::PlaceGazetteer() {
  for (const auto& row : kPlaces) {
    values_.push_back(PlaceValue{row.country, row.name, std::string_view(row.country) != "RS"});
    std::string_view forms = row.forms;
    while (!forms.empty()) {
      const std::size_t space = forms.find(' ');
      for (auto& form : expand_form(forms.substr(0, space))) {
        const std::size_t first_word_size = std::min(form.find(' '), form.size());
        const auto word_count =
            static_cast<std::size_t>(std::count(form.begin(), form.end(), ' ')) + 1;
        names_.push_back(Name{std::move(form), first_word_size, word_count, values_.size() - 1});
      }
      if (space == std::string_view::npos) break;
      forms.remove_prefix(space + 1);
    }
  }
  // Group by first word, most words first; a form listed twice keeps its
  // first place (the lowest index among equal forms, which sort together).
  std::vector<std::size_t> order(names_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
    const Name& x = names_[a];
    const Name& y = names_[b];
    if (x.first_word() != y.first_word()) return x.first_word() < y.first_word();
    if (x.word_count != y.word_count) return x.word_count > y.word_count;
    if (x.form != y.form) return x.form < y.form;
    return a < b;
  });
  std::vector<Name> sorted;
  sorted.reserve(names_.size());
  for (const std::size_t n : order)
    if (sorted.empty() || sorted.back().form != names_[n].form)
      sorted.push_back(std::move(names_[n]));
  names_ = std::move(sorted);
  for (std::size_t n = 0; n < names_.size(); ++n)
    if (n == 0 || names_[n].first_word() != names_[n - 1].first_word()) group_begins_.push_back(n);
  group_begins_.push_back(names_.size());
}

void PlaceGazetteer::add_words(Vocabulary& vocabulary) const {
  for (std::size_t group = 0; group + 1 < group_begins_.size(); ++group) {
    WordFacts& facts = vocabulary.entry(first_word_of_group(group));
    facts.roles |= word_role::kPlaceStart;
    facts.place_group = static_cast<std::uint16_t>(group);
  }
}

const PlaceValue* PlaceGazetteer::lookup(std::string_view phrase) const {
  const std::string_view first_word = phrase.substr(0, phrase.find(' '));
  // Groups are sorted by first word.
  std::size_t low = 0;
  std::size_t high = group_begins_.size() - 1;
  while (low < high) {
    const std::size_t middle = (low + high) / 2;
    if (first_word_of_group(middle) < first_word)
      low = middle + 1;
    else
      high = middle;
  }
  const std::size_t group = low;
  if (group + 1 >= group_begins_.size() || first_word_of_group(group) != first_word) return nullptr;
  for (std::size_t n = group_begins_[group]; n < group_begins_[group + 1]; ++n)
    if (names_[n].form == phrase) return &values_[names_[n].value];
  return nullptr;
}

void PlaceGazetteer::find(const WordList& words, std::vector<RawEntity>& out) const {
  const std::string_view text = words.text();
  for (std::size_t i = words.next_with_role(0, word_role::kPlaceStart); i < words.size();
       i = words.next_with_role(i, word_role::kPlaceStart)) {
    const WordFacts& facts = words.facts(i);
    // A name of k words matches when words i..i+k-1 span exactly its bytes:
    // then they are its words, one space apart.
    const std::size_t begin = words.span(i).begin;
    std::size_t matched_words = 0;
    const PlaceValue* value = nullptr;
    for (std::size_t n = group_begins_[facts.place_group]; n < group_begins_[facts.place_group + 1];
         ++n) {
      const Name& name = names_[n];
      const std::size_t last = i + name.word_count - 1;
      if (last >= words.size() || words.span(last).end - begin != name.form.size() ||
          text.compare(begin, name.form.size(), name.form) != 0)
        continue;
      matched_words = name.word_count;
      value = &values_[name.value];
      break;
    }
    // "na nemackom jeziku": a language, not a place.
    const std::string_view after = words.word_or_empty(i + matched_words);
    if (value != nullptr && (after.substr(0, 4) == "jezi" || after == "language")) value = nullptr;
    if (value == nullptr) {
      ++i;
      continue;
    }
    out.push_back(RawEntity{EntityType::place, static_cast<std::uint32_t>(begin),
                            words.span(i + matched_words - 1).end, *value});
    i += matched_words;
  }
}

}  // namespace jobscreen::detail
