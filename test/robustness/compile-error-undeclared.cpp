// Undeclared names inside a locked region: the errors are reported and the
// check does not crash.
// RUN: %check_lockio --allow-compile-errors %s %t -- -- -std=c++17

#include <mutex>
#include <sys/socket.h>

std::mutex mu;

// An undeclared function between the lock and the blocking call.
void positive_undeclared_function(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  undeclared_function(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: error: use of undeclared identifier 'undeclared_function' [clang-diagnostic-error]
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// Unlocking an undeclared object releases nothing; the broken statement is
// dropped, so the two calls form one run with one fix.
void positive_undeclared_unlock(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  no_such_object.unlock();
  // CHECK-NOTES: :[[@LINE-1]]:3: error: use of undeclared identifier 'no_such_object' [clang-diagnostic-error]
  send(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-9]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-9]] also releases 'mu' around this call
}

// Locking an undeclared mutex takes nothing.
void negative_undeclared_mutex(int fd, char *buf) {
  no_such_mutex.lock();
  // CHECK-NOTES: :[[@LINE-1]]:3: error: use of undeclared identifier 'no_such_mutex' [clang-diagnostic-error]
  recv(fd, buf, 16, 0);
}
