// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// The lock is taken on one branch only. At the join after the if it is held
// on one incoming path and not on the other; by the documented must-hold
// choice a lock counts as held at a join only when it is held on every
// incoming path, so the call after the join is not a finding.
void negative_locked_on_one_branch(bool exclusive) {
  if (exclusive)
    mu.lock();
  sleep(1);
  if (exclusive)
    mu.unlock();
}

// The lock is released on one branch of a switch only: after the switch it
// is held on one incoming path, so again the call is not a finding.
void negative_unlocked_on_one_branch(int mode) {
  mu.lock();
  switch (mode) {
  case 0:
    mu.unlock();
    break;
  default:
    break;
  }
  sleep(1);
}

// Inside the branch that took it, the lock is held.
void positive_inside_locking_branch(bool exclusive) {
  if (exclusive) {
    mu.lock();
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    mu.unlock();
  }
  sleep(2);
}
