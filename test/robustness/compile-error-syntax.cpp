// Syntax errors inside a locked region: the errors are reported, the check
// does not crash and still reports what the parser recovered.
// RUN: %check_lockio --allow-compile-errors %s %t -- -- -std=c++17

#include <mutex>
#include <sys/socket.h>

std::mutex mu;

// A broken expression before the blocking call.
void positive_bad_expression(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  int n = 1 +;
  // CHECK-NOTES: :[[@LINE-1]]:14: error: expected expression [clang-diagnostic-error]
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// A missing semicolon between two blocking calls: the fix that covers
// both is offered at the first.
void positive_missing_semicolon(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0)
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES: :[[@LINE-4]]:23: error: expected ';' after expression [clang-diagnostic-error]
  send(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-8]] also releases 'mu' around this call
}

// An unbalanced brace: the parser reaches the end of the file inside the
// function; the error is reported and the check does not crash.
void positive_unbalanced_brace(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  if (fd > 0) {
    recv(fd, buf, 16, 0);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}
// CHECK-NOTES: :[[@LINE+2]]:16: error: expected '}' [clang-diagnostic-error]
// CHECK-NOTES: :[[@LINE-9]]:51: note: to match this '{'
// End of file.
