// By default ::sleep is a blocking call.
// RUN: %check_lockio %s %t -- -- -std=c++17
// Ignoring ::sleep drops it, and the function that only sleeps with it.
// RUN: %check_lockio -check-suffix=IGN %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoredFunctions: "::sleep"}}' -- -std=c++17
// A function both listed as blocking and ignored is ignored.
// RUN: %check_lockio -check-suffix=BOTH %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.BlockingFunctions: "fetch_remote", lockio-blocking-call-under-lock.IgnoredFunctions: "::sleep;fetch_.*"}}' -- -std=c++17
// A function of the TU named there is not looked into: calls to it are not
// findings, while the sleep itself still is.
// RUN: %check_lockio -check-suffix=HELPER %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoredFunctions: "nap"}}' -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

int fetch_remote(int key);

// A function of the project that does nothing but sleep.
void nap() {
  sleep(1);
}

// ::sleep itself: a finding unless ignored.
void positive_sleep() {
  std::lock_guard<std::mutex> lock(mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-HELPER: :[[@LINE-4]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-HELPER: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-HELPER: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// usleep is not named by the entry ::sleep: it stays a finding in every run.
void positive_usleep() {
  std::lock_guard<std::mutex> lock(mu);
  usleep(10);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-IGN: :[[@LINE-4]]:3: warning: blocking call to 'usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-IGN: :[[@LINE-6]]:31: note: 'mu' is locked here
  // CHECK-NOTES-IGN: :[[@LINE-6]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-BOTH: :[[@LINE-7]]:3: warning: blocking call to 'usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-BOTH: :[[@LINE-9]]:31: note: 'mu' is locked here
  // CHECK-NOTES-BOTH: :[[@LINE-9]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-HELPER: :[[@LINE-10]]:3: warning: blocking call to 'usleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-HELPER: :[[@LINE-12]]:31: note: 'mu' is locked here
  // CHECK-NOTES-HELPER: :[[@LINE-12]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
}

// A function of the TU blocks only through the calls that count: with
// ::sleep ignored, nap does not block.
void positive_function_that_sleeps() {
  std::lock_guard<std::mutex> lock(mu);
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES: :[[@LINE-41]]:3: note: 'nap' may block: it calls 'sleep'
}

// Listed and ignored at once: never a finding (and not listed by default).
void negative_listed_and_ignored() {
  std::lock_guard<std::mutex> lock(mu);
  fetch_remote(1);
}
