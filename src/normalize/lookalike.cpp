#include "normalize/lookalike.hpp"

namespace jobscreen::detail {

char latin_lookalike_of_cyrillic(std::uint32_t code_point) {
  switch (code_point) {
    case 0x0430:
    case 0x0410:
      return 'a';  // а А
    case 0x0412:
      return 'b';  // В (only upper case looks like B)
    case 0x0441:
    case 0x0421:
      return 'c';  // с С
    case 0x0501:
      return 'd';  // ԁ
    case 0x0435:
    case 0x0415:
      return 'e';  // е Е
    case 0x041D:
    case 0x04BB:
      return 'h';  // Н һ
    case 0x0456:
    case 0x0406:
      return 'i';  // і І
    case 0x0458:
    case 0x0408:
      return 'j';  // ј Ј
    case 0x043A:
    case 0x041A:
      return 'k';  // к К
    case 0x04CF:
      return 'l';  // ӏ
    case 0x043C:
    case 0x041C:
      return 'm';  // м М
    case 0x043E:
    case 0x041E:
      return 'o';  // о О
    case 0x0440:
    case 0x0420:
      return 'p';  // р Р
    case 0x051B:
      return 'q';  // ԛ
    case 0x0455:
    case 0x0405:
      return 's';  // ѕ Ѕ
    case 0x0442:
    case 0x0422:
      return 't';  // т Т
    case 0x051D:
      return 'w';  // ԝ
    case 0x0445:
    case 0x0425:
      return 'x';  // х Х
    case 0x0443:
    case 0x0423:
    case 0x04AF:
    case 0x04AE:
      return 'y';  // у У ү Ү
    default:
      return 0;
  }
}

char cyrillic_reading_of_latin(char ascii_letter) {
  // Not x and y: Latin-to-Cyrillic converters leave x, y, w, q in Latin
  // ("инбоx"), so there they are meant as themselves.
  switch (ascii_letter) {
    case 'p':
    case 'P':
      return 'r';  // р
    case 'c':
    case 'C':
      return 's';  // с
    case 'B':
      return 'v';  // В
    case 'H':
      return 'n';  // Н
    default:
      return 0;
  }
}

bool has_cyrillic_lookalike(char ascii_letter) {
  switch (ascii_letter) {
    case 'a':
    case 'c':
    case 'e':
    case 'o':
    case 'p':
    case 'x':
    case 'y':
    case 'j':
    case 's':
    case 'i':
    case 'k':
    case 'm':
    case 't':
    case 'A':
    case 'B':
    case 'C':
    case 'E':
    case 'H':
    case 'I':
    case 'J':
    case 'K':
    case 'M':
    case 'O':
    case 'P':
    case 'S':
    case 'T':
    case 'X':
    case 'Y':
      return true;
    default:
      return false;
  }
}

}  // namespace jobscreen::detail
