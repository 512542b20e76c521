// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex g_mu[2];

// `g_mu[0]` and `g_mu[1]` are different locks: unlocking one leaves the
// other held.
void positive_other_element_unlocked() {
  g_mu[0].lock();
  g_mu[1].unlock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'g_mu[0]' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'g_mu[0]' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'g_mu[0]' during the blocking call{{.*}}
  g_mu[0].unlock();
  sleep(2);
}

// An index written differently but with the same value is the same lock.
void negative_same_element_by_constant() {
  constexpr int First = 0;
  g_mu[First].lock();
  g_mu[0].unlock();
  sleep(1);
}

// A guard on one element is released at its scope end.
void negative_element_guard_released() {
  {
    std::lock_guard<std::mutex> guard(g_mu[1]);
  }
  sleep(1);
}
