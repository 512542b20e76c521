// Broken guard declarations: the errors are reported and the check does
// not crash. A function with an invalid declaration in it is not analysed.
// RUN: %check_lockio --allow-compile-errors %s %t -- -- -std=c++17

#include <mutex>
#include <sys/socket.h>

std::mutex mu;

// The guard names a mutex that does not exist.
void negative_undeclared_mutex(int fd, char *buf) {
  std::lock_guard<std::mutex> lock{undeclared_mu};
  // CHECK-NOTES: :[[@LINE-1]]:36: error: use of undeclared identifier 'undeclared_mu' [clang-diagnostic-error]
  recv(fd, buf, 16, 0);
}

// The guard's template argument is misspelled.
void negative_misspelled_type(int fd, char *buf) {
  std::lock_guard<std::mutx> lock(mu);
  // CHECK-NOTES: :[[@LINE-1]]:24: error: no member named 'mutx' in namespace 'std' [clang-diagnostic-error]
  recv(fd, buf, 16, 0);
}

// The guard's lock tag is misspelled.
void negative_misspelled_tag(int fd, char *buf) {
  std::unique_lock<std::mutex> lock(mu, std::defer_lok);
  // CHECK-NOTES: :[[@LINE-1]]:46: error: no member named 'defer_lok' in namespace 'std' [clang-diagnostic-error]
  recv(fd, buf, 16, 0);
}

// A valid function after the broken ones is still analysed.
void positive_after_broken_functions(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}
