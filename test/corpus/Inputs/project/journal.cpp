#include "journal.h"

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <utility>

Journal::Journal(std::string D) : Dir(std::move(D)) {
  Log = spdlog::basic_logger_mt("journal", Dir + "/journal.log");
  Log->set_pattern("%Y-%m-%d %H:%M:%S.%e %v");
}

void Journal::record(const std::string &Symbol, double Price) {
  std::lock_guard<std::mutex> Lock(Mu);
  auto [It, Inserted] = Latest.try_emplace(Symbol, Price);
  if (!Inserted && It->second == Price)
    return;
  It->second = Price;
  ++Changes;
  Log->info("{} {:.4f}", Symbol, Price);
}

void Journal::writeSnapshot() {
  std::lock_guard<std::mutex> Lock(Mu);
  std::string Tmp = Dir + "/prices.txt.tmp";
  {
    std::ofstream Out(Tmp, std::ios::trunc);
    for (const auto &[Symbol, Price] : Latest)
      Out << Symbol << ' ' << Price << '\n';
  }
  std::filesystem::rename(Tmp, Dir + "/prices.txt");
  Log->info("snapshot after {} changes", Changes);
  Changes = 0;
}
