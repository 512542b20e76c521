// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// release() gives the mutex up without unlocking it: it stays locked after
// the guard's scope ends, until a manual unlock().
void positive_released_guard_outlives_scope() {
  {
    std::unique_lock<std::mutex> lk(mu);
    lk.release();
  }
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:34: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'mu' is not held by a guard or a lock call in view
  mu.unlock();
  sleep(2);
}

// Within the guard's scope, too, the mutex is held until the manual unlock.
void positive_released_then_unlocked() {
  std::unique_lock<std::mutex> lk(mu);
  lk.release();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'mu' is not held by a guard or a lock call in view
  mu.unlock();
  sleep(2);
}

// A guard that released an unlocked mutex leaves nothing held.
void negative_release_after_unlock() {
  {
    std::unique_lock<std::mutex> lk(mu);
    lk.unlock();
    lk.release();
  }
  sleep(1);
}

// The pointer release() returns, unlocked at once, releases the mutex.
void negative_release_then_unlock() {
  std::unique_lock<std::mutex> lk(mu);
  lk.release()->unlock();
  sleep(1);
}
