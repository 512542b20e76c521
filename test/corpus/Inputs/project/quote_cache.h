// A cache of the last price of each symbol, filled from an HTTP upstream.
#ifndef QUOTE_RELAY_QUOTE_CACHE_H
#define QUOTE_RELAY_QUOTE_CACHE_H

#include <httplib.h>

#include <map>
#include <mutex>
#include <optional>
#include <string>

class QuoteCache {
public:
  QuoteCache(const std::string &Host, int Port);

  /// The price of Symbol, fetched on a miss.
  std::optional<double> get(const std::string &Symbol);
  /// Fetches every known symbol again.
  void refreshAll();
  /// Prices of all symbols, for the journal and the subscribers.
  std::map<std::string, double> snapshot();

private:
  std::mutex Mu;
  httplib::Client Upstream;
  std::map<std::string, double> Prices;
};

#endif
