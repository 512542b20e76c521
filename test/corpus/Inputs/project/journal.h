// Logs every price change and keeps a snapshot file of the latest prices.
#ifndef QUOTE_RELAY_JOURNAL_H
#define QUOTE_RELAY_JOURNAL_H

#include <spdlog/logger.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

class Journal {
public:
  explicit Journal(std::string Dir);

  void record(const std::string &Symbol, double Price);
  /// Writes the latest prices to Dir/prices.txt.
  void writeSnapshot();

private:
  std::string Dir;
  std::shared_ptr<spdlog::logger> Log;
  std::mutex Mu;
  std::map<std::string, double> Latest;
  unsigned Changes = 0;
};

#endif
