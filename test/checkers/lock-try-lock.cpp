// RUN: %check_lockio %s %t -- -- -std=c++17

#include <chrono>
#include <mutex>
#include <unistd.h>

std::mutex mu;
std::timed_mutex timed_mu;

// try_lock() in a condition holds the mutex on the branch where it
// succeeded, and not on the other.
void positive_try_lock_branch() {
  if (mu.try_lock()) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    mu.unlock();
  } else {
    sleep(2);
  }
  sleep(3);
}

// Returning early when try_lock() fails leaves the mutex held on the rest
// of the function.
int positive_early_return_on_failure() {
  if (!mu.try_lock())
    return -1;
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:8: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  sleep(2);
  return 0;
}

// A timed try-lock works the same way.
void positive_try_lock_for() {
  if (timed_mu.try_lock_for(std::chrono::milliseconds(5))) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'timed_mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'timed_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'timed_mu' during the blocking call{{.*}}
    timed_mu.unlock();
  }
}

// A try_lock() whose result is not tested says nothing about the mutex.
void negative_untested_try_lock() {
  (void)mu.try_lock();
  sleep(1);
}

// On the branch where try_lock() failed nothing is held.
void negative_failed_branch() {
  if (!mu.try_lock()) {
    sleep(1);
    return;
  }
  mu.unlock();
}
