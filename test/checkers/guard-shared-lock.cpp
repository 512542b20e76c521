// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <shared_mutex>
#include <unistd.h>

std::shared_mutex rw_mu;

// A std::shared_lock holds its mutex (for reading) like any other guard.
void positive_shared_lock() {
  std::shared_lock<std::shared_mutex> reader(rw_mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'rw_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:39: note: 'rw_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rw_mu' during the blocking call{{.*}}
}

// An exclusive guard on the same kind of mutex, for comparison.
void positive_exclusive_lock() {
  std::unique_lock<std::shared_mutex> writer(rw_mu);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'rw_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:39: note: 'rw_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rw_mu' during the blocking call{{.*}}
}

// A std::shared_lock releases its mutex at its scope end, and when unlocked.
void negative_shared_lock_released() {
  {
    std::shared_lock<std::shared_mutex> reader(rw_mu);
  }
  sleep(1);
  std::shared_lock<std::shared_mutex> again(rw_mu);
  again.unlock();
  sleep(2);
}

// A deferred std::shared_lock holds nothing.
void negative_shared_lock_deferred() {
  std::shared_lock<std::shared_mutex> reader(rw_mu, std::defer_lock);
  sleep(1);
}
