#include "quote_cache.h"

#include <cstdlib>
#include <utility>
#include <vector>

QuoteCache::QuoteCache(const std::string &Host, int Port)
    : Upstream(Host, Port) {
  Upstream.set_connection_timeout(2, 0);
  Upstream.set_read_timeout(5, 0);
}

static std::optional<double> parsePrice(const httplib::Result &Res) {
  if (!Res || Res->status != 200)
    return std::nullopt;
  char *End = nullptr;
  double Price = std::strtod(Res->body.c_str(), &End);
  if (End == Res->body.c_str())
    return std::nullopt;
  return Price;
}

std::optional<double> QuoteCache::get(const std::string &Symbol) {
  std::lock_guard<std::mutex> Lock(Mu);
  auto It = Prices.find(Symbol);
  if (It != Prices.end())
    return It->second;
  std::optional<double> Price = parsePrice(Upstream.Get("/quote/" + Symbol));
  if (Price)
    Prices[Symbol] = *Price;
  return Price;
}

void QuoteCache::refreshAll() {
  std::vector<std::string> Symbols;
  {
    std::lock_guard<std::mutex> Lock(Mu);
    for (const auto &Entry : Prices)
      Symbols.push_back(Entry.first);
  }
  for (const std::string &Symbol : Symbols) {
    std::optional<double> Price = parsePrice(Upstream.Get("/quote/" + Symbol));
    if (!Price)
      continue;
    std::lock_guard<std::mutex> Lock(Mu);
    Prices[Symbol] = *Price;
  }
}

std::map<std::string, double> QuoteCache::snapshot() {
  std::lock_guard<std::mutex> Lock(Mu);
  return Prices;
}
