#include "score/conditions.hpp"

#include <array>
#include <string>
#include <utility>

namespace jobscreen::detail {
namespace {

constexpr std::array<std::pair<std::string_view, EntityType>, 8> kEntityTypes{{
    {"pay", EntityType::pay},
    {"phone", EntityType::phone},
    {"email", EntityType::email},
    {"messenger", EntityType::messenger},
    {"url", EntityType::url},
    {"age", EntityType::age},
    {"place", EntityType::place},
    {"company_id", EntityType::company_id},
}};

bool passes(const EntityCondition& c, const RawEntity& e) {
  if (const auto* pay = std::get_if<PayValue>(&e.value)) {
    const auto top = pay->eur_per_month_max;
    if (c.min_eur_per_month && !(top && *top >= *c.min_eur_per_month)) return false;
    if (c.max_eur_per_month && !(top && *top <= *c.max_eur_per_month)) return false;
  } else if (const auto* age = std::get_if<AgeValue>(&e.value)) {
    if (c.max_age_upper && !(age->max && *age->max <= *c.max_age_upper)) return false;
    if (c.addressed && age->addressed != *c.addressed) return false;
  } else if (const auto* place = std::get_if<PlaceValue>(&e.value)) {
    if (c.abroad && place->abroad != *c.abroad) return false;
  } else if (const auto* phone = std::get_if<PhoneValue>(&e.value)) {
    if (c.mobile && (phone->kind == "mobile") != *c.mobile) return false;
    if (c.foreign && (phone->country != "RS") != *c.foreign) return false;
  } else if (const auto* email = std::get_if<EmailValue>(&e.value)) {
    if (c.free_mail && email->free_mail != *c.free_mail) return false;
  } else if (const auto* url = std::get_if<UrlValue>(&e.value)) {
    if (c.shortener && url->shortener != *c.shortener) return false;
  }
  return true;
}

bool is_contact(const RawEntity& e) {
  return e.type == EntityType::phone || e.type == EntityType::email ||
         e.type == EntityType::messenger;
}

bool is_informal_contact(const RawEntity& e) {
  if (const auto* phone = std::get_if<PhoneValue>(&e.value)) return phone->kind == "mobile";
  if (const auto* email = std::get_if<EmailValue>(&e.value)) return email->free_mail;
  return e.type == EntityType::messenger;
}

}  // namespace

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (const auto& [key, type] : kEntityTypes)
    if (key == name) return type;
  return std::nullopt;
}

std::string condition_problem(const EntityCondition& c) {
  if (c.only_informal_contacts && c.max_words)
    return "max_words and only_informal_contacts are separate conditions";
  if (c.only_informal_contacts) {
    return c.entity.empty() ? "" : "only_informal_contacts takes no entity";
  }
  if (c.max_words) return c.entity.empty() ? "" : "max_words takes no entity";
  const auto type = parse_entity_type(c.entity);
  if (!type) return "unknown entity type '" + c.entity + "'";
  auto only_for = [&](bool set, EntityType wanted, const char* filter) -> std::string {
    if (set && *type != wanted)
      return std::string("filter '") + filter + "' does not apply to '" + c.entity + "'";
    return "";
  };
  for (const std::string& problem :
       {only_for(c.min_eur_per_month.has_value(), EntityType::pay, "min_eur_per_month"),
        only_for(c.max_eur_per_month.has_value(), EntityType::pay, "max_eur_per_month"),
        only_for(c.max_age_upper.has_value(), EntityType::age, "max_age_upper"),
        only_for(c.addressed.has_value(), EntityType::age, "addressed"),
        only_for(c.abroad.has_value(), EntityType::place, "abroad"),
        only_for(c.mobile.has_value(), EntityType::phone, "mobile"),
        only_for(c.foreign.has_value(), EntityType::phone, "foreign"),
        only_for(c.free_mail.has_value(), EntityType::email, "free_mail"),
        only_for(c.shortener.has_value(), EntityType::url, "shortener")})
    if (!problem.empty()) return problem;
  return "";
}

bool condition_holds(const EntityCondition& c, const std::vector<RawEntity>& entities,
                     std::size_t word_count, std::vector<const RawEntity*>& used) {
  if (c.max_words) return word_count <= static_cast<std::size_t>(*c.max_words);
  if (c.only_informal_contacts) {
    for (const auto& e : entities) {
      if (!is_contact(e)) continue;
      if (!is_informal_contact(e)) {
        used.clear();
        return false;
      }
      used.push_back(&e);
    }
    return !used.empty();
  }
  const auto type = parse_entity_type(c.entity);
  if (!type) return false;
  for (const auto& e : entities)
    if (e.type == *type && passes(c, e)) used.push_back(&e);
  if (c.absent) {
    const bool none = used.empty();
    used.clear();
    return none;
  }
  return !used.empty();
}

}  // namespace jobscreen::detail
