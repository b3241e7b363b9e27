// Parses JSON with nlohmann's SAX parser, fed through an iterator that counts
// the bytes consumed, so each SAX event can be mapped back to a source position.
#include "rules/located_json.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>

namespace jobscreen::detail {
namespace {

// A forward iterator over the text that records in a shared counter how far
// the parser has read. nlohmann reads iterator input one character at a time
// without buffering, so the counter is the lexer's read position. Copies share
// the counter: use within one parse on one thread.
class CountingIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator() = default;
  CountingIterator(const char* position, std::size_t* consumed)
      : position_(position), consumed_(consumed) {}

  reference operator*() const { return *position_; }
  CountingIterator& operator++() {
    ++position_;
    ++*consumed_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  friend bool operator==(const CountingIterator& a, const CountingIterator& b) {
    return a.position_ == b.position_;
  }
  friend bool operator!=(const CountingIterator& a, const CountingIterator& b) { return !(a == b); }

 private:
  const char* position_ = nullptr;
  std::size_t* consumed_ = nullptr;
};

// Maps byte offsets to 1-based line and code-point column. Immutable after
// construction; keeps a view of the text, which must outlive it.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    // The parser skips a UTF-8 byte order mark; it is no column of line 1.
    line_starts_.push_back(text.starts_with("\xEF\xBB\xBF") ? 3 : 0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  TextPosition at(std::size_t offset) const {
    offset = std::clamp(offset, line_starts_.front(), std::max(text_.size(), line_starts_.front()));
    const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line_start = *(next_line - 1);
    int column = 1;
    for (std::size_t i = line_start; i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
        ++column;  // skip continuation bytes
    return {static_cast<int>(next_line - line_starts_.begin()), column};
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

bool is_bare_token_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '-' || c == '.';
}

// Builds a LocatedValue tree from SAX events. Positions come from the byte
// counter: each event fires right after its token was read, so the handler
// walks back from there to the token's first character. One parse, one thread.
class LocatingHandler {
 public:
  using json = nlohmann::json;

  LocatingHandler(std::string_view text, const std::size_t& consumed)
      : text_(text), consumed_(consumed), lines_(text) {}

  bool null() { return add(scalar(LocatedValue::Type::null, bare_token_start())); }
  bool boolean(bool value) {
    LocatedValue v = scalar(LocatedValue::Type::boolean, bare_token_start());
    v.boolean = value;
    return add(std::move(v));
  }
  bool number_integer(json::number_integer_t value) {
    LocatedValue v = scalar(LocatedValue::Type::integer, bare_token_start());
    v.integer = value;
    v.number = static_cast<double>(value);
    return add(std::move(v));
  }
  bool number_unsigned(json::number_unsigned_t value) {
    LocatedValue v = scalar(LocatedValue::Type::integer, bare_token_start());
    constexpr auto kMax =
        static_cast<json::number_unsigned_t>(std::numeric_limits<std::int64_t>::max());
    v.integer = static_cast<std::int64_t>(std::min(value, kMax));
    v.number = static_cast<double>(value);
    return add(std::move(v));
  }
  bool number_float(json::number_float_t value, const json::string_t& /*unused*/) {
    LocatedValue v = scalar(LocatedValue::Type::number, bare_token_start());
    v.number = value;
    return add(std::move(v));
  }
  bool string(json::string_t& value) {
    LocatedValue v = scalar(LocatedValue::Type::string, string_token_start());
    v.string = std::move(value);
    return add(std::move(v));
  }
  bool binary(json::binary_t& /*unused*/) { return false; }  // never produced by the text parser

  bool start_object(std::size_t /*unused*/) {
    return open(scalar(LocatedValue::Type::object, consumed_ - 1));
  }
  bool key(json::string_t& key) {
    Frame& frame = open_.back();
    frame.pending_key = std::move(key);
    frame.pending_key_position = lines_.at(string_token_start());
    return true;
  }
  bool end_object() { return close(); }
  bool start_array(std::size_t /*unused*/) {
    return open(scalar(LocatedValue::Type::array, consumed_ - 1));
  }
  bool end_array() { return close(); }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& error) {
    const std::string what = error.what();
    const auto reason = what.find("syntax error");
    error_.message = without_last_read(reason == std::string::npos ? what : what.substr(reason));
    error_.position = lines_.at(error_offset(position, last_token, error_.message));
    return false;
  }

  std::optional<LocatedValue> take_root() { return std::move(root_); }
  const JsonSyntaxError& error() const { return error_; }

 private:
  struct Frame {
    LocatedValue value;
    std::string pending_key;
    TextPosition pending_key_position;
  };

  LocatedValue scalar(LocatedValue::Type type, std::size_t start) const {
    LocatedValue v;
    v.type = type;
    v.position = lines_.at(start);
    return v;
  }

  bool add(LocatedValue value) {
    if (open_.empty()) {
      root_ = std::move(value);
      return true;
    }
    Frame& parent = open_.back();
    if (parent.value.is_array()) {
      parent.value.items.push_back(std::move(value));
    } else {
      parent.value.members.push_back(
          {std::move(parent.pending_key), parent.pending_key_position, std::move(value)});
    }
    return true;
  }

  bool open(LocatedValue container) {
    open_.push_back({std::move(container), {}, {}});
    return true;
  }

  bool close() {
    LocatedValue done = std::move(open_.back().value);
    open_.pop_back();
    return add(std::move(done));
  }

  // The string token ended at the closing quote just read; its opening quote
  // is the previous quote not escaped by an odd run of backslashes.
  std::size_t string_token_start() const {
    if (consumed_ < 2) return 0;
    for (std::size_t i = consumed_ - 1; i-- > 0;) {
      if (text_[i] != '"') continue;
      std::size_t backslashes = 0;
      while (backslashes < i && text_[i - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return i;
    }
    return 0;
  }

  // Numbers are read one character too far (the lexer looks ahead to see
  // where they end), so skip back over that character first.
  std::size_t bare_token_start() const {
    std::size_t i = std::min(consumed_, text_.size());
    while (i > 0 && !is_bare_token_char(text_[i - 1])) --i;
    while (i > 0 && is_bare_token_char(text_[i - 1])) --i;
    return i;
  }

  // Where a syntax error starts. `position` counts the characters read, the
  // offending one last. The lexer's token text is only reset at strings and
  // numbers, so it gives the start of those tokens alone.
  std::size_t error_offset(std::size_t position, const std::string& last_token,
                           const std::string& message) const {
    const std::size_t last_read = position > 0 ? position - 1 : 0;
    if (message.find("comment") != std::string::npos) {
      const auto opening = text_.rfind("/*", last_read);
      if (message.find("'*/'") != std::string::npos && opening != std::string_view::npos)
        return opening;
      return last_read > 0 ? last_read - 1 : 0;  // the '/' before the bad character
    }
    const auto unexpected = message.find("unexpected '");
    const bool structural = unexpected != std::string::npos &&
                            message.compare(unexpected + 13, 1, "'") == 0;  // "unexpected '{'"
    if (structural || message.find("end of input") != std::string::npos) return last_read;
    if (message.find("invalid literal") != std::string::npos) {
      // Literals do not reset the token text: walk back over the letters instead.
      std::size_t start = std::min(last_read, text_.size());
      while (start > 0 && is_bare_token_char(text_[start - 1])) --start;
      return start;
    }
    const std::size_t length = raw_length(last_token);
    return position >= length ? position - length : 0;
  }

  // nlohmann shows control characters of the token as "<U+XXXX>".
  static std::size_t raw_length(const std::string& token) {
    std::size_t length = 0;
    for (std::size_t i = 0; i < token.size(); ++length) {
      const bool escaped =
          token.compare(i, 3, "<U+") == 0 && i + 8 <= token.size() && token[i + 7] == '>';
      i += escaped ? 8 : 1;
    }
    return length;
  }

  // Drops nlohmann's "; last read: '...'": its text may run on from earlier
  // tokens, and the position already says where the error is.
  static std::string without_last_read(std::string message) {
    const auto begin = message.find("; last read: '");
    if (begin == std::string::npos) return message;
    const auto end = message.find("'; expected", begin);
    message.erase(begin, end == std::string::npos ? std::string::npos : end + 1 - begin);
    return message;
  }

  std::string_view text_;
  const std::size_t& consumed_;
  LineIndex lines_;
  std::vector<Frame> open_;
  std::optional<LocatedValue> root_;
  JsonSyntaxError error_;
};

}  // namespace

const LocatedValue* LocatedValue::find(std::string_view key) const {
  const LocatedMember* member = find_member(key);
  return member ? &member->value : nullptr;
}

const LocatedMember* LocatedValue::find_member(std::string_view key) const {
  for (auto m = members.rbegin(); m != members.rend(); ++m)
    if (m->key == key) return &*m;
  return nullptr;
}

LocatedParse parse_located_json(std::string_view text) {
  std::size_t consumed = 0;
  LocatingHandler handler(text, consumed);
  const CountingIterator first(text.data(), &consumed);
  const CountingIterator last(text.data() + text.size(), &consumed);
  const bool ok =
      nlohmann::json::sax_parse(first, last, &handler, nlohmann::json::input_format_t::json,
                                /*strict=*/true, /*ignore_comments=*/true);
  LocatedParse result;
  if (ok) result.value = handler.take_root();
  if (!result.value) {
    result.error = handler.error();
    if (result.error.message.empty()) result.error.message = "syntax error";
  }
  return result;
}

std::string_view describe(LocatedValue::Type type) {
  switch (type) {
    case LocatedValue::Type::null:
      return "null";
    case LocatedValue::Type::boolean:
      return "a boolean";
    case LocatedValue::Type::integer:
      return "an integer";
    case LocatedValue::Type::number:
      return "a number";
    case LocatedValue::Type::string:
      return "a string";
    case LocatedValue::Type::array:
      return "an array";
    case LocatedValue::Type::object:
      return "an object";
  }
  return "a value";
}

}  // namespace jobscreen::detail
