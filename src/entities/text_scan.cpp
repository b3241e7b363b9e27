#include "entities/text_scan.hpp"

#include <algorithm>

namespace jobscreen::detail {

std::uint32_t WordTable::hash(std::string_view word) {
  std::uint32_t h = 2166136261u;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

void WordTable::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.length == 0) continue;
    std::size_t i = hash(std::string_view(storage_).substr(slot.offset, slot.length)) & mask;
    while (slots_[i].length != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void WordTable::add(std::string_view word, int value) {
  if (word.empty() || find(word) >= 0) return;
  if ((used_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash(word) & mask;
  while (slots_[i].length != 0) i = (i + 1) & mask;
  slots_[i] = {static_cast<std::uint32_t>(storage_.size()), static_cast<std::uint32_t>(word.size()),
               value};
  storage_.append(word);
  shapes_[static_cast<unsigned char>(word[0])] |= 1u << std::min<std::size_t>(word.size(), 31);
  ++used_;
}

int WordTable::find(std::string_view word) const {
  if (word.empty() || (shapes_[static_cast<unsigned char>(word[0])] &
                       (1u << std::min<std::size_t>(word.size(), 31))) == 0)
    return -1;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash(word) & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.length == 0) return -1;
    if (slot.length == word.size() &&
        std::string_view(storage_).substr(slot.offset, slot.length) == word)
      return slot.value;
  }
}

}  // namespace jobscreen::detail
