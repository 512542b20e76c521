// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// With std::adopt_lock the guard takes over a mutex already locked: it is
// held from the lock() call.
void positive_adopt_lock() {
  mu.lock();
  std::unique_lock<std::mutex> lk(mu, std::adopt_lock);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// The adopting guard releases the mutex at its scope end.
void negative_adopt_lock_scope_end() {
  mu.lock();
  {
    std::unique_lock<std::mutex> lk(mu, std::adopt_lock);
  }
  sleep(1);
}

// The adopting guard can release the mutex early.
void negative_adopt_lock_unlocked() {
  mu.lock();
  std::unique_lock<std::mutex> lk(mu, std::adopt_lock);
  lk.unlock();
  sleep(1);
}
