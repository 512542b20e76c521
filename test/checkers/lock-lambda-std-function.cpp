// RUN: %check_lockio %s %t -- -- -std=c++17

#include <functional>
#include <mutex>
#include <unistd.h>

std::mutex mu;

// A local std::function initialised from a lambda runs that lambda: called
// under the lock, it may block under it.
void positive_called_through_std_function() {
  std::lock_guard<std::mutex> guard(mu);
  std::function<void()> nap = [] { sleep(1); };
  nap();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'nap' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  // CHECK-NOTES: :[[@LINE-5]]:36: note: 'nap' may block: it calls 'sleep'
}

// A std::function called after the guard's scope runs without the lock.
void negative_called_after_scope() {
  std::function<void()> nap = [] { sleep(1); };
  {
    std::lock_guard<std::mutex> guard(mu);
  }
  nap();
}
