#include "check_report.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <vector>

#include "highlight.hpp"
#include "labels.hpp"

namespace jobscreen::cli {
namespace {

std::string amount(double value) {
  return fmt::format("{:.{}f}", value,
                     value == static_cast<double>(static_cast<long long>(value)) ? 0 : 2);
}

std::string_view level_colour(Level level, const Palette& palette) {
  switch (level) {
    case Level::high:
      return palette.red;
    case Level::caution:
      return palette.yellow;
    case Level::low:
      break;
  }
  return palette.green;
}

std::string family_name(const Result& result, const std::string& family) {
  for (const auto& total : result.families)
    if (total.family == family) return total.name.empty() ? family : total.name;
  return family;
}

std::string indented(std::string_view text, std::string_view indent) {
  std::string out(indent);
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

}  // namespace

std::string describe_entity(const Entity& entity, Lang lang) {
  const Labels& labels = labels_for(lang);
  return std::visit(
      [&](const auto& v) -> std::string {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, PayValue>) {
          std::string text = amount(v.min);
          if (v.max > v.min) text += fmt::format("-{}", amount(v.max));
          if (!v.currency.empty()) text += fmt::format(" {}", v.currency);
          if (v.period != PayPeriod::unknown)
            text += fmt::format(" {}", labels.period[static_cast<int>(v.period)]);
          if (v.eur_per_month_max && !(v.currency == "EUR" && v.period == PayPeriod::month))
            text += fmt::format(" (~{} EUR {})", amount(*v.eur_per_month_max), labels.per_month);
          return text;
        } else if constexpr (std::is_same_v<V, PhoneValue>) {
          std::string details = v.kind;
          if (!v.country.empty())
            details += fmt::format("{}{}", details.empty() ? "" : ", ", v.country);
          return details.empty() ? v.number : fmt::format("{} ({})", v.number, details);
        } else if constexpr (std::is_same_v<V, EmailValue>) {
          return v.free_mail ? fmt::format("{} ({})", v.address, labels.free_mail) : v.address;
        } else if constexpr (std::is_same_v<V, MessengerValue>) {
          return v.app;
        } else if constexpr (std::is_same_v<V, UrlValue>) {
          return v.shortener ? fmt::format("{} ({})", v.domain, labels.shortener) : v.domain;
        } else if constexpr (std::is_same_v<V, AgeValue>) {
          std::string text = v.min ? std::to_string(*v.min) : "";
          if (v.max) text += fmt::format("-{}", *v.max);
          if (v.addressed == "women") text += fmt::format(" ({})", labels.addressed_women);
          if (v.addressed == "men") text += fmt::format(" ({})", labels.addressed_men);
          return text;
        } else if constexpr (std::is_same_v<V, PlaceValue>) {
          std::string text = v.name.empty() ? entity.span.text : v.name;
          if (!v.country.empty()) text += fmt::format(", {}", v.country);
          if (v.abroad) text += fmt::format(" ({})", labels.abroad);
          return text;
        } else {
          return fmt::format("{} {}", v.kind, v.value);
        }
      },
      entity.value);
}

std::string render_report(std::string_view text, const Result& result, Lang lang,
                          const Palette& palette) {
  const Labels& labels = labels_for(lang);
  std::string out;
  out += fmt::format("{}{}{}{}  {} {}/100\n", palette.bold, level_colour(result.level, palette),
                     labels.level[static_cast<int>(result.level)], palette.reset, labels.score,
                     result.score);
  if (result.flags != Flag::none) {
    std::string flags;
    for (const auto& name : flag_names(result.flags))
      flags += fmt::format("{}{}", flags.empty() ? "" : ", ", name);
    out += fmt::format("{}: {}\n", labels.text_notes, flags);
  }
  out += '\n';
  // The most serious signs first: a caller's time is short.
  std::vector<Hit> hits = result.hits;
  std::stable_sort(hits.begin(), hits.end(),
                   [](const Hit& a, const Hit& b) { return a.points > b.points; });
  std::string_view shown = text;
  while (!shown.empty() && (shown.back() == '\n' || shown.back() == '\r')) shown.remove_suffix(1);
  out += indented(highlight(shown, hits, palette), "  ");
  out += "\n\n";

  if (hits.empty()) {
    out += fmt::format("{}\n", labels.no_signs);
  } else {
    out += fmt::format("{}{} ({}){}\n", palette.bold, labels.signs, hits.size(), palette.reset);
    for (std::size_t i = 0; i < hits.size(); ++i) {
      const Hit& hit = hits[i];
      std::string_view colour = hit.points > 0 ? palette.red : palette.green;
      out += fmt::format("{:>3}. {}{:+d}{}  {}", i + 1, colour, hit.points, palette.reset,
                         family_name(result, hit.family));
      if (!hit.matches.empty()) out += fmt::format("  \"{}\"", printable(hit.matches.front().text));
      out += fmt::format("  {}[{}]{}\n", palette.dim, hit.rule, palette.reset);
      if (!hit.description.empty())
        out += fmt::format("     {} {}\n", labels.why, printable(hit.description));
      if (!hit.advice.empty())
        out += fmt::format("     {}{}{} {}\n", palette.bold, labels.ask, palette.reset,
                           printable(hit.advice));
    }
    std::string sum;
    for (const auto& family : result.families) {
      if (!sum.empty()) sum += ", ";
      sum +=
          fmt::format("{} {:+d}", family.name.empty() ? family.family : family.name, family.points);
      if (family.points != family.raw)
        sum += fmt::format(" ({} {:+d})", labels.capped_from, family.raw);
    }
    out += fmt::format("\n{}: {} = {}\n", labels.families, sum, result.score);
  }

  if (!result.entities.empty()) {
    out += fmt::format("\n{}:\n", labels.found_in_text);
    for (const auto& entity : result.entities)
      out += fmt::format("  - {}: {}\n", labels.entity[static_cast<int>(entity.type)],
                         printable(describe_entity(entity, lang)));
  }
  return out;
}

}  // namespace jobscreen::cli
