// RUN: %check_lockio %s %t -- -- -std=c++17

#include <chrono>
#include <mutex>
#include <unistd.h>

std::mutex mu;
std::timed_mutex timed_mu;

// With std::try_to_lock the guard may or may not own the mutex: a call is
// under it only on the branch where owns_lock() said so. The note points at
// the guard, which is where the mutex was taken.
void positive_owns_lock_branch() {
  std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
  if (lk.owns_lock()) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  } else {
    sleep(2);
  }
}

// The same through the guard's conversion to bool.
void positive_bool_branch() {
  std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
  if (lk) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  }
}

// Returning early when the guard does not own the mutex leaves it held on
// the rest of the function.
int positive_early_return_unless_owned() {
  std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
  if (!lk)
    return 0;
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  return 1;
}

// A deferred guard's try_lock() in a condition takes the mutex there.
void positive_guard_try_lock() {
  std::unique_lock<std::mutex> lk(mu, std::defer_lock);
  if (lk.try_lock()) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  }
}

// A guard given a timeout owns the mutex only if it got it in time.
void positive_timeout_owned() {
  std::unique_lock<std::timed_mutex> lk(timed_mu,
                                        std::chrono::milliseconds(10));
  if (lk.owns_lock()) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'timed_mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-5]]:38: note: 'timed_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'timed_mu' during the blocking call{{.*}}
  }
}

// A guard that tried to lock and was never asked is not taken to own the
// mutex.
void negative_never_tested() {
  std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
  sleep(1);
}

// After the branch that tested the guard only one of the two incoming paths
// holds the mutex, and a lock counts as held at a join only when it is held
// on every incoming path.
void negative_after_tested_branch() {
  std::unique_lock<std::mutex> lk(mu, std::try_to_lock);
  int attempts = 0;
  if (lk.owns_lock())
    ++attempts;
  sleep(1);
}
