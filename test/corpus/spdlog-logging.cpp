// Once with the flags of Debian's compiled spdlog, once header-only so that
// the bodies of spdlog's own locking sinks are in the translation unit.
// RUN: %check_lockio %s %t --header-filter=.* --system-headers -- -- \
// RUN:   -std=c++17 -DSPDLOG_SHARED_LIB -DSPDLOG_COMPILED_LIB \
// RUN:   -DSPDLOG_FMT_EXTERNAL
// RUN: %check_lockio %s %t --header-filter=.* --system-headers -- -- \
// RUN:   -std=c++17 -DSPDLOG_FMT_EXTERNAL

// An order book that logs with spdlog and writes its own snapshot and audit
// files. spdlog's sinks lock and write files themselves; nothing may be
// reported inside its headers.

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

class OrderBook {
public:
  explicit OrderBook(std::shared_ptr<spdlog::logger> Log)
      : Log(std::move(Log)) {}

  // Logging a record is not in the catalogue, and spdlog's bodies are in
  // system headers: logging under the lock is not reported.
  void negativeLogUnderLock(const std::string &Id, double Price) {
    std::lock_guard<std::mutex> Lock(Mu);
    Orders[Id] = Price;
    Log->info("order {} at {:.2f}", Id, Price);
    spdlog::debug("{} orders open", Orders.size());
  }

  // flush() writes the file sink's buffer to disk with Mu held. Mu is there
  // for Orders (see negativeLogUnderLock), so this is not serialised I/O.
  void positiveFlushUnderLock() {
    std::lock_guard<std::mutex> Lock(Mu);
    Log->flush();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'spdlog::logger::flush' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'Log', which 'Mu' may protect
  }

  // basic_logger_mt opens the log file with Mu held.
  void positiveOpenLoggerUnderLock(const std::string &Path) {
    std::lock_guard<std::mutex> Lock(Mu);
    Log = spdlog::basic_logger_mt("orders", Path);
    // CHECK-NOTES: :[[@LINE-1]]:11: warning: blocking call to 'spdlog::basic_logger_mt' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:11: note: no fix offered: the call's result is stored in 'Log', which 'Mu' may protect
  }

  // A snapshot written with a file stream while the book is locked.
  void positiveSnapshotUnderLock(const std::string &Path) {
    std::lock_guard<std::mutex> Lock(Mu);
    std::ofstream Out(Path, std::ios::trunc);
    // CHECK-NOTES: :[[@LINE-1]]:19: warning: blocking call to 'std::ofstream' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:19: note: release 'Mu' during the blocking call; other threads may change what it protects before it is taken again
    for (const auto &[Id, Price] : Orders)
      Out << Id << ' ' << Price << '\n';
    // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'operator<<' on 'Out' while 'Mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-8]]:33: note: 'Mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:7: note: no fix offered: the statement uses 'Orders', which 'Mu' may protect
    Log->info("snapshot of {} orders written to {}", Orders.size(), Path);
  }

  // The snapshot is copied under the lock and written after it.
  void negativeSnapshotOutsideLock(const std::string &Path) {
    std::map<std::string, double> Copy;
    {
      std::lock_guard<std::mutex> Lock(Mu);
      Copy = Orders;
    }
    std::ofstream Out(Path, std::ios::trunc);
    for (const auto &[Id, Price] : Copy)
      Out << Id << ' ' << Price << '\n';
    Log->info("snapshot of {} orders written to {}", Copy.size(), Path);
  }

  // A retry loop that sleeps between attempts with the lock held.
  bool positiveBackoffUnderLock() {
    std::unique_lock<std::mutex> Lock(Mu);
    for (int Attempt = 0; !Ready && Attempt < 3; ++Attempt) {
      Log->warn("book not ready, attempt {}", Attempt);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'std::this_thread::sleep_for' while 'Mu' is locked [lockio-blocking-call-under-lock]
      // CHECK-NOTES: :[[@LINE-5]]:34: note: 'Mu' is locked here
      // CHECK-NOTES: :[[@LINE-3]]:7: note: release 'Mu' during the blocking call; other threads may change what it protects before it is taken again
    }
    return Ready;
  }

private:
  std::mutex Mu;
  std::shared_ptr<spdlog::logger> Log;
  std::map<std::string, double> Orders;
  bool Ready = false;
};

// A sink that appends every record to one file and errors to another.
class AuditSink : public spdlog::sinks::base_sink<std::mutex> {
public:
  AuditSink(std::FILE *All, std::FILE *Alerts) : All(All), Alerts(Alerts) {}

protected:
  // base_sink::log calls this with the sink's mutex held, out of view: the
  // first write is not reported. The second also holds AlertMu, which is
  // there to serialise the writes to Alerts.
  void sink_it_(const spdlog::details::log_msg &Msg) override {
    spdlog::memory_buf_t Buf;
    formatter_->format(Msg, Buf);
    std::fwrite(Buf.data(), 1, Buf.size(), All);
    if (Msg.level >= spdlog::level::err) {
      std::lock_guard<std::mutex> Lock(AlertMu);
      std::fwrite(Buf.data(), 1, Buf.size(), Alerts);
      // CHECK-NOTES: :[[@LINE-1]]:7: warning: blocking call to 'fwrite' while 'AlertMu' is locked; the lock serialises I/O on 'Alerts' [lockio-blocking-call-under-lock]
      // CHECK-NOTES: :[[@LINE-3]]:35: note: 'AlertMu' is locked here
      // CHECK-NOTES: :[[@LINE-3]]:7: note: no fix offered: every thread that needs 'AlertMu' waits for this I/O; hand it to a writer thread or move it out of the lock
    }
  }

  void flush_() override { std::fflush(All); }

private:
  std::FILE *All;
  std::FILE *Alerts;
  std::mutex AlertMu;
};

// Building the loggers takes no lock of the program's own.
std::shared_ptr<spdlog::logger> negativeMakeLoggers(const std::string &Dir) {
  auto File = std::make_shared<spdlog::sinks::basic_file_sink_mt>(
      Dir + "/orders.log", /*truncate=*/false);
  auto Audit = std::make_shared<AuditSink>(stderr, stderr);
  auto Log = std::make_shared<spdlog::logger>(
      "orders", spdlog::sinks_init_list{File, Audit});
  spdlog::register_logger(Log);
  spdlog::flush_every(std::chrono::seconds(5));
  return Log;
}
