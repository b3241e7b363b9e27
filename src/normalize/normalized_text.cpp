// The offset map and flag helpers of the normaliser's public API.
#include <algorithm>
#include <array>
#include <string_view>

#include "jobscreen/normalize.hpp"
#include "normalize/utf8_decode.hpp"

namespace jobscreen {

ByteSpan NormalizedText::to_original(std::size_t begin, std::size_t end) const {
  if (source.empty()) return {};
  const std::size_t size = source.size() - 1;
  end = std::min(end, size);
  begin = std::min(begin, end);
  if (begin == end) return {source[begin], source[begin]};
  // The source map holds where each code point starts; the last one that
  // produced `end - 1` ends where the next different source starts (the
  // sentinel at worst). Bytes dropped after it fall inside the span.
  const std::uint32_t last = source[end - 1];
  std::size_t next = end;
  while (source[next] == last) ++next;
  return {source[begin], source[next]};
}

std::vector<std::string> flag_names(Flag flags) {
  static constexpr std::array<std::pair<Flag, std::string_view>, 8> kNames = {{
      {Flag::invalid_utf8, "invalid_utf8"},
      {Flag::mixed_script, "mixed_script"},
      {Flag::spaced, "spaced"},
      {Flag::leet, "leet"},
      {Flag::zero_width, "zero_width"},
      {Flag::truncated, "truncated"},
      {Flag::degraded, "degraded"},
      {Flag::many_entities, "many_entities"},
  }};
  std::vector<std::string> names;
  for (const auto& [flag, name] : kNames) {
    if (has_flag(flags, flag)) names.emplace_back(name);
  }
  return names;
}

std::size_t code_point_offset(std::string_view original, std::size_t byte_offset) {
  const std::size_t end = std::min(byte_offset, original.size());
  const auto* bytes = reinterpret_cast<const unsigned char*>(original.data());
  std::size_t count = 0;
  std::size_t at = 0;
  while (at < end) {
    if (bytes[at] < 0x80) {
      ++at;
    } else {
      at += detail::decode_utf8(bytes + at, original.size() - at).length;
    }
    ++count;
  }
  return count;
}

}  // namespace jobscreen
