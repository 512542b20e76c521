// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// A std::lock_guard holds its mutex from its declaration on.
void positive_lock_guard() {
  std::lock_guard<std::mutex> guard(mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// The same with the template argument deduced.
void positive_lock_guard_deduced() {
  std::lock_guard guard(mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// The guard holds its mutex in nested blocks too.
void positive_nested_block(bool again) {
  std::lock_guard<std::mutex> guard(mu);
  if (again) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  }
}

// The destructor at the end of the guard's scope releases the mutex.
void negative_after_scope() {
  {
    std::lock_guard<std::mutex> guard(mu);
  }
  sleep(1);
}

// A call made before the guard is declared is not under it.
void negative_before_guard() {
  sleep(1);
  std::lock_guard<std::mutex> guard(mu);
}

// A guard in another function's scope does not leak into this one.
void takes_and_returns() { std::lock_guard<std::mutex> guard(mu); }
void negative_guard_of_callee() {
  takes_and_returns();
  sleep(1);
}
