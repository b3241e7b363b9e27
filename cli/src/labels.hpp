// The words of the human-readable reports in the three languages of the tool.
#pragma once

#include <string_view>

#include "jobscreen/result.hpp"

namespace jobscreen::cli {

struct Labels {
  std::string_view level[3];  ///< by Level: low, caution, high
  std::string_view score;
  std::string_view signs;
  std::string_view no_signs;
  std::string_view why;
  std::string_view ask;
  std::string_view families;
  std::string_view found_in_text;
  std::string_view text_notes;
  std::string_view prompt;
  std::string_view entity[8];  ///< by EntityType
  std::string_view abroad;
  std::string_view free_mail;
  std::string_view shortener;
  std::string_view per_month;
  std::string_view period[6];  ///< by PayPeriod: unknown, hour, day, week, month, year
  std::string_view addressed_women;
  std::string_view addressed_men;
  std::string_view capped_from;  ///< "capped from" a family's raw total
};

/// The labels of `lang`; never null.
const Labels& labels_for(Lang lang);

}  // namespace jobscreen::cli
