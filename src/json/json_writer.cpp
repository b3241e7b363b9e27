// JSON strings and numbers written the way nlohmann's serializer writes them,
// so the direct writer and the DOM agree byte for byte.
#include "json/json_writer.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <nlohmann/json.hpp>

namespace jobscreen::detail {
namespace {

// Bytes that interrupt a run copied verbatim: control characters, '"', '\'
// and every non-ASCII byte (whose sequence must be checked).
constexpr std::array<bool, 256> interrupts_run = [] {
  std::array<bool, 256> table{};
  for (std::size_t c = 0; c < table.size(); ++c)
    table[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
  return table;
}();

// True when none of the eight bytes at `at` interrupts a run, so plain ASCII
// goes eight bytes a step. Exact: a borrow in the subtractions below only
// spreads upwards from a byte that does interrupt.
bool eight_plain_bytes_at(const char* at) {
  std::uint64_t word;
  std::memcpy(&word, at, sizeof word);
  constexpr std::uint64_t ones = 0x0101010101010101;
  constexpr std::uint64_t highs = 0x8080808080808080;
  const auto has_zero_byte = [](std::uint64_t w) { return (w - ones) & ~w & highs; };
  const std::uint64_t non_ascii = word & highs;
  const std::uint64_t control = (word - ones * 0x20) & ~word & highs;
  const std::uint64_t quote = has_zero_byte(word ^ (ones * '"'));
  const std::uint64_t backslash = has_zero_byte(word ^ (ones * '\\'));
  return (non_ascii | control | quote | backslash) == 0;
}

struct Utf8Sequence {
  std::size_t size = 0;  ///< bytes of the sequence, or, when ill-formed, bytes to drop
  bool well_formed = false;
};

// The sequence starting at text[at], by Unicode's table of well-formed UTF-8
// byte sequences (no overlongs, surrogates or code points past U+10FFFF).
// An ill-formed one drops its lead and the continuations accepted so far, so
// the byte that broke it starts afresh: one U+FFFD per maximal subpart, as
// nlohmann's decoder does it.
Utf8Sequence utf8_sequence_at(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t continuations = 0;
  unsigned char second_min = 0x80;
  unsigned char second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    continuations = 1;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    continuations = 2;
    if (lead == 0xE0) second_min = 0xA0;  // overlong below U+0800
    if (lead == 0xED) second_max = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    continuations = 3;
    if (lead == 0xF0) second_min = 0x90;  // overlong below U+10000
    if (lead == 0xF4) second_max = 0x8F;  // past U+10FFFF
  } else {
    return {1, false};
  }
  for (std::size_t k = 1; k <= continuations; ++k) {
    if (at + k >= text.size()) return {k, false};  // cut short by the end of the text
    const auto c = static_cast<unsigned char>(text[at + k]);
    const bool in_range = k == 1 ? c >= second_min && c <= second_max : c >= 0x80 && c <= 0xBF;
    if (!in_range) return {k, false};
  }
  return {continuations + 1, true};
}

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\f':
      out += "\\f";
      break;
    case '\r':
      out += "\\r";
      break;
    default: {  // the other controls, lower-case hex like nlohmann
      constexpr char hex[] = "0123456789abcdef";
      const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
      out.append(escape, sizeof escape);
    }
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  std::size_t run_start = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    if (i + 8 <= text.size() && eight_plain_bytes_at(text.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(text[i]);
    if (!interrupts_run[c]) {
      ++i;
      continue;
    }
    std::size_t consumed = 1;
    if (c >= 0x80) {
      const Utf8Sequence sequence = utf8_sequence_at(text, i);
      if (sequence.well_formed) {
        i += sequence.size;  // stays in the run
        continue;
      }
      out.append(text.data() + run_start, i - run_start);
      out += "\xEF\xBF\xBD";  // U+FFFD
      consumed = sequence.size;
    } else {
      out.append(text.data() + run_start, i - run_start);
      append_escape(out, c);
    }
    i += consumed;
    run_start = i;
  }
  out.append(text.data() + run_start, text.size() - run_start);
  out += '"';
}

void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  // nlohmann's own routine, not std::to_chars: its Grisu2 digits are not
  // always the shortest (5650.6500000000005, not 5650.650000000001), and it
  // writes 100000 as "100000.0" where std::to_chars gives "1e+05".
  char buffer[64];  // the size of nlohmann's own number buffer
  out.append(buffer, nlohmann::detail::to_chars(buffer, buffer + sizeof buffer, value));
}

}  // namespace jobscreen::detail
