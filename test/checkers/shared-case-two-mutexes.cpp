// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

// Two mutexes: stats_mu is released before the read, table_mu is not. The
// finding names table_mu only.
struct Registry {
  std::mutex table_mu;
  std::mutex stats_mu;
  long reads = 0;

  long load(int fd, char *buf, unsigned long n) {
    table_mu.lock();
    stats_mu.lock();
    ++reads;
    stats_mu.unlock();
    long got = read(fd, buf, n);
    // CHECK-NOTES: :[[@LINE-1]]:16: warning: blocking call to 'read' while 'table_mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-6]]:5: note: 'table_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:16: note: release 'table_mu' during the blocking call{{.*}}
    table_mu.unlock();
    return got;
  }
};
