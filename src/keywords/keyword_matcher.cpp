// Keyword phrases in two steps, neither of which slows down as keywords are
// added: each text word is mapped to the word patterns it satisfies (hash
// table + prefix trie, see word_lexicon.hpp), then phrases are followed in a
// trie over word-pattern ids, started only at words that begin some phrase.
// Phrases are matched over sets because one word can satisfy several word
// patterns (its exact word and any number of prefixes).
#include "keywords/keyword_matcher.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "keywords/word_lexicon.hpp"
#include "keywords/word_scanner.hpp"

namespace jobscreen::detail {
namespace {

constexpr std::uint32_t kNone = WordLexicon::kNone;

// A text word that satisfies at least one word pattern.
struct Hit {
  std::uint32_t word = 0;  ///< index among all words of the text
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::uint32_t first_id = 0;  ///< its word-pattern ids: Buffers::ids[first_id, last_id)
  std::uint32_t last_id = 0;
};

// A phrase trie node reached from a start hit: its terminals end at `hit`.
struct Reach {
  std::uint32_t id = 0;
  std::uint32_t node = 0;
  std::uint32_t hit = 0;
};

// A phrase trie node and its hits level_hits[first, last), sorted.
struct Frontier {
  std::uint32_t node = 0;
  std::uint32_t first = 0;
  std::uint32_t last = 0;
};

// For one id: up to which word the last reported match reaches, valid when
// `call` is the scratch's current call number (so it is never cleared).
struct KeptUntil {
  std::uint32_t call = 0;
  std::uint32_t last_word = 0;
};

// A word of a pattern phrase: bytes, and whether it ended in '*'.
struct PatternWord {
  std::string_view text;
  bool prefix = false;
};

// Words as the text tokeniser sees them; a '*' right after a word makes it a
// prefix, any other non-word byte only separates.
std::vector<PatternWord> split_pattern(std::string_view phrase) {
  std::vector<PatternWord> words;
  std::size_t i = 0;
  while (i < phrase.size()) {
    const bool star = phrase[i] == '*';
    if (!is_word_byte(static_cast<unsigned char>(phrase[i])) && !star) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < phrase.size() && is_word_byte(static_cast<unsigned char>(phrase[end]))) ++end;
    const bool prefix = end < phrase.size() && phrase[end] == '*';
    words.push_back({phrase.substr(i, end - i), prefix});
    i = prefix ? end + 1 : end;
  }
  return words;
}

}  // namespace

struct KeywordScratch::Buffers {
  std::vector<Hit> hits;
  std::vector<std::uint32_t> ids;
  std::vector<Reach> reached;
  // follow_gapped: trie nodes of one level with their hits, and the steps
  // (child node, hit) that make the next level.
  std::vector<Frontier> level;
  std::vector<std::uint32_t> level_hits;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> steps;
  std::vector<KeptUntil> kept;  // by dense id
  WordScanner words;
  std::uint32_t call = 0;
};

KeywordScratch::KeywordScratch() : buffers_(std::make_unique<Buffers>()) {}
KeywordScratch::~KeywordScratch() = default;
KeywordScratch::KeywordScratch(KeywordScratch&&) noexcept = default;
KeywordScratch& KeywordScratch::operator=(KeywordScratch&&) noexcept = default;

struct KeywordMatcher::Impl {
  // Phrase trie node: children keyed by word-pattern id (sorted), terminals
  // are the dense ids of the patterns that end here.
  struct Node {
    std::uint32_t first_edge = 0;
    std::uint32_t edge_count = 0;
    std::uint32_t first_terminal = 0;
    std::uint32_t terminal_count = 0;
  };
  struct Start {
    std::uint32_t node = 0;
    std::uint32_t gap = 0;
  };

  std::size_t pattern_count = 0;
  std::vector<std::uint32_t> ids;  ///< pattern ids, sorted: dense id -> id
  WordLexicon lexicon;
  std::vector<Node> nodes;
  std::vector<std::uint32_t> edge_patterns;
  std::vector<std::uint32_t> edge_children;
  std::vector<std::uint32_t> terminals;
  // Phrases whose first word is word pattern w start at starts[start_offsets[w] ...].
  std::vector<std::uint32_t> start_offsets;
  std::vector<Start> starts;

  void build(const std::vector<KeywordPattern>& patterns);
  std::uint32_t child(std::uint32_t node, std::uint32_t word_pattern) const;
  void follow_adjacent(std::uint32_t node, std::uint32_t hit, KeywordScratch::Buffers& b) const;
  void follow_gapped(std::uint32_t start_node, std::uint32_t start_hit, std::uint32_t gap,
                     KeywordScratch::Buffers& b) const;
  void find_all(std::string_view text, std::vector<KeywordMatch>& out,
                KeywordScratch::Buffers& b) const;
};

void KeywordMatcher::Impl::build(const std::vector<KeywordPattern>& patterns) {
  pattern_count = patterns.size();
  for (const KeywordPattern& pattern : patterns) ids.push_back(pattern.id);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  // One trie per gap value: a path shared by phrases with different gaps
  // would be followed with the wrong window.
  struct BuildNode {
    std::map<std::uint32_t, std::uint32_t> children;
    std::vector<std::uint32_t> terminals;
  };
  std::vector<BuildNode> build;
  std::map<std::uint32_t, std::uint32_t> root_by_gap;
  for (const KeywordPattern& pattern : patterns) {
    const std::vector<PatternWord> words = split_pattern(pattern.phrase);
    if (words.empty()) continue;
    auto [root, added] = root_by_gap.try_emplace(pattern.gap, 0);
    if (added) {
      root->second = static_cast<std::uint32_t>(build.size());
      build.emplace_back();
    }
    std::uint32_t node = root->second;
    for (const PatternWord& word : words) {
      const std::uint32_t wp =
          word.prefix ? lexicon.add_prefix(word.text) : lexicon.add_exact(word.text);
      auto it = build[node].children.find(wp);
      if (it == build[node].children.end()) {
        build.emplace_back();
        it = build[node].children.emplace(wp, static_cast<std::uint32_t>(build.size() - 1)).first;
      }
      node = it->second;
    }
    const auto dense_id = static_cast<std::uint32_t>(
        std::lower_bound(ids.begin(), ids.end(), pattern.id) - ids.begin());
    auto& t = build[node].terminals;
    if (std::find(t.begin(), t.end(), dense_id) == t.end()) t.push_back(dense_id);
  }
  lexicon.finish();

  nodes.resize(build.size());
  for (std::size_t i = 0; i < build.size(); ++i) {
    Node& n = nodes[i];
    n.first_edge = static_cast<std::uint32_t>(edge_patterns.size());
    n.edge_count = static_cast<std::uint32_t>(build[i].children.size());
    for (const auto& [wp, c] : build[i].children) {
      edge_patterns.push_back(wp);
      edge_children.push_back(c);
    }
    n.first_terminal = static_cast<std::uint32_t>(terminals.size());
    n.terminal_count = static_cast<std::uint32_t>(build[i].terminals.size());
    std::sort(build[i].terminals.begin(), build[i].terminals.end());
    terminals.insert(terminals.end(), build[i].terminals.begin(), build[i].terminals.end());
  }

  std::vector<std::vector<Start>> by_word(lexicon.size());
  for (const auto& [gap, root] : root_by_gap) {
    for (const auto& [wp, c] : build[root].children) by_word[wp].push_back({c, gap});
  }
  start_offsets.assign(1, 0);
  for (const auto& list : by_word) {
    starts.insert(starts.end(), list.begin(), list.end());
    start_offsets.push_back(static_cast<std::uint32_t>(starts.size()));
  }
}

std::uint32_t KeywordMatcher::Impl::child(std::uint32_t node, std::uint32_t word_pattern) const {
  const Node& n = nodes[node];
  const std::uint32_t* first = edge_patterns.data() + n.first_edge;
  const std::uint32_t* last = first + n.edge_count;
  const std::uint32_t* it = std::lower_bound(first, last, word_pattern);
  if (it == last || *it != word_pattern) return kNone;
  return edge_children[static_cast<std::size_t>(it - edge_patterns.data())];
}

// Adjacent words: a walk down the trie, branching only where one word
// satisfies several word patterns that the trie continues with.
void KeywordMatcher::Impl::follow_adjacent(std::uint32_t node, std::uint32_t hit,
                                           KeywordScratch::Buffers& b) const {
  const Node& n = nodes[node];
  for (std::uint32_t t = 0; t < n.terminal_count; ++t) {
    b.reached.push_back({terminals[n.first_terminal + t], node, hit});
  }
  const std::uint32_t next = hit + 1;
  if (n.edge_count == 0 || next == b.hits.size() || b.hits[next].word != b.hits[hit].word + 1) {
    return;
  }
  const Hit h = b.hits[next];
  for (std::uint32_t i = h.first_id; i < h.last_id; ++i) {
    const std::uint32_t c = child(node, b.ids[i]);
    if (c != kNone) follow_adjacent(c, next, b);
  }
}

// With gaps a phrase can continue from many places, and the earliest choice
// of a middle word is not always the one that completes it. So, level by
// level (one level per phrase word), every trie node keeps the sorted list of
// hits it can end at: a node's earliest end is the first of its list, and the
// next level is built from the union of the windows after the list's hits.
// Cost per start: phrase length x window, however repetitive the text.
void KeywordMatcher::Impl::follow_gapped(std::uint32_t start_node, std::uint32_t start_hit,
                                         std::uint32_t gap, KeywordScratch::Buffers& b) const {
  b.level.assign(1, {start_node, 0, 1});
  b.level_hits.assign(1, start_hit);
  while (!b.level.empty()) {
    b.steps.clear();
    for (const Frontier& f : b.level) {
      const Node& n = nodes[f.node];
      const std::uint32_t* list = b.level_hits.data() + f.first;
      const std::uint32_t count = f.last - f.first;
      for (std::uint32_t t = 0; t < n.terminal_count; ++t) {
        b.reached.push_back({terminals[n.first_terminal + t], f.node, list[0]});
      }
      if (n.edge_count == 0) continue;
      std::uint32_t from = 0;  // the last of `list` before q
      for (std::uint32_t q = list[0] + 1; q < b.hits.size(); ++q) {
        while (from + 1 < count && list[from + 1] < q) ++from;
        if (b.hits[q].word > std::uint64_t{b.hits[list[from]].word} + 1 + gap) {
          if (from + 1 == count) break;
          q = list[from + 1];  // skip to the next window
          continue;
        }
        const Hit& h = b.hits[q];
        for (std::uint32_t i = h.first_id; i < h.last_id; ++i) {
          const std::uint32_t c = child(f.node, b.ids[i]);
          if (c != kNone) b.steps.push_back({c, q});
        }
      }
    }
    // A trie node has one parent, so each child's hits arrive in order from
    // one list: sorting by node groups them and keeps them sorted.
    std::sort(b.steps.begin(), b.steps.end());
    b.level.clear();
    b.level_hits.clear();
    for (std::size_t i = 0; i < b.steps.size();) {
      const std::uint32_t node = b.steps[i].first;
      const auto first = static_cast<std::uint32_t>(b.level_hits.size());
      for (; i < b.steps.size() && b.steps[i].first == node; ++i) {
        b.level_hits.push_back(b.steps[i].second);
      }
      b.level.push_back({node, first, static_cast<std::uint32_t>(b.level_hits.size())});
    }
  }
}

void KeywordMatcher::Impl::find_all(std::string_view text, std::vector<KeywordMatch>& out,
                                    KeywordScratch::Buffers& b) const {
  b.hits.clear();
  b.ids.clear();
  if (b.kept.size() < ids.size()) b.kept.resize(ids.size());
  if (++b.call == 0) {  // wrapped: old stamps could look current
    std::fill(b.kept.begin(), b.kept.end(), KeptUntil{});
    b.call = 1;
  }
  // Offsets are 32-bit; the normaliser's input limit keeps texts far below.
  if (text.size() > std::numeric_limits<std::uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<std::uint32_t>::max());
  }

  // 1. Words, and the word patterns each satisfies.
  b.words.scan(text);
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = data + text.size();
  const std::uint32_t* begins = b.words.begins();
  const std::uint32_t* ends = b.words.ends();
  const auto word_count = static_cast<std::uint32_t>(b.words.size());
  for (std::uint32_t word = 0; word < word_count; ++word) {
    const auto first_id = static_cast<std::uint32_t>(b.ids.size());
    lexicon.lookup(data + begins[word], data + ends[word], end, b.ids);
    if (b.ids.size() != first_id) {
      b.hits.push_back(
          {word, begins[word], ends[word], first_id, static_cast<std::uint32_t>(b.ids.size())});
    }
  }

  // 2. Phrases from every hit, in text order. Per id: the longest of its
  // patterns' earliest ends, unless an earlier match of the id overlaps it.
  // Starts ascend and ids ascend per start, so `out` comes out sorted.
  for (std::uint32_t hit = 0; hit < b.hits.size(); ++hit) {
    b.reached.clear();
    const Hit& h = b.hits[hit];
    for (std::uint32_t i = h.first_id; i < h.last_id; ++i) {
      const std::uint32_t wp = b.ids[i];
      for (std::uint32_t s = start_offsets[wp]; s < start_offsets[wp + 1]; ++s) {
        if (starts[s].gap == 0) {
          follow_adjacent(starts[s].node, hit, b);
        } else {
          follow_gapped(starts[s].node, hit, starts[s].gap, b);
        }
      }
    }
    if (b.reached.empty()) continue;
    if (b.reached.size() > 1) {
      std::sort(b.reached.begin(), b.reached.end(), [](const Reach& x, const Reach& y) {
        if (x.id != y.id) return x.id < y.id;
        if (x.node != y.node) return x.node < y.node;
        return x.hit < y.hit;
      });
    }
    for (std::size_t i = 0; i < b.reached.size();) {
      const std::uint32_t id = b.reached[i].id;
      std::uint32_t longest = 0;
      while (i < b.reached.size() && b.reached[i].id == id) {
        const std::uint32_t node = b.reached[i].node;
        longest = std::max(longest, b.reached[i].hit);  // first of the group = earliest end
        while (i < b.reached.size() && b.reached[i].id == id && b.reached[i].node == node) ++i;
      }
      KeptUntil& kept = b.kept[id];
      if (kept.call == b.call && h.word <= kept.last_word) continue;
      const Hit& last = b.hits[longest];
      kept = {b.call, last.word};
      out.push_back({ids[id], h.begin, last.end, h.word, last.word});
    }
  }
}

KeywordMatcher::KeywordMatcher(const std::vector<KeywordPattern>& patterns)
    : impl_(std::make_unique<Impl>()) {
  impl_->build(patterns);
}

KeywordMatcher::~KeywordMatcher() = default;

void KeywordMatcher::find_all(std::string_view match_form, std::vector<KeywordMatch>& out) const {
  KeywordScratch scratch;
  impl_->find_all(match_form, out, *scratch.buffers_);
}

void KeywordMatcher::find_all(std::string_view match_form, std::vector<KeywordMatch>& out,
                              KeywordScratch& scratch) const {
  if (!scratch.buffers_)
    scratch.buffers_ = std::make_unique<KeywordScratch::Buffers>();  // moved from
  impl_->find_all(match_form, out, *scratch.buffers_);
}

std::size_t KeywordMatcher::pattern_count() const { return impl_->pattern_count; }

std::size_t KeywordMatcher::memory_bytes() const {
  const Impl& m = *impl_;
  return sizeof(Impl) + m.lexicon.memory_bytes() - sizeof(WordLexicon) +
         m.nodes.capacity() * sizeof(Impl::Node) +
         (m.edge_patterns.capacity() + m.edge_children.capacity() + m.terminals.capacity() +
          m.start_offsets.capacity()) *
             sizeof(std::uint32_t) +
         m.starts.capacity() * sizeof(Impl::Start);
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> split_words(std::string_view match_form) {
  WordScanner scanner;
  scanner.scan(match_form);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> words(scanner.size());
  for (std::size_t i = 0; i < words.size(); ++i) {
    words[i] = {scanner.begins()[i], scanner.ends()[i]};
  }
  return words;
}

}  // namespace jobscreen::detail
