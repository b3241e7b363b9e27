// The entity extractor: runs each finder over the match form, in an order
// that lets later finders skip what earlier ones took (a phone is not pay).
#include "entities/entity_extractor.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <string_view>

#include "entities/age_extractor.hpp"
#include "entities/company_id_extractor.hpp"
#include "entities/contact_extractor.hpp"
#include "entities/entity_defaults.hpp"
#include "entities/messenger_extractor.hpp"
#include "entities/pay_extractor.hpp"
#include "entities/phone_extractor.hpp"
#include "entities/place_gazetteer.hpp"
#include "entities/taken_spans.hpp"
#include "entities/text_scan.hpp"

namespace jobscreen::detail {

struct EntityExtractor::Impl {
  explicit Impl(const EntitySettings& given)
      : settings(with_entity_defaults(given)), contacts(settings), pay(settings) {}

  EntitySettings settings;
  ContactExtractor contacts;
  PayExtractor pay;
  PlaceGazetteer places;
  MessengerExtractor messengers;
};

EntityExtractor::EntityExtractor(const EntitySettings& settings)
    : impl_(std::make_unique<Impl>(settings)) {}

EntityExtractor::~EntityExtractor() = default;

const EntitySettings& EntityExtractor::settings() const { return impl_->settings; }

std::vector<RawEntity> EntityExtractor::extract(const NormalizedText& normalized) const {
  std::string_view text = normalized.text;
  // Spans are 32-bit; the normaliser's input limit keeps texts far below this.
  if (text.size() >= std::numeric_limits<std::uint32_t>::max())
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max() - 1);
  const WordList words(text);

  std::vector<RawEntity> found;
  found.reserve(text.size() / 32 + 8);
  find_phones(text, found);
  const std::size_t phone_count = found.size();
  find_company_ids(words, found);
  impl_->contacts.find(text, found);
  impl_->places.find(words, found);
  {
    std::vector<RawEntity> apps;
    impl_->messengers.find(words, {found.begin(), found.begin() + phone_count}, apps);
    std::move(apps.begin(), apps.end(), std::back_inserter(found));
  }
  // Pay and ages skip digits that belong to the entities above.
  std::vector<RawEntity> later;
  impl_->pay.find(words, TakenSpans(found), later);
  std::move(later.begin(), later.end(), std::back_inserter(found));
  later.clear();
  find_ages(words, TakenSpans(found), later);
  std::move(later.begin(), later.end(), std::back_inserter(found));

  // Words inside an address or link ("posao.nemacka@gmail.com") are not places or apps.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
  for (const auto& e : found)
    if (e.type == EntityType::email || e.type == EntityType::url)
      links.emplace_back(e.begin, e.end);
  if (!links.empty()) {
    const auto inside_link = [&links](const RawEntity& e) {
      if (e.type != EntityType::place && e.type != EntityType::messenger) return false;
      for (const auto& [begin, end] : links)
        if (begin <= e.begin && e.end <= end && (begin != e.begin || end != e.end)) return true;
      return false;
    };
    found.erase(std::remove_if(found.begin(), found.end(), inside_link), found.end());
  }
  std::stable_sort(found.begin(), found.end(), [](const RawEntity& a, const RawEntity& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.type != b.type) return a.type < b.type;
    return a.end < b.end;
  });
  // One entity per type and span.
  found.erase(std::unique(found.begin(), found.end(),
                          [](const RawEntity& a, const RawEntity& b) {
                            return a.begin == b.begin && a.end == b.end && a.type == b.type;
                          }),
              found.end());
  return found;
}

}  // namespace jobscreen::detail
