#include "entities/contact_extractor.hpp"

#include <algorithm>

#include "entities/text_scan.hpp"

namespace jobscreen::detail {
namespace {

// Top-level domains that make a bare "name.tld" a link. Those that are also
// words ("at", "be", "it", "no", "me", "work") are left out: English text
// with a missing space ("experience.at") would read as a link.
const char* const kTopLevelDomains[] = {
    "com", "net", "org", "info", "biz", "io", "rs", "eu", "de", "ch", "hr", "ba", "mk", "si", "hu",
    "ro",  "bg",  "gr",  "tr",   "ae",  "qa", "ru", "ua", "pl", "cz", "sk", "fr", "es", "nl", "uk",
    "ie",  "se",  "dk",  "fi",   "lu",  "mt", "cy", "ca", "au", "nz", "ly", "gl", "gd", "ly"};

// Names of technologies that look like domains.
bool is_technology_name(std::string_view host) {
  return host == "asp.net" || host == "vb.net" || host == "ado.net" || host == "node.js";
}

bool is_local_char(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || c == '.' || c == '_' || c == '%' || c == '+' ||
         c == '-';
}

bool is_host_char(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || c == '.' || c == '-'; }

// The host [begin, end) read from `begin`, with trailing dots and hyphens dropped.
std::size_t host_end(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && is_host_char(text[end])) ++end;
  while (end > begin && (text[end - 1] == '.' || text[end - 1] == '-')) --end;
  return end;
}

// Whether `host` has at least two non-empty labels and a letter-only last label.
bool well_formed_host(std::string_view host) {
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || host.find("..") != std::string_view::npos)
    return false;
  const std::string_view tld = host.substr(dot + 1);
  if (tld.size() < 2) return false;
  for (char c : tld)
    if (c < 'a' || c > 'z') return false;
  return host.front() != '.' && host.front() != '-';
}

// The messaging app a link opens, or "" (t.me/name, wa.me/number ...).
std::string_view messenger_of_host(std::string_view host) {
  if (host == "t.me" || host == "telegram.me" || host == "telegram.dog") return "telegram";
  if (host == "wa.me" || host == "api.whatsapp.com" || host == "chat.whatsapp.com" ||
      host == "whatsapp.com")
    return "whatsapp";
  if (host == "m.me") return "facebook";
  if (host == "invite.viber.com" || host == "viber.me") return "viber";
  return "";
}

}  // namespace

ContactExtractor::ContactExtractor(const EntitySettings& settings)
    : free_mail_(settings.free_mail_domains.begin(), settings.free_mail_domains.end()),
      shorteners_(settings.shortener_domains.begin(), settings.shortener_domains.end()),
      top_level_domains_(std::begin(kTopLevelDomains), std::end(kTopLevelDomains)) {}

void ContactExtractor::find(std::string_view text, const ByteMarks& marks,
                            std::vector<RawEntity>& out) const {
  find_emails(text, marks, out);
  find_urls(text, marks, out);
}

void ContactExtractor::find_emails(std::string_view text, const ByteMarks& marks,
                                   std::vector<RawEntity>& out) const {
  for (std::size_t at = marks.next_at_sign(0); at < text.size(); at = marks.next_at_sign(at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && is_local_char(text[begin - 1])) --begin;
    while (begin < at && (text[begin] == '.' || text[begin] == '-')) ++begin;
    if (begin == at) continue;
    const std::size_t end = host_end(text, at + 1);
    const std::string_view domain = text.substr(at + 1, end - at - 1);
    if (!well_formed_host(domain)) continue;
    std::string domain_name(domain);
    const bool free_mail = free_mail_.count(domain_name) > 0;
    out.push_back(RawEntity{EntityType::email, static_cast<std::uint32_t>(begin),
                            static_cast<std::uint32_t>(end),
                            EmailValue{std::string(text.substr(begin, end - begin)),
                                       std::move(domain_name), free_mail}});
    at = end > at ? end - 1 : at;
  }
}

void ContactExtractor::find_urls(std::string_view text, const ByteMarks& marks,
                                 std::vector<RawEntity>& out) const {
  const std::size_t n = text.size();
  // Every link has a dot: jump from dot to dot and read the host around it.
  std::size_t dot = marks.next_dot(0);
  while (dot < n) {
    if (dot == 0 || dot + 1 >= n || !is_host_char(text[dot - 1]) || text[dot - 1] == '.' ||
        !is_host_char(text[dot + 1])) {
      dot = marks.next_dot(dot + 1);
      continue;
    }
    std::size_t host_begin = dot;
    while (host_begin > 0 && is_host_char(text[host_begin - 1])) --host_begin;
    const std::size_t end_of_host = host_end(text, host_begin);
    const std::size_t next = std::max(end_of_host, dot + 1);
    // An e-mail's domain or local part is not a link ("ime.prezime@gmail.com").
    if ((host_begin > 0 && is_local_char(text[host_begin - 1])) ||
        (host_begin > 0 && text[host_begin - 1] == '@') ||
        (end_of_host < n && text[end_of_host] == '@')) {
      dot = marks.next_dot(next);
      continue;
    }
    std::size_t begin = host_begin;
    bool explicit_link = false;
    if (host_begin >= 3 && text.compare(host_begin - 3, 3, "://") == 0) {
      std::size_t scheme = host_begin - 3;
      while (scheme > 0 && is_letter(text[scheme - 1])) --scheme;
      const std::string_view name = text.substr(scheme, host_begin - 3 - scheme);
      if (name == "http" || name == "https") {
        begin = scheme;
        explicit_link = true;
      }
    }
    const auto skip = [&] { dot = marks.next_dot(next); };
    std::string_view host = text.substr(host_begin, end_of_host - host_begin);
    if (!well_formed_host(host)) {
      skip();
      continue;
    }
    const bool www = host.substr(0, 4) == "www.";
    // Shorteners and messenger links count with any top-level domain ("t.co", "t.me").
    const bool known_host = shorteners_.count(host) > 0 || !messenger_of_host(host).empty();
    if (!explicit_link && !www && !known_host &&
        (top_level_domains_.count(host.substr(host.rfind('.') + 1)) == 0 ||
         is_technology_name(host))) {
      skip();
      continue;
    }
    if (www) host.remove_prefix(4);
    // A path, query or port belongs to the link; closing punctuation does not.
    std::size_t end = end_of_host;
    if (end < n && (text[end] == '/' || text[end] == ':' || text[end] == '?')) {
      while (end < n && text[end] != ' ' && text[end] != '"' && text[end] != '<') ++end;
      while (end > end_of_host &&
             (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == ')' ||
              text[end - 1] == ':' || text[end - 1] == ';' || text[end - 1] == '!' ||
              text[end - 1] == '?'))
        --end;
    }
    const bool shortener = shorteners_.count(host) > 0;
    const auto link_begin = static_cast<std::uint32_t>(begin);
    const auto link_end = static_cast<std::uint32_t>(end);
    out.push_back(
        RawEntity{EntityType::url, link_begin, link_end, UrlValue{std::string(host), shortener}});
    const std::string_view app = messenger_of_host(host);
    if (!app.empty())
      out.push_back(
          RawEntity{EntityType::messenger, link_begin, link_end, MessengerValue{std::string(app)}});
    dot = marks.next_dot(std::max(end, next));
  }
}

}  // namespace jobscreen::detail
