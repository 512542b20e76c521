// RUN: %check_lockio %s %t -- -- -std=c++17

#include <pthread.h>
#include <unistd.h>

pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

// pthread_mutex_lock holds the mutex until pthread_mutex_unlock; the lock
// is named without the address-of.
void positive_lock_unlock() {
  pthread_mutex_lock(&mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  pthread_mutex_unlock(&mu);
  sleep(2);
}

// pthread_mutex_trylock returns zero when it took the mutex.
void positive_trylock_equals_zero() {
  if (pthread_mutex_trylock(&mu) == 0) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    pthread_mutex_unlock(&mu);
  } else {
    sleep(2);
  }
}

// A nonzero result means failure: returning on it leaves the mutex held.
int positive_trylock_nonzero_returns() {
  if (pthread_mutex_trylock(&mu) != 0)
    return -1;
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:7: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  pthread_mutex_unlock(&mu);
  return 0;
}

// The result used as a condition directly: true means it failed.
void positive_trylock_as_condition() {
  if (pthread_mutex_trylock(&mu)) {
    sleep(1);
  } else {
    sleep(2);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-5]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    pthread_mutex_unlock(&mu);
  }
}

// A mutex reached through a pointer is named as written.
void positive_through_pointer(pthread_mutex_t *m) {
  pthread_mutex_lock(m);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'm' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'm' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'm' during the blocking call{{.*}}
  pthread_mutex_unlock(m);
}

// Nothing is held after the unlock, nor on the branch where trylock failed.
void negative_unlocked_and_failed() {
  pthread_mutex_lock(&mu);
  pthread_mutex_unlock(&mu);
  sleep(1);
  if (pthread_mutex_trylock(&mu) != 0) {
    sleep(2);
    return;
  }
  pthread_mutex_unlock(&mu);
}
