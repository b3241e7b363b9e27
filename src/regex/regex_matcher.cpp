#include "regex/regex_matcher.hpp"

#include <re2/re2.h>
#include <re2/set.h>

namespace jobscreen::detail {
namespace {

// The set holds every regex rule at once, so it gets the larger budget; a
// single rule keeps RE2's default (8 MiB) so one bad pattern cannot hold
// 64 MiB of DFA cache per copy. Running out is reported, never silent.
constexpr std::int64_t kSetMaxMem = 64 << 20;
constexpr std::int64_t kRuleMaxMem = 8 << 20;

RE2::Options match_form_options(std::int64_t max_mem) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(false);  // the match form is lower-case; forgive "Viber" in a rule
  options.set_max_mem(max_mem);
  return options;
}

}  // namespace

struct RegexMatcher::Impl {
  Impl() : set(match_form_options(kSetMaxMem), RE2::UNANCHORED) {}
  RE2::Set set;
  std::vector<std::unique_ptr<RE2>> patterns;  // index = set index
  std::vector<std::uint32_t> ids;              // set index -> caller's id
  bool compiled = false;
};

RegexMatcher::RegexMatcher() : impl_(std::make_unique<Impl>()) {}
RegexMatcher::~RegexMatcher() = default;

std::optional<std::string> RegexMatcher::add(std::string_view pattern, std::uint32_t id) {
  auto re = std::make_unique<RE2>(re2::StringPiece(pattern.data(), pattern.size()),
                                  match_form_options(kRuleMaxMem));
  if (!re->ok()) return re->error();
  std::string error;
  if (impl_->set.Add(re2::StringPiece(pattern.data(), pattern.size()), &error) < 0) return error;
  impl_->patterns.push_back(std::move(re));
  impl_->ids.push_back(id);
  return std::nullopt;
}

bool RegexMatcher::compile() {
  if (impl_->patterns.empty()) return true;
  impl_->compiled = impl_->set.Compile();
  return impl_->compiled;
}

std::size_t RegexMatcher::size() const { return impl_->patterns.size(); }

void RegexMatcher::collect_spans(std::size_t index, std::string_view text,
                                 std::vector<RegexMatch>& out, std::size_t max_per_id) const {
  const RE2& re = *impl_->patterns[index];
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  std::size_t pos = 0;
  for (std::size_t found = 0; found < max_per_id && pos <= text.size(); ++found) {
    if (!re.Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) break;
    const auto begin = static_cast<std::size_t>(m.data() - text.data());
    out.push_back({impl_->ids[index], static_cast<std::uint32_t>(begin),
                   static_cast<std::uint32_t>(begin + m.size())});
    pos = begin + (m.empty() ? 1 : m.size());
  }
}

bool RegexMatcher::find_all(std::string_view text, std::vector<RegexMatch>& out,
                            std::size_t max_per_id) const {
  if (!impl_->compiled) return impl_->patterns.empty();
  std::vector<int> matched;
  RE2::Set::ErrorInfo error{};
  bool complete = true;
  if (!impl_->set.Match(re2::StringPiece(text.data(), text.size()), &matched, &error)) {
    if (error.kind == RE2::Set::kNoError) return true;  // nothing matched
    // The set ran out of memory: try every rule's own RE2 so nothing is
    // silently missed, and report the degradation.
    complete = false;
    matched.clear();
    for (std::size_t i = 0; i < impl_->patterns.size(); ++i) matched.push_back(static_cast<int>(i));
  }
  for (int index : matched) collect_spans(static_cast<std::size_t>(index), text, out, max_per_id);
  return complete;
}

}  // namespace jobscreen::detail
