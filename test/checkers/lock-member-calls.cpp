// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <shared_mutex>
#include <unistd.h>

std::mutex mu;
std::shared_mutex rw_mu;

// lock() on a mutex holds it until unlock(); the note points at the start
// of the lock() call.
void positive_lock_unlock() {
  mu.lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  sleep(2);
}

// lock_shared() holds the mutex until unlock_shared().
void positive_lock_shared() {
  rw_mu.lock_shared();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'rw_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rw_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rw_mu' during the blocking call{{.*}}
  rw_mu.unlock_shared();
  sleep(2);
}

// A lock taken by hand is not released at a scope end.
void positive_lock_outlives_block() {
  {
    mu.lock();
  }
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
}

// A call made before lock() is not under it.
void negative_before_lock() {
  sleep(1);
  mu.lock();
  mu.unlock();
}

// Locked and unlocked before the call.
void negative_unlocked_before_call() {
  rw_mu.lock();
  rw_mu.unlock();
  rw_mu.lock_shared();
  rw_mu.unlock_shared();
  sleep(1);
}

// A recursive mutex locked twice needs two unlocks.
std::recursive_mutex rmu;
void positive_recursive_locked_twice(int fd) {
  rmu.lock();
  rmu.lock();
  rmu.unlock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rmu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'rmu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rmu' during the blocking call{{.*}}
  rmu.unlock();
  fsync(fd);
}

// Locked twice and not yet released: one unlock would not free it, so no
// fix is offered.
void positive_recursive_held_twice(int fd) {
  rmu.lock();
  rmu.lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rmu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'rmu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'rmu' is locked more than once
  rmu.unlock();
  rmu.unlock();
}
