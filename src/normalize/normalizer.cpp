// normalize(): the pipeline of the match form (see docs/normalization.md).
#include <algorithm>
#include <cstdint>
#include <limits>

#include "jobscreen/normalize.hpp"
#include "normalize/fold_pass.hpp"
#include "normalize/leetspeak.hpp"
#include "normalize/spaced_letters.hpp"
#include "normalize/utf8_decode.hpp"

namespace jobscreen {
namespace {

// Source offsets are 32-bit, so no more than this is ever read.
constexpr std::size_t kMaxReadableBytes = std::numeric_limits<std::uint32_t>::max() - 1;

// The length of the head of `input` that is read: at most `limit` bytes, cut
// before a code point that would straddle the limit.
std::size_t readable_length(std::string_view input, std::size_t limit) {
  if (input.size() <= limit) return input.size();
  std::size_t cut = limit;
  const auto* bytes = reinterpret_cast<const unsigned char*>(input.data());
  // Back up over at most three continuation bytes to the lead byte, and drop
  // that code point if it does not fit whole.
  std::size_t lead = cut;
  while (lead > 0 && cut - lead < 3 && detail::is_continuation(bytes[lead])) --lead;
  if (lead < cut && !detail::is_continuation(bytes[lead])) {
    const detail::DecodedCodePoint decoded = detail::decode_utf8(bytes + lead, input.size() - lead);
    if (decoded.valid && lead + decoded.length > cut) cut = lead;
  }
  return cut;
}

}  // namespace

NormalizedText normalize(std::string_view input, const NormalizeOptions& options) {
  NormalizedText out;
  const std::size_t length = readable_length(input, std::min(options.max_bytes, kMaxReadableBytes));
  if (length < input.size()) out.flags |= Flag::truncated;
  const std::string_view head = input.substr(0, length);

  const detail::FoldOutcome fold = detail::fold_text(head, out.text, out.source);
  out.flags |= fold.flags;
  if (fold.may_have_leet && detail::read_leetspeak(out.text)) out.flags |= Flag::leet;
  if (!fold.single_letter_streaks.empty()) {
    out.flags |=
        detail::join_spaced_letters(out.text, out.source, head, fold.single_letter_streaks);
  }
  out.source.push_back(static_cast<std::uint32_t>(length));
  return out;
}

}  // namespace jobscreen
