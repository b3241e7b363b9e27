// RuleSet::default_pack: the rules/*.json files embedded at build time.
#include "jobscreen/rule_set.hpp"
#include "pack/embedded_pack.hpp"
#include "rules/pack_files.hpp"

namespace jobscreen {

RuleSet RuleSet::default_pack() {
  std::vector<detail::PackText> files;
  for (const auto& file : detail::embedded_pack_files())
    files.push_back({std::string(file.name), std::string(file.content)});
  return detail::assemble_pack(files);
}

}  // namespace jobscreen
