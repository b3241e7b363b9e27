// Fails (non-zero exit) unless the installed library normalises and scans.
#include <jobscreen/jobscreen.hpp>

#include <iostream>

int main() {
  const auto normalized = jobscreen::normalize("Плата Odlična");
  if (normalized.text != "plata odlicna") {
    std::cerr << "unexpected match form: " << normalized.text << "\n";
    return 1;
  }
  const auto engine = jobscreen::Engine::default_engine();
  const auto result =
      engine->scan("Hitno! Laka zarada u Nemačkoj, put plaćen, javite se na Viber.");
  std::cout << jobscreen::to_json(result) << "\n";
  return result.hits.empty() ? 1 : 0;
}
