// RuleSet: loading pack files from disk, extending one set with another, lookups.
#include "jobscreen/rule_set.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "rules/pack_files.hpp"
#include "rules/suggest.hpp"

namespace jobscreen {
namespace {

namespace fs = std::filesystem;

Diagnostic unreadable(const fs::path& path, const std::string& reason) {
  return {"E001", Severity::error, {path.string(), 0, 0}, "cannot read the file: " + reason};
}

void read_file(const fs::path& path, std::vector<detail::PackText>& files,
               std::vector<Diagnostic>& diagnostics) {
  std::error_code error;
  if (!fs::exists(path, error)) {
    diagnostics.push_back(unreadable(path, "it does not exist"));
    return;
  }
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  if (in) text << in.rdbuf();
  if (!in || in.bad()) {
    diagnostics.push_back(unreadable(path, "permission denied or not a regular file"));
    return;
  }
  files.push_back({path.string(), std::move(text).str()});
}

// A directory contributes its *.json files (not the schema), in name order.
void read_directory(const fs::path& directory, std::vector<detail::PackText>& files,
                    std::vector<Diagnostic>& diagnostics) {
  std::vector<fs::path> paths;
  std::error_code error;
  for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
    const fs::path& path = it->path();
    if (path.extension() == ".json" && path.filename() != "schema.json" && !fs::is_directory(path))
      paths.push_back(path);
  }
  if (error) {
    diagnostics.push_back(unreadable(directory, error.message()));
    return;
  }
  std::sort(paths.begin(), paths.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename() < b.filename(); });
  for (const auto& path : paths) read_file(path, files, diagnostics);
}

}  // namespace

RuleSet RuleSet::load(const std::vector<std::filesystem::path>& paths) {
  std::vector<detail::PackText> files;
  std::vector<Diagnostic> diagnostics;
  for (const auto& path : paths) {
    std::error_code error;
    if (fs::is_directory(path, error))
      read_directory(path, files, diagnostics);
    else
      read_file(path, files, diagnostics);
  }
  return detail::assemble_pack(files, std::move(diagnostics));
}

RuleSet RuleSet::from_string(std::string_view json, std::string_view name) {
  return detail::assemble_pack({{std::string(name), std::string(json)}});
}

// Overrides are applied here only: a set loaded on its own keeps its
// `overrides` as data, to change the rules of the set it will extend.
void RuleSet::extend(const RuleSet& other) {
  RuleSet merged = *this;  // changes nothing when other does not fit
  std::vector<Diagnostic> diagnostics;
  detail::merge_definitions(merged, other, diagnostics);
  for (const auto& [id, override_entry] : other.overrides) {
    const auto rule = std::find_if(merged.rules.begin(), merged.rules.end(),
                                   [&](const Rule& r) { return r.id == id; });
    if (rule == merged.rules.end()) {
      std::vector<std::string_view> ids;
      for (const Rule& r : merged.rules) ids.push_back(r.id);
      std::string message = "override names unknown rule '" + id + "'";
      if (const auto suggestion = detail::closest_match(id, ids); !suggestion.empty())
        message += "; did you mean '" + suggestion + "'?";
      diagnostics.push_back({"E109", Severity::error, override_entry.where, std::move(message)});
      continue;
    }
    if (override_entry.weight) rule->weight = *override_entry.weight;
    if (override_entry.enabled) rule->enabled = *override_entry.enabled;
  }
  if (has_errors(diagnostics)) throw RuleError(std::move(diagnostics));
  if (other.has_levels) {
    merged.levels = other.levels;
    merged.has_levels = true;
  }
  if (other.has_entity_settings) {
    merged.entities = other.entities;
    merged.has_entity_settings = true;
  }
  merged.warnings.insert(merged.warnings.end(), other.warnings.begin(), other.warnings.end());
  *this = std::move(merged);
}

const Rule* RuleSet::find_rule(std::string_view id) const {
  const auto found =
      std::find_if(rules.begin(), rules.end(), [&](const Rule& rule) { return rule.id == id; });
  return found == rules.end() ? nullptr : &*found;
}

const Family* RuleSet::find_family(std::string_view id) const {
  const auto found = std::find_if(families.begin(), families.end(),
                                  [&](const Family& family) { return family.id == id; });
  return found == families.end() ? nullptr : &*found;
}

}  // namespace jobscreen
