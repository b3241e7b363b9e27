// Build-time generator of the normaliser's fold table.
//
// For every code point it asks ICU once (NFKC case fold, scripts, general
// categories, Latin-ASCII and Greek/Cyrillic transliterators) what the match
// form should contain, applies the project's own choices (Serbian Cyrillic
// rules, đ -> dj, currency names, typographic punctuation, symbols as
// spaces) and writes a C++ file with a two-stage table and a string pool.
// Doing this at build time keeps ICU's slow transliterators off the hot path.
//
// Usage: jobscreen_fold_table_gen OUTPUT.cpp
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/fold_entry.hpp"

namespace {

using jobscreen::detail::CharClass;

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string to_utf8(UChar32 cp) { return to_utf8(icu::UnicodeString(cp)); }

bool is_ascii_letters(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < 'a' || c > 'z') return false;
  return true;
}

bool is_ascii_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Lower-case Cyrillic letters with the reading this project wants: Serbian
// rules first (ж z, ч/ћ c, ш s, ђ dj, џ dz), then sensible Latin for the
// letters of Russian, Ukrainian, Belarusian, Macedonian and Bulgarian.
const std::map<UChar32, std::string_view>& cyrillic_readings() {
  static const std::map<UChar32, std::string_view> readings = {
      {0x0430, "a"},
      {0x0431, "b"},
      {0x0432, "v"},
      {0x0433, "g"},
      {0x0434, "d"},
      {0x0452, "dj"},
      {0x0435, "e"},
      {0x0436, "z"},
      {0x0437, "z"},
      {0x0438, "i"},
      {0x0458, "j"},
      {0x043A, "k"},
      {0x043B, "l"},
      {0x0459, "lj"},
      {0x043C, "m"},
      {0x043D, "n"},
      {0x045A, "nj"},
      {0x043E, "o"},
      {0x043F, "p"},
      {0x0440, "r"},
      {0x0441, "s"},
      {0x0442, "t"},
      {0x045B, "c"},
      {0x0443, "u"},
      {0x0444, "f"},
      {0x0445, "h"},
      {0x0446, "c"},
      {0x0447, "c"},
      {0x045F, "dz"},
      {0x0448, "s"},
      // Russian, Bulgarian.
      {0x0451, "e"},
      {0x0439, "j"},
      {0x044A, ""},
      {0x044B, "y"},
      {0x044C, ""},
      {0x044D, "e"},
      {0x044E, "yu"},
      {0x044F, "ya"},
      {0x0449, "shch"},
      // Ukrainian, Belarusian.
      {0x0456, "i"},
      {0x0457, "yi"},
      {0x0454, "ye"},
      {0x0491, "g"},
      {0x045E, "u"},
      // Macedonian (and the grave-accented vowels of Macedonian/Bulgarian).
      {0x0453, "gj"},
      {0x045C, "kj"},
      {0x0455, "dz"},
      {0x0450, "e"},
      {0x045D, "i"},
      // Kazakh, Tatar, Bashkir letters ICU's Cyrillic-Latin leaves non-ASCII.
      {0x049B, "k"},
      {0x04D9, "a"},
      {0x04A3, "n"},
      {0x0493, "g"},
      {0x04AF, "u"},
      {0x04B1, "u"},
      {0x04E9, "o"},
      {0x04BB, "h"},
  };
  return readings;
}

// Explicit choices that ICU's data does not make for us.
struct Override {
  UChar32 cp;
  std::string_view output;
  CharClass cls;
};

const std::vector<Override>& overrides() {
  static const std::vector<Override> list = {
      // Invisible characters that split words without showing: removed, flagged.
      {0x200B, "", CharClass::zero_width},
      {0x200C, "", CharClass::zero_width},
      {0x2060, "", CharClass::zero_width},
      {0xFEFF, "", CharClass::zero_width},
      {0x00AD, "", CharClass::zero_width},
      {0x180E, "", CharClass::zero_width},
      {0x200E, "", CharClass::zero_width},
      {0x200F, "", CharClass::zero_width},
      {0x2061, "", CharClass::zero_width},
      {0x2062, "", CharClass::zero_width},
      {0x2063, "", CharClass::zero_width},
      {0x2064, "", CharClass::zero_width},
      {0x202A, "", CharClass::zero_width},
      {0x202B, "", CharClass::zero_width},
      {0x202C, "", CharClass::zero_width},
      {0x202D, "", CharClass::zero_width},
      {0x202E, "", CharClass::zero_width},
      {0x2066, "", CharClass::zero_width},
      {0x2067, "", CharClass::zero_width},
      {0x2068, "", CharClass::zero_width},
      {0x2069, "", CharClass::zero_width},
      // The replacement character reads as a separator.
      {0xFFFD, " ", CharClass::space},
      // Currency signs people write amounts with.
      {0x20AC, "eur", CharClass::punct},
      {0x00A3, "gbp", CharClass::punct},
      {0x20BD, "rub", CharClass::punct},
      {0x20B4, "uah", CharClass::punct},
      {0x20BA, "try", CharClass::punct},
      {0x20B9, "inr", CharClass::punct},
      {0x00A5, "jpy", CharClass::punct},
      {0xFFE5, "jpy", CharClass::punct},
      {0xFFE1, "gbp", CharClass::punct},
      // Typographic quotes and apostrophes.
      {0x2018, "'", CharClass::punct},
      {0x2019, "'", CharClass::punct},
      {0x201A, "'", CharClass::punct},
      {0x201B, "'", CharClass::punct},
      {0x2032, "'", CharClass::punct},
      {0x2035, "'", CharClass::punct},
      {0x2039, "'", CharClass::punct},
      {0x203A, "'", CharClass::punct},
      {0x00B4, "'", CharClass::punct},
      {0x02BC, "'", CharClass::punct},
      {0x201C, "\"", CharClass::punct},
      {0x201D, "\"", CharClass::punct},
      {0x201E, "\"", CharClass::punct},
      {0x201F, "\"", CharClass::punct},
      {0x2033, "\"", CharClass::punct},
      {0x2036, "\"", CharClass::punct},
      {0x00AB, "\"", CharClass::punct},
      {0x00BB, "\"", CharClass::punct},
      {0x301D, "\"", CharClass::punct},
      {0x301E, "\"", CharClass::punct},
      // Minus and slashes that stand for ASCII ones.
      {0x2212, "-", CharClass::punct},
      {0x2043, "-", CharClass::punct},
      {0x2044, "/", CharClass::punct},
      {0x2215, "/", CharClass::punct},
  };
  return list;
}

// Separators inside a folded string collapse to one space and never lead or
// trail, so the normaliser's whitespace collapsing stays simple.
std::string tidy_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class Folder {
 public:
  Folder() {
    UErrorCode status = U_ZERO_ERROR;
    nfkc_cf_ = icu::Normalizer2::getNFKCCasefoldInstance(status);
    nfd_ = icu::Normalizer2::getNFDInstance(status);
    latin_ascii_.reset(
        icu::Transliterator::createInstance("Latin-ASCII; Lower", UTRANS_FORWARD, status));
    cyrillic_latin_.reset(icu::Transliterator::createInstance(
        "Cyrillic-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower", UTRANS_FORWARD,
        status));
    if (U_FAILURE(status)) {
      std::fprintf(stderr, "ICU setup failed: %s\n", u_errorName(status));
      std::exit(1);
    }
    UErrorCode greek_status = U_ZERO_ERROR;
    greek_latin_.reset(icu::Transliterator::createInstance("Greek-Latin/UNGEGN; Latin-ASCII; Lower",
                                                           UTRANS_FORWARD, greek_status));
    if (U_FAILURE(greek_status)) {
      greek_status = U_ZERO_ERROR;
      greek_latin_.reset(icu::Transliterator::createInstance("Greek-Latin; Latin-ASCII; Lower",
                                                             UTRANS_FORWARD, greek_status));
    }
    if (U_FAILURE(greek_status)) {
      std::fprintf(stderr, "ICU Greek-Latin failed: %s\n", u_errorName(greek_status));
      std::exit(1);
    }
    for (const Override& o : overrides()) overrides_[o.cp] = &o;
  }

  // The match-form bytes and class of one code point.
  void fold(UChar32 cp, std::string& out, CharClass& cls) const {
    if (auto it = overrides_.find(cp); it != overrides_.end()) {
      out = std::string(it->second->output);
      cls = it->second->cls;
      return;
    }
    const auto category = static_cast<UCharCategory>(u_charType(cp));
    if (u_isUWhiteSpace(cp) || category == U_CONTROL_CHAR || category == U_SPACE_SEPARATOR ||
        category == U_LINE_SEPARATOR || category == U_PARAGRAPH_SEPARATOR ||
        category == U_PRIVATE_USE_CHAR || category == U_UNASSIGNED || category == U_SURROGATE) {
      out.assign(1, ' ');
      cls = CharClass::space;
      return;
    }
    if (u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) {
      out.clear();
      cls = CharClass::joiner;
      return;
    }
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
        category == U_COMBINING_SPACING_MARK) {
      if (script_of(cp) == USCRIPT_INHERITED && category != U_COMBINING_SPACING_MARK) {
        out.clear();  // A diacritic: removed, like the accents of precomposed letters.
        cls = CharClass::mark;
        return;
      }
      // Vowel signs and viramas of other scripts are part of their words.
      UErrorCode status = U_ZERO_ERROR;
      out = to_utf8(nfkc_cf_->normalize(icu::UnicodeString(cp), status));
      cls = CharClass::other_letter;
      return;
    }

    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString folded = nfkc_cf_->normalize(icu::UnicodeString(cp), status);
    std::string raw;
    for (int32_t i = 0; i < folded.length();) {
      const UChar32 part = folded.char32At(i);
      raw += fold_part(part);
      i += U16_LENGTH(part);
    }
    out = tidy_spaces(raw);

    const bool alphabetic = u_hasBinaryProperty(cp, UCHAR_ALPHABETIC);
    const UScriptCode script = script_of(cp);
    if (raw.find_first_not_of(' ') == std::string::npos && !raw.empty()) {
      out.assign(1, ' ');
      cls = CharClass::space;
    } else if (alphabetic && script == USCRIPT_CYRILLIC) {
      cls = CharClass::cyrillic;
    } else if (alphabetic && script != USCRIPT_GREEK && is_ascii_letters(out)) {
      cls = CharClass::latin;
    } else if (alphabetic) {
      cls = CharClass::other_letter;
    } else if (is_ascii_digits(out) &&
               (category == U_DECIMAL_DIGIT_NUMBER || category == U_OTHER_NUMBER ||
                category == U_LETTER_NUMBER)) {
      cls = CharClass::digit;
    } else if (out.empty()) {
      cls = CharClass::joiner;
    } else if (category == U_OTHER_SYMBOL || category == U_MATH_SYMBOL ||
               category == U_CURRENCY_SYMBOL || category == U_MODIFIER_SYMBOL ||
               category == U_OTHER_NUMBER) {
      // Symbols are word separators unless they fold to plain ASCII (＄, ＋, ㎏).
      if (!is_ascii(out)) {
        out.assign(1, ' ');
        cls = CharClass::space;
      } else {
        cls = CharClass::punct;
      }
    } else if (is_ascii(out)) {
      cls = CharClass::punct;
    } else {
      // Non-ASCII leftovers of punctuation: separators.
      out.assign(1, ' ');
      cls = CharClass::space;
    }
  }

 private:
  static UScriptCode script_of(UChar32 cp) {
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(cp, &status);
  }

  std::string run(const icu::Transliterator& t, UChar32 cp) const {
    icu::UnicodeString s(cp);
    t.transliterate(s);
    return to_utf8(s);
  }

  // Folds one code point of an NFKC_Casefold result.
  std::string fold_part(UChar32 cp) const {
    if (cp < 0x80) {
      if (cp <= 0x20 || cp == 0x7F) return " ";
      return std::string(1, static_cast<char>(cp));
    }
    const auto category = static_cast<UCharCategory>(u_charType(cp));
    const UScriptCode script = script_of(cp);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK) {
      return script == USCRIPT_INHERITED ? std::string() : to_utf8(cp);
    }
    if (auto it = overrides_.find(cp); it != overrides_.end()) {
      return std::string(it->second->output);
    }
    if (category == U_DECIMAL_DIGIT_NUMBER) {
      return std::string(1, static_cast<char>('0' + u_charDigitValue(cp)));
    }
    if (category == U_DASH_PUNCTUATION) return "-";
    if (category == U_INITIAL_PUNCTUATION || category == U_FINAL_PUNCTUATION) return "\"";
    if (u_isUWhiteSpace(cp) || category == U_SPACE_SEPARATOR || category == U_CONTROL_CHAR) {
      return " ";
    }
    if (script == USCRIPT_CYRILLIC && u_hasBinaryProperty(cp, UCHAR_ALPHABETIC)) {
      if (auto it = cyrillic_readings().find(cp); it != cyrillic_readings().end()) {
        return std::string(it->second);
      }
      const std::string fallback = run(*cyrillic_latin_, cp);
      return is_ascii_letters(fallback) ? fallback : to_utf8(cp);
    }
    if (script == USCRIPT_GREEK && u_hasBinaryProperty(cp, UCHAR_ALPHABETIC)) {
      const std::string latin = run(*greek_latin_, cp);
      return is_ascii_letters(latin) ? latin : to_utf8(cp);
    }
    if (u_hasBinaryProperty(cp, UCHAR_ALPHABETIC) &&
        (script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED)) {
      if (cp == 0x0111) return "dj";  // đ: Serbian/Croatian reading, not ICU's "d".
      const std::string ascii = run(*latin_ascii_, cp);
      if (is_ascii_letters(ascii)) return ascii;
      // Strip combining marks and try the base letter.
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString decomposed = nfd_->normalize(icu::UnicodeString(cp), status);
      if (U_SUCCESS(status) && decomposed.length() > 0) {
        const UChar32 base = decomposed.char32At(0);
        if (base != cp) {
          const std::string base_ascii = run(*latin_ascii_, base);
          if (is_ascii_letters(base_ascii)) return base_ascii;
        }
      }
      return to_utf8(cp);
    }
    if (category == U_OTHER_PUNCTUATION || category == U_START_PUNCTUATION ||
        category == U_END_PUNCTUATION || category == U_CONNECTOR_PUNCTUATION) {
      return " ";
    }
    if (category == U_OTHER_SYMBOL || category == U_MATH_SYMBOL || category == U_CURRENCY_SYMBOL ||
        category == U_MODIFIER_SYMBOL || category == U_OTHER_NUMBER ||
        category == U_PRIVATE_USE_CHAR || category == U_UNASSIGNED || category == U_FORMAT_CHAR) {
      return " ";
    }
    return to_utf8(cp);  // A letter with no ASCII reading: keep it.
  }

  const icu::Normalizer2* nfkc_cf_ = nullptr;
  const icu::Normalizer2* nfd_ = nullptr;
  std::unique_ptr<icu::Transliterator> latin_ascii_;
  std::unique_ptr<icu::Transliterator> cyrillic_latin_;
  std::unique_ptr<icu::Transliterator> greek_latin_;
  std::map<UChar32, const Override*> overrides_;
};

// Deduplicating string pool.
class Pool {
 public:
  std::uint32_t add(const std::string& s) {
    if (auto it = offsets_.find(s); it != offsets_.end()) return it->second;
    const auto offset = static_cast<std::uint32_t>(bytes_.size());
    bytes_ += s;
    offsets_.emplace(s, offset);
    return offset;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::map<std::string, std::uint32_t> offsets_;
};

void write_table(std::ostream& os, const std::vector<std::uint16_t>& stage1,
                 const std::vector<std::uint32_t>& stage2, const std::string& pool,
                 std::size_t changed) {
  os << "// Generated by tools/fold_table_gen.cpp from ICU " << U_ICU_VERSION
     << " data. Do not edit.\n"
     << "// " << changed << " code points change; pool " << pool.size() << " bytes; "
     << stage2.size() / jobscreen::detail::kBlockSize << " distinct blocks.\n"
     << "#include \"normalize/fold_table.hpp\"\n\n"
     << "namespace jobscreen::detail {\n\n"
     << "const std::uint16_t kFoldStage1[" << stage1.size() << "] = {";
  for (std::size_t i = 0; i < stage1.size(); ++i) {
    os << (i % 16 == 0 ? "\n    " : " ") << stage1[i] << ",";
  }
  os << "\n};\n\nconst std::uint32_t kFoldStage2[" << stage2.size() << "] = {";
  for (std::size_t i = 0; i < stage2.size(); ++i) {
    os << (i % 8 == 0 ? "\n    " : " ") << stage2[i] << "u,";
  }
  os << "\n};\n\nconst char kFoldPool[" << pool.size() + 1 << "] =";
  for (std::size_t i = 0; i < pool.size(); ++i) {
    if (i % 32 == 0) os << "\n    \"";
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned char>(pool[i]));
    os << buf;
    if (i % 32 == 31 || i + 1 == pool.size()) os << "\"";
  }
  if (pool.empty()) os << " \"\"";
  os << ";\n\n}  // namespace jobscreen::detail\n";
}

}  // namespace

int main(int argc, char** argv) {
  namespace d = jobscreen::detail;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s OUTPUT.cpp\n", argv[0]);
    return 2;
  }
  const Folder folder;
  Pool pool;
  std::vector<std::uint32_t> entries(d::kCodePointLimit);
  std::size_t changed = 0;
  std::string out;
  CharClass cls{};
  for (UChar32 cp = 0; cp < static_cast<UChar32>(d::kCodePointLimit); ++cp) {
    folder.fold(cp, out, cls);
    const bool keep = out == to_utf8(cp) && cls != CharClass::space;
    if (!keep && out.size() > d::kEntryMaxLength) {
      entries[static_cast<std::size_t>(cp)] = d::make_entry(0, 0, cls, true);
      continue;
    }
    if (!keep && u_charType(cp) != U_UNASSIGNED) ++changed;
    const std::uint32_t offset = keep ? 0 : pool.add(out);
    if (offset + out.size() > d::kEntryMaxOffset) {
      std::fprintf(stderr, "string pool too large for the entry layout\n");
      return 1;
    }
    entries[static_cast<std::size_t>(cp)] =
        d::make_entry(offset, keep ? 0 : static_cast<std::uint32_t>(out.size()), cls, keep);
  }

  // Two-stage table: identical blocks are stored once.
  std::vector<std::uint16_t> stage1;
  std::vector<std::uint32_t> stage2;
  std::map<std::vector<std::uint32_t>, std::uint16_t> block_index;
  for (std::size_t start = 0; start < entries.size(); start += d::kBlockSize) {
    std::vector<std::uint32_t> block(
        entries.begin() + static_cast<std::ptrdiff_t>(start),
        entries.begin() + static_cast<std::ptrdiff_t>(start + d::kBlockSize));
    auto [it, inserted] =
        block_index.emplace(block, static_cast<std::uint16_t>(stage2.size() / d::kBlockSize));
    if (inserted) stage2.insert(stage2.end(), block.begin(), block.end());
    stage1.push_back(it->second);
  }

  const std::string tmp_path = std::string(argv[1]) + ".tmp";
  {
    std::ofstream os(tmp_path, std::ios::binary);
    write_table(os, stage1, stage2, pool.bytes(), changed);
    if (!os) {
      std::fprintf(stderr, "cannot write %s\n", tmp_path.c_str());
      return 1;
    }
  }
  if (std::rename(tmp_path.c_str(), argv[1]) != 0) {
    std::fprintf(stderr, "cannot rename %s\n", tmp_path.c_str());
    return 1;
  }
  return 0;
}
