// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// A blocking call two helpers down: the notes walk the chain from the call
// under the lock to the blocking API.
static void writeAll(int fd, const char *buf) { write(fd, buf, 4); }
static void save(int fd, const char *buf) { writeAll(fd, buf); }
void positive_chain(int fd, const char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  save(fd, buf);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'save' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-7]]:45: note: 'save' may block: it calls 'writeAll'
  // CHECK-NOTES: :[[@LINE-9]]:49: note: 'writeAll' may block: it calls 'write'
}

// Mutual recursion in which one function blocks: both may block.
static void pong(int n);
static void ping(int n) {
  if (n > 0)
    pong(n - 1);
}
static void pong(int n) {
  sleep(1);
  ping(n);
}
void positive_recursion(int n) {
  std::lock_guard<std::mutex> lock(mu);
  ping(n);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'ping' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-12]]:5: note: 'ping' may block: it calls 'pong'
  // CHECK-NOTES: :[[@LINE-10]]:3: note: 'pong' may block: it calls 'sleep'
}

// Recursion that never blocks.
static int depth(int n) { return n > 0 ? depth(n - 1) + 1 : 0; }
void negative_recursion(int n) {
  std::lock_guard<std::mutex> lock(mu);
  depth(n);
}

// A helper whose body is not in view is not known to block.
void external(int fd);
void negative_not_in_view(int fd) {
  std::lock_guard<std::mutex> lock(mu);
  external(fd);
}
