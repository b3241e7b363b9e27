// A small JSON DOM that remembers where every value and key starts in the
// source, so rule-pack diagnostics can point at file:line:column.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobscreen::detail {

/// 1-based line and column (the column counts code points, not bytes).
struct TextPosition {
  int line = 0;
  int column = 0;
};

struct LocatedMember;

/// One JSON value with the position of its first character. Plain data: not
/// synchronised, safe to read from several threads once built.
struct LocatedValue {
  enum class Type { null, boolean, integer, number, string, array, object };

  Type type = Type::null;
  TextPosition position;
  bool boolean = false;
  std::int64_t integer =
      0;              ///< when type == integer (also set for whole numbers beyond int64: clamped)
  double number = 0;  ///< when type == integer or number
  std::string string;
  std::vector<LocatedValue> items;     ///< when type == array
  std::vector<LocatedMember> members;  ///< when type == object, in source order (duplicates kept)

  bool is_integer() const { return type == Type::integer; }
  bool is_number() const { return type == Type::integer || type == Type::number; }
  bool is_string() const { return type == Type::string; }
  bool is_boolean() const { return type == Type::boolean; }
  bool is_array() const { return type == Type::array; }
  bool is_object() const { return type == Type::object; }

  /// The last member named `key`, or nullptr (objects only).
  const LocatedValue* find(std::string_view key) const;
  /// The member named `key`, or nullptr (objects only).
  const LocatedMember* find_member(std::string_view key) const;
};

struct LocatedMember {
  std::string key;
  TextPosition key_position;
  LocatedValue value;
};

/// A JSON syntax error: where it is and what went wrong.
struct JsonSyntaxError {
  TextPosition position;
  std::string message;
};

/// The outcome of parsing: a value, or the syntax error that stopped the parse.
struct LocatedParse {
  std::optional<LocatedValue> value;
  JsonSyntaxError error;  ///< meaningful when !value
};

/// Parses `text` (JSON with `//` and `/* */` comments) keeping positions.
LocatedParse parse_located_json(std::string_view text);

/// Names the type for messages: "a string", "an object", ...
std::string_view describe(LocatedValue::Type type);

}  // namespace jobscreen::detail
