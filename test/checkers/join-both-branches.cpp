// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// The lock is taken on both branches of an if, so it is held after the join;
// there is one note for the site on each branch, in source order.
void positive_locked_on_both_branches(bool fast) {
  if (fast)
    mu.lock();
  else
    mu.lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:5: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: 'mu' is locked on more than one path
  mu.unlock();
  sleep(2);
}

// The same when the branches take the mutex with different calls.
void positive_try_lock_or_lock() {
  if (!mu.try_lock())
    mu.lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:8: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:5: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: 'mu' is locked on more than one path
  mu.unlock();
}

// Both branches lock, and both unlock before the join.
void negative_unlocked_on_both_branches(bool fast) {
  if (fast) {
    mu.lock();
    mu.unlock();
  } else {
    mu.lock();
    mu.unlock();
  }
  sleep(1);
}
