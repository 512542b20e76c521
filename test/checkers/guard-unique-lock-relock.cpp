// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// unlock() on the guard releases the mutex until lock() takes it again; the
// second finding's note points at the lock() call.
void positive_unlock_and_relock() {
  std::unique_lock<std::mutex> lk(mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  lk.unlock();
  sleep(2);
  lk.lock();
  sleep(3);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// A guard unlocked by hand holds nothing for the rest of its scope.
void negative_unlocked_until_scope_end() {
  std::unique_lock<std::mutex> lk(mu);
  lk.unlock();
  sleep(1);
}

// A guard relocked by hand still releases at its scope end.
void negative_relocked_then_scope_end() {
  {
    std::unique_lock<std::mutex> lk(mu);
    lk.unlock();
    lk.lock();
  }
  sleep(1);
}
