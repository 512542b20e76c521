// RUN: %check_lockio %s %t -- -- -std=c++17
// RUN: %check_lockio -check-suffix=IGNORED %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoreSerialisedIO: true}}' -- -std=c++17

#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <spdlog/spdlog.h>
#include <string>
#include <unistd.h>

// A sink that locks its own mutex to write its own file: the lock
// serialises I/O on that file. No phase-split fix is offered, and the
// IgnoreSerialisedIO option silences these findings.
class FileSink {
public:
  void log(const std::string &line) {
    std::lock_guard<std::mutex> lock(mu_);
    file_ << line;
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'operator<<' on 'file_' while 'mu_' is locked; the lock serialises I/O on 'file_' [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: every thread that needs 'mu_' waits for this I/O; hand it to a writer thread or move it out of the lock
    fflush(raw_);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fflush' while 'mu_' is locked; the lock serialises I/O on 'raw_' [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-7]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: every thread that needs 'mu_' waits for this I/O; hand it to a writer thread or move it out of the lock
  }

private:
  std::mutex mu_;
  std::ofstream file_;
  FILE *raw_ = nullptr;
};

// A connection that writes to its own socket under its own lock.
struct Connection {
  std::mutex write_mu;
  int sock = -1;
  void send(const char *data, unsigned long n) {
    std::lock_guard<std::mutex> lock(write_mu);
    write(sock, data, n);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'write' while 'write_mu' is locked; the lock serialises I/O on 'sock' [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'write_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: every thread that needs 'write_mu' waits for this I/O; hand it to a writer thread or move it out of the lock
  }
};

// A logger object of the same class, flushed under the class's lock:
// spdlog's flush writes the sinks' files.
class Audit {
public:
  void flush() {
    std::lock_guard<std::mutex> lock(mu_);
    logger_->flush();
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'spdlog::logger::flush' while 'mu_' is locked; the lock serialises I/O on 'logger_' [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: every thread that needs 'mu_' waits for this I/O; hand it to a writer thread or move it out of the lock
  }

private:
  std::mutex mu_;
  std::shared_ptr<spdlog::logger> logger_;
};

// The cache anti-pattern keeps its ordinary warning and fix: what it
// writes to is not a member of the object whose mutex is held.
class Cache {
public:
  void save(int fd) {
    std::unique_lock<std::mutex> lock(mu_);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:34: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu_' during the blocking call; other threads may change what it protects before it is taken again
    // CHECK-NOTES-IGNORED: :[[@LINE-4]]:5: warning: blocking call to 'fsync' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES-IGNORED: :[[@LINE-6]]:34: note: 'mu_' is locked here
    // CHECK-NOTES-IGNORED: :[[@LINE-6]]:5: note: release 'mu_' during the blocking call; other threads may change what it protects before it is taken again
  }

private:
  std::mutex mu_;
};

// A scalar member printed by the I/O call is state the lock protects as
// well (count() reads it under the lock): not serialised I/O.
class CountingLogger {
public:
  void log(const char *line) {
    std::lock_guard<std::mutex> lock(mu_);
    ++count_;
    fprintf(fp_, "%lu %s\n", count_, line);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fprintf' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'fp_', which 'mu_' may protect
    // CHECK-NOTES-IGNORED: :[[@LINE-4]]:5: warning: blocking call to 'fprintf' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES-IGNORED: :[[@LINE-7]]:33: note: 'mu_' is locked here
    // CHECK-NOTES-IGNORED: :[[@LINE-6]]:5: note: no fix offered: the statement uses 'fp_', which 'mu_' may protect
  }
  unsigned long count() {
    std::lock_guard<std::mutex> lock(mu_);
    return count_;
  }

private:
  std::mutex mu_;
  unsigned long count_ = 0;
  FILE *fp_ = nullptr;
};

// A function that requires the lock of its caller shows nothing of what the
// lock guards: no claim of serialised I/O is made.
struct Appender {
  std::mutex mu;
  int fd = -1;
  void flushLocked() __attribute__((requires_capability(mu))) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:37: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'mu' was locked in another function
    // CHECK-NOTES-IGNORED: :[[@LINE-4]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES-IGNORED: :[[@LINE-6]]:37: note: 'mu' is locked here
    // CHECK-NOTES-IGNORED: :[[@LINE-6]]:5: note: no fix offered: 'mu' was locked in another function
  }
};
