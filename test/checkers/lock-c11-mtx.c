// RUN: %check_lockio %s %t -- -- -std=c11
// RUN: %check_lockio %s %t -- -- -x c++ -std=c++17

#include <threads.h>
#include <unistd.h>

mtx_t log_mu;

// mtx_lock holds the mutex until mtx_unlock.
void positive_lock_unlock(void) {
  mtx_lock(&log_mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'log_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'log_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'log_mu' during the blocking call{{.*}}
  mtx_unlock(&log_mu);
  sleep(2);
}

// mtx_trylock returns thrd_success (zero) when it took the mutex.
void positive_trylock_success(void) {
  if (mtx_trylock(&log_mu) == thrd_success) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'log_mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'log_mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'log_mu' during the blocking call{{.*}}
    mtx_unlock(&log_mu);
  } else {
    sleep(2);
  }
}

// Nothing is held after mtx_unlock.
void negative_unlocked(void) {
  mtx_lock(&log_mu);
  mtx_unlock(&log_mu);
  sleep(1);
}
