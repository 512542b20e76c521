// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <sys/socket.h>

std::mutex mu;

// NOLINT with no check named silences the finding on its line.
void negative_nolint(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0); // NOLINT
}

// NOLINT naming the check silences it.
void negative_nolint_named(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0); // NOLINT(lockio-blocking-call-under-lock)
}

// A glob that covers the check's name silences it too.
void negative_nolint_glob(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0); // NOLINT(lockio-*)
}

// NOLINTNEXTLINE silences the finding on the line below it.
void negative_nolintnextline(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  // NOLINTNEXTLINE(lockio-blocking-call-under-lock)
  recv(fd, buf, 16, 0);
}

// NOLINTBEGIN and NOLINTEND silence the findings between them.
void negative_nolint_region(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  // NOLINTBEGIN(lockio-blocking-call-under-lock)
  recv(fd, buf, 16, 0);
  send(fd, buf, 16, 0);
  // NOLINTEND(lockio-blocking-call-under-lock)
}

// NOLINT for another check does not silence this one.
void positive_nolint_other_check(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0); // NOLINT(bugprone-unused-return-value)
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// NOLINTNEXTLINE for another check does not silence this one either.
void positive_nolintnextline_other_check(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  // NOLINTNEXTLINE(bugprone-unused-return-value)
  recv(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'recv' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// NOLINT silences the one finding on its line, not the next one.
// FIXME: the send finding points to the fix offered at the recv finding,
// which NOLINT silences, so that fix is never shown or applied (clang-tidy
// refuses the same edits attached to two findings).
void positive_only_marked_line_silenced(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(mu);
  recv(fd, buf, 16, 0); // NOLINT
  send(fd, buf, 16, 0);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'send' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: the fix offered at line [[#@LINE-4]] also releases 'mu' around this call
}
