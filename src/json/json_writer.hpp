// JSON text primitives appended straight to a std::string, byte-identical to
// what nlohmann::json::dump(-1, ' ', false, error_handler_t::replace) writes
// for the same values, so results need no DOM to be serialised.
#pragma once

#include <charconv>
#include <concepts>
#include <string>
#include <string_view>

namespace jobscreen::detail {

/// `text` as a quoted JSON string. Valid UTF-8 is copied as is; each ill-formed
/// sequence becomes U+FFFD (as UTF-8 bytes); control characters, '"' and '\'
/// are escaped as nlohmann escapes them ("\n", "\u001f", ...).
void append_json_string(std::string& out, std::string_view text);

/// A double as nlohmann writes it (its Grisu2 digits, "1.0" not "1",
/// "1e+20"); NaN and infinities as null.
void append_json_number(std::string& out, double value);

// Not for bool, which JSON writes as true/false.
template <std::integral Integer>
requires(!std::same_as<Integer, bool>) void append_json_number(std::string& out, Integer value) {
  char buffer[24];  // 20 digits of 2^64 plus a sign
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out.append(buffer, end);
}

}  // namespace jobscreen::detail
