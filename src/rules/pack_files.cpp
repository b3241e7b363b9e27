// Merging pack files into one rule set: the checks that span files.
#include "rules/pack_files.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "rules/pack_reader.hpp"

namespace jobscreen::detail {
namespace {

// "file:line:col" as in diagnostics, or "line L, column C" within `this_file`.
std::string describe(const SourceLocation& where, const std::string& this_file) {
  const std::string line = std::to_string(where.line);
  const std::string column = std::to_string(where.column);
  if (where.file == this_file) return "line " + line + ", column " + column;
  std::string text = where.file;
  // Appended piecewise: GCC 12 reports a false -Wrestrict for ":" + std::string.
  text += ':';
  text += line;
  text += ':';
  text += column;
  return text;
}

// Diagnostics in reading order: files as loaded, then line and column. Checks
// that span files run last, so without this their findings would trail behind.
void sort_by_place(std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> files;
  for (const auto& d : diagnostics)
    if (std::find(files.begin(), files.end(), d.where.file) == files.end())
      files.push_back(d.where.file);
  auto rank = [&](const Diagnostic& d) {
    return std::find(files.begin(), files.end(), d.where.file) - files.begin();
  };
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) {
                     return std::tuple(rank(a), a.where.line, a.where.column) <
                            std::tuple(rank(b), b.where.line, b.where.column);
                   });
}

// Appends `items` to `into`, leaving out (and reporting) ids `into` has.
// Indexes the ids first: packs have hundreds of rules.
template <typename Item>
void append_unique(std::vector<Item>& into, const std::vector<Item>& items, const char* code,
                   const char* what, std::vector<Diagnostic>& diagnostics) {
  std::map<std::string, SourceLocation, std::less<>> first_place;
  for (const Item& item : into) first_place.emplace(item.id, item.where);
  for (const Item& item : items) {
    // A missing id was reported already (E102); it cannot clash.
    if (!item.id.empty()) {
      const auto [first, inserted] = first_place.emplace(item.id, item.where);
      if (!inserted) {
        diagnostics.push_back({code, Severity::error, item.where,
                               std::string("duplicate ") + what + " id '" + item.id +
                                   "' (first defined at " +
                                   describe(first->second, item.where.file) + ")"});
        continue;
      }
    }
    into.push_back(item);
  }
}

bool has_pack_info(const PackInfo& info) {
  return !info.name.empty() || !info.version.empty() || !info.languages.empty() ||
         !info.description.empty();
}

}  // namespace

void merge_definitions(RuleSet& into, const RuleSet& part, std::vector<Diagnostic>& diagnostics) {
  append_unique(into.families, part.families, "E108", "family", diagnostics);
  append_unique(into.rules, part.rules, "E107", "rule", diagnostics);
}

RuleSet assemble_pack(const std::vector<PackText>& files, std::vector<Diagnostic> diagnostics) {
  RuleSet set;
  for (const PackText& file : files) {
    RuleSet part = read_pack_file(file.text, file.name, diagnostics);
    if (has_pack_info(part.info)) set.info = std::move(part.info);
    if (part.has_levels) {
      set.levels = part.levels;
      set.has_levels = true;
    }
    if (part.has_entity_settings) {
      set.entities = std::move(part.entities);
      set.has_entity_settings = true;
    }
    merge_definitions(set, part, diagnostics);
    for (auto& [id, override_entry] : part.overrides) set.overrides[id] = override_entry;
  }
  // Only this set's own rules count: a family may be filled by a pack that extends it later,
  // hence a warning, not an error.
  std::set<std::string, std::less<>> used_families;
  for (const Rule& rule : set.rules) used_families.insert(rule.family);
  for (const Family& family : set.families)
    if (!family.id.empty() && !used_families.contains(family.id))
      diagnostics.push_back(
          {"W003", Severity::warning, family.where, "family '" + family.id + "' has no rules"});

  sort_by_place(diagnostics);
  if (has_errors(diagnostics)) throw RuleError(std::move(diagnostics));
  set.warnings = std::move(diagnostics);
  return set;
}

}  // namespace jobscreen::detail
