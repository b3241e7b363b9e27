// The entity extractor: runs each finder over the match form, in an order
// that lets later finders skip what earlier ones took (a phone is not pay).
#include "entities/entity_extractor.hpp"

#include <algorithm>
#include <iterator>
#include <limits>
#include <string_view>

#include "entities/age_extractor.hpp"
#include "entities/byte_marks.hpp"
#include "entities/company_id_extractor.hpp"
#include "entities/contact_extractor.hpp"
#include "entities/entity_defaults.hpp"
#include "entities/messenger_extractor.hpp"
#include "entities/pay_extractor.hpp"
#include "entities/phone_extractor.hpp"
#include "entities/place_gazetteer.hpp"
#include "entities/taken_spans.hpp"
#include "entities/vocabulary.hpp"
#include "entities/word_list.hpp"

namespace jobscreen::detail {

struct EntityExtractor::Impl {
  explicit Impl(const EntitySettings& given)
      : settings(with_entity_defaults(given)), contacts(settings), pay(settings) {
    add_company_id_words(vocabulary);
    places.add_words(vocabulary);
    messengers.add_words(vocabulary);
    pay.add_words(vocabulary);
    add_age_words(vocabulary);
  }

  EntitySettings settings;
  ContactExtractor contacts;
  PayExtractor pay;
  PlaceGazetteer places;
  MessengerExtractor messengers;
  Vocabulary vocabulary;  // the words of all the finders above
};

EntityExtractor::EntityExtractor(const EntitySettings& settings)
    : impl_(std::make_unique<Impl>(settings)) {}

EntityExtractor::~EntityExtractor() = default;

const EntitySettings& EntityExtractor::settings() const { return impl_->settings; }

namespace {

// The spans of the e-mails and links, sorted, with the furthest end of each
// prefix: whether one contains a span is a binary search, not a loop over all.
class LinkSpans {
 public:
  explicit LinkSpans(const std::vector<RawEntity>& entities) {
    for (const auto& e : entities)
      if (e.type == EntityType::email || e.type == EntityType::url)
        spans_.emplace_back(e.begin, e.end);
    std::sort(spans_.begin(), spans_.end());
    furthest_end_.reserve(spans_.size());
    std::uint32_t furthest = 0;
    for (const auto& span : spans_)
      furthest_end_.push_back(furthest = std::max(furthest, span.second));
  }

  /// Whether a link covers [begin, end) and is not exactly it.
  bool strictly_contain(std::uint32_t begin, std::uint32_t end) const {
    const auto first_at_begin =
        std::lower_bound(spans_.begin(), spans_.end(), begin,
                         [](const std::pair<std::uint32_t, std::uint32_t>& s, std::uint32_t b) {
                           return s.first < b;
                         });
    const auto before = static_cast<std::size_t>(first_at_begin - spans_.begin());
    // A link that begins earlier contains the span when it ends at or after it.
    if (before > 0 && furthest_end_[before - 1] >= end) return true;
    // One that begins with it must end after it.
    for (auto it = first_at_begin; it != spans_.end() && it->first == begin; ++it)
      if (it->second > end) return true;
    return false;
  }

 private:
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;
  std::vector<std::uint32_t> furthest_end_;
};

// Where an entity goes in the output: by begin, type and end, and among
// equal ones by the order found (what a stable sort would keep).
struct OutputSlot {
  std::uint64_t begin_and_type;
  std::uint64_t end_and_index;
  bool operator<(const OutputSlot& other) const {
    return begin_and_type != other.begin_and_type ? begin_and_type < other.begin_and_type
                                                  : end_and_index < other.end_and_index;
  }
  bool same_span_and_type(const OutputSlot& other) const {
    return begin_and_type == other.begin_and_type &&
           (end_and_index >> 32) == (other.end_and_index >> 32);
  }
};

}  // namespace

std::vector<RawEntity> EntityExtractor::extract(const NormalizedText& normalized) const {
  std::string_view text = normalized.text;
  // Spans are 32-bit; the normaliser's input limit keeps texts far below this.
  if (text.size() >= std::numeric_limits<std::uint32_t>::max())
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max() - 1);
  const WordList words(text, impl_->vocabulary);
  const ByteMarks marks(text);

  std::vector<RawEntity> found;
  found.reserve(text.size() / 32 + 8);
  find_phones(text, marks, found);
  const std::size_t phone_count = found.size();
  find_company_ids(words, found);
  impl_->contacts.find(text, marks, found);
  impl_->places.find(words, found);
  {
    // Found apart: `found` may move while the apps are read off its phones.
    std::vector<RawEntity> apps;
    impl_->messengers.find(words, {found.data(), phone_count}, apps);
    std::move(apps.begin(), apps.end(), std::back_inserter(found));
  }
  // Pay and ages skip digits that belong to the entities above.
  TakenSpans taken(text.size());
  taken.add(found);
  const std::size_t pay_from = found.size();
  impl_->pay.find(words, marks, taken, found);
  taken.add(found, pay_from);
  find_ages(words, marks, taken, found);

  // Words inside an address or link ("posao.nemacka@gmail.com") are not places or apps.
  const LinkSpans links(found);
  const auto inside_link = [&links](const RawEntity& e) {
    return (e.type == EntityType::place || e.type == EntityType::messenger) &&
           links.strictly_contain(e.begin, e.end);
  };

  // Sort slots, not entities: moving a variant costs more than a compare.
  std::vector<OutputSlot> slots;
  slots.reserve(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const RawEntity& e = found[i];
    if (inside_link(e)) continue;
    slots.push_back({std::uint64_t{e.begin} << 32 | static_cast<std::uint32_t>(e.type),
                     std::uint64_t{e.end} << 32 | static_cast<std::uint32_t>(i)});
  }
  std::sort(slots.begin(), slots.end());
  std::vector<RawEntity> ordered;
  ordered.reserve(slots.size());
  for (std::size_t k = 0; k < slots.size(); ++k) {
    // One entity per type and span: the first found.
    if (k > 0 && slots[k].same_span_and_type(slots[k - 1])) continue;
    ordered.push_back(std::move(found[static_cast<std::uint32_t>(slots[k].end_and_index)]));
  }
  return ordered;
}

}  // namespace jobscreen::detail
