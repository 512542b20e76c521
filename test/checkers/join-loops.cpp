// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// Locking and unlocking inside a loop body: the call between them is under
// the lock, the calls after the unlock and after the loop are not.
void positive_lock_inside_loop(int n) {
  for (int i = 0; i < n; ++i) {
    mu.lock();
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    mu.unlock();
    sleep(2);
  }
  sleep(3);
}

// A lock taken before a loop is held in every iteration.
void positive_lock_before_loop(int n) {
  mu.lock();
  for (int i = 0; i < n; ++i)
    sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  sleep(2);
}

// A guard declared before a while loop is held in it.
void positive_guard_before_loop(int n) {
  std::lock_guard<std::mutex> guard(mu);
  while (n-- > 0) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:31: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  }
}

// A guard declared in the loop body is released at the end of every
// iteration.
void positive_guard_inside_loop(int n) {
  while (n-- > 0) {
    std::lock_guard<std::mutex> guard(mu);
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
  }
  sleep(2);
}

// A loop that unlocks in its body and relocks at its end: the call at the
// top of the body is under the lock taken before the loop on the first
// iteration and under the one at the end of the body on the others.
void positive_unlock_relock_loop(int n) {
  mu.lock();
  while (n-- > 0) {
    sleep(1);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:3: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE+4]]:5: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: no fix offered: 'mu' is locked on more than one path
    mu.unlock();
    sleep(2);
    mu.lock();
  }
  mu.unlock();
}

// A break that leaves the loop with the lock held joins the normal exit,
// where it is not held.
void negative_break_with_lock_held(int n) {
  for (int i = 0; i < n; ++i) {
    mu.lock();
    if (i == 3)
      break;
    mu.unlock();
  }
  sleep(1);
}
