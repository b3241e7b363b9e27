#include "explain/explain.hpp"

#include <algorithm>

#include "explain/serbian_cyrillic.hpp"

namespace jobscreen::detail {

namespace {

// In valid UTF-8 every code point has exactly one byte that is not a
// continuation byte (10xxxxxx); a loop the compiler vectorises.
std::size_t count_lead_bytes(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

}  // namespace

std::size_t OriginalText::code_points_before(std::size_t byte) {
  if (has_flag(normalized_.flags, Flag::invalid_utf8)) return walked_code_points_before(byte);
  // Valid UTF-8: code points before every block start, counted once, then
  // at most one block's bytes per offset.
  if (block_starts_.empty()) {
    block_starts_.reserve(original_.size() / kBlock + 1);
    std::size_t cp = 0;
    for (std::size_t at = 0; at <= original_.size(); at += kBlock) {
      block_starts_.push_back(cp);
      cp += count_lead_bytes(original_.substr(at, kBlock));
    }
  }
  const std::size_t block = byte / kBlock;
  return block_starts_[block] +
         count_lead_bytes(original_.substr(block * kBlock, byte - block * kBlock));
}

std::size_t OriginalText::walked_code_points_before(std::size_t byte) {
  // Invalid sequences count as decode_utf8 reads them, which only a walk
  // knows. Every known offset is a code-point boundary (spans never split
  // one), so counting on from the nearest one below is exact.
  auto it = std::upper_bound(known_.begin(), known_.end(), std::make_pair(byte, ~std::size_t{0}));
  const auto [from_byte, from_cp] = *std::prev(it);
  const std::size_t cp = from_cp + code_point_offset(original_.substr(from_byte), byte - from_byte);
  if (from_byte != byte) known_.insert(it, {byte, cp});
  return cp;
}

TextSpan OriginalText::span(std::uint32_t begin, std::uint32_t end) {
  const ByteSpan bytes = normalized_.to_original(begin, end);
  TextSpan out;
  out.start = bytes.begin;
  out.end = bytes.end;
  out.text = std::string(original_.substr(bytes.begin, bytes.end - bytes.begin));
  out.start_cp = code_points_before(bytes.begin);
  out.end_cp = code_points_before(bytes.end);
  return out;
}

std::string localized(const LocalizedText& text, Lang lang) {
  switch (lang) {
    case Lang::en:
      return text.en.empty() ? text.sr : text.en;
    case Lang::sr_cyrl:
      if (!text.sr_cyrl.empty()) return text.sr_cyrl;
      return serbian_latin_to_cyrillic(text.sr.empty() ? text.en : text.sr);
    case Lang::sr:
      break;
  }
  return text.sr.empty() ? text.en : text.sr;
}

void explain_hits(const Engine::Impl& engine, const RuleMatches& matches, const Score& score,
                  OriginalText& original, Lang lang, std::size_t max_spans_per_hit,
                  Result& result) {
  for (std::size_t i = 0; i < engine.rules.size(); ++i) {
    if (!matches.fired[i]) continue;
    const Rule& rule = *engine.rules[i].rule;
    Hit hit;
    hit.rule = rule.id;
    hit.family = rule.family;
    hit.points = rule.weight;
    hit.description = localized(rule.description, lang);
    hit.advice = localized(rule.advice, lang);
    const auto& spans = matches.spans[i];
    for (std::size_t s = 0; s < spans.size() && s < max_spans_per_hit; ++s)
      hit.matches.push_back(original.span(spans[s].begin, spans[s].end));
    result.hits.push_back(std::move(hit));
  }
  // Text order; hits with no place in the text (absence) come last.
  std::stable_sort(result.hits.begin(), result.hits.end(), [](const Hit& a, const Hit& b) {
    if (a.matches.empty() != b.matches.empty()) return b.matches.empty();
    if (a.matches.empty()) return false;
    return a.matches.front().start < b.matches.front().start;
  });
  for (const auto& f : score.families) {
    const Family& family = *engine.families[f.family];
    result.families.push_back({family.id, localized(family.name, lang), f.raw, f.points});
  }
}

std::vector<Entity> explain_entities(std::span<const RawEntity> raw, OriginalText& original) {
  std::vector<Entity> out;
  out.reserve(raw.size());
  for (const auto& e : raw) out.push_back({e.type, original.span(e.begin, e.end), e.value});
  return out;
}

}  // namespace jobscreen::detail
