#include "journal.h"
#include "quote_cache.h"
#include "subscribers.h"

#include <boost/asio/io_context.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

// Runs the polling and accepting threads until stop().
class Relay {
public:
  Relay(QuoteCache &Cache, Journal &Log, Subscribers &Subs)
      : Cache(Cache), Log(Log), Subs(Subs) {}

  void start(std::vector<std::string> Symbols) {
    std::lock_guard<std::mutex> Lock(Mu);
    Workers.emplace_back([this, Symbols] { pollLoop(Symbols); });
    Workers.emplace_back([this] { acceptLoop(); });
  }

  void stop() {
    std::lock_guard<std::mutex> Lock(Mu);
    Stopping = true;
    Wake.notify_all();
    for (std::thread &Worker : Workers)
      Worker.join();
    Workers.clear();
  }

private:
  bool stopping() {
    std::lock_guard<std::mutex> Lock(Mu);
    return Stopping;
  }

  void pollLoop(const std::vector<std::string> &Symbols) {
    std::unique_lock<std::mutex> Lock(Mu);
    while (!Stopping) {
      Lock.unlock();
      for (const std::string &Symbol : Symbols) {
        if (std::optional<double> Price = Cache.get(Symbol)) {
          Log.record(Symbol, *Price);
          Subs.publish(Symbol + " " + std::to_string(*Price));
        }
      }
      Cache.refreshAll();
      Log.writeSnapshot();
      Subs.heartbeat();
      Lock.lock();
      Wake.wait_for(Lock, std::chrono::seconds(1), [this] { return Stopping; });
    }
  }

  void acceptLoop() {
    while (!stopping())
      Subs.acceptOne();
  }

  QuoteCache &Cache;
  Journal &Log;
  Subscribers &Subs;
  std::mutex Mu;
  std::condition_variable Wake;
  std::vector<std::thread> Workers;
  bool Stopping = false;
};

} // namespace

int main(int Argc, char **Argv) {
  if (Argc < 4) {
    spdlog::error("usage: quote-relay HOST PORT DIR [SECONDS] [SYMBOL...]");
    return 2;
  }
  int Seconds = Argc > 4 ? std::atoi(Argv[4]) : 60;
  std::vector<std::string> Symbols(Argv + std::min(Argc, 5), Argv + Argc);

  boost::asio::io_context Io;
  QuoteCache Cache(Argv[1], std::atoi(Argv[2]));
  Journal Log(Argv[3]);
  Subscribers Subs(Io, 7070);
  Relay R(Cache, Log, Subs);
  R.start(Symbols);
  std::this_thread::sleep_for(std::chrono::seconds(Seconds));
  R.stop();
  return 0;
}
