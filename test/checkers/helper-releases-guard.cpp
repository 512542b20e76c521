// RUN: %check_lockio %s %t -- -- -std=c++17

#include <condition_variable>
#include <mutex>
#include <unistd.h>

std::mutex mu, other;
std::condition_variable cv;
bool ready = false;

// Helpers handed the caller's guard.
static void napUnlocked(std::unique_lock<std::mutex> &lk) {
  lk.unlock();
  sleep(1);
  lk.lock();
}
static void waitReady(std::unique_lock<std::mutex> &lk) {
  cv.wait(lk, [] { return ready; });
}
static void napLocked(std::unique_lock<std::mutex> &lk) { sleep(1); }

// The helper releases the guard it is given wherever it blocks.
void negative_helper_unlocks(bool hit) {
  std::unique_lock<std::mutex> lk(mu);
  napUnlocked(lk);
}

// The helper waits with the guard, which releases it.
void negative_helper_waits() {
  std::unique_lock<std::mutex> lk(mu);
  waitReady(lk);
}

// The helper blocks with the guard still locked.
void positive_helper_keeps_lock() {
  std::unique_lock<std::mutex> lk(mu);
  napLocked(lk);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'napLocked' may block while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: the statement uses the guard 'lk'
  // CHECK-NOTES: :[[@LINE-21]]:59: note: 'napLocked' may block: it calls 'sleep'
}

// The helper releases the guard it is given, but the caller holds another
// lock too: that one is named. No fix: mu is held again when the helper
// returns, and retaking other then would reverse the order of the two.
void positive_other_lock_still_held() {
  std::lock_guard<std::mutex> first(other);
  std::unique_lock<std::mutex> lk(mu);
  napUnlocked(lk);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: call to 'napUnlocked' may block while 'other' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'other' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: several locks are held
  // CHECK-NOTES: :[[@LINE-40]]:3: note: 'napUnlocked' may block: it calls 'sleep'
}
