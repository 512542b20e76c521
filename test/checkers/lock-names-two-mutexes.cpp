// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex table_mu;
std::mutex stats_mu;

// Two mutexes held: the warning names the one taken last, and each gets a
// note where it was taken, in source order.
void positive_both_held() {
  table_mu.lock();
  stats_mu.lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'stats_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'table_mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'stats_mu' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: several locks are held
  stats_mu.unlock();
  table_mu.unlock();
}

// Unlocking one leaves the other held and named, with its note only.
void positive_one_released() {
  table_mu.lock();
  stats_mu.lock();
  stats_mu.unlock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'table_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'table_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'table_mu' during the blocking call{{.*}}
  table_mu.unlock();
}

// The same with guards: the inner guard's scope ends first.
void positive_inner_guard_released() {
  std::lock_guard<std::mutex> table(table_mu);
  {
    std::lock_guard<std::mutex> stats(stats_mu);
  }
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'table_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-6]]:31: note: 'table_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'table_mu' during the blocking call{{.*}}
}

// Both released: nothing is held.
void negative_both_released() {
  table_mu.lock();
  stats_mu.lock();
  table_mu.unlock();
  stats_mu.unlock();
  sleep(1);
}
