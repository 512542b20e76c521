// RUN: %check_lockio %s %t -- -- -std=c++17

#include <condition_variable>
#include <mutex>
#include <unistd.h>

std::mutex mu;
std::condition_variable cv;
bool ready = false;

// A wait through a local reference to the guard releases the guard's lock.
void negative_wait_through_reference() {
  std::unique_lock<std::mutex> lk(mu);
  auto &r = lk;
  while (!ready)
    cv.wait(r);
}

// Unlocking through the reference releases the guard's lock.
void negative_unlock_through_reference() {
  std::unique_lock<std::mutex> lk(mu);
  auto &r = lk;
  r.unlock();
  sleep(1);
}

// swap exchanges what two guards own: the lock goes with the other guard.
void positive_swapped_guard() {
  std::unique_lock<std::mutex> a(mu), b;
  a.swap(b);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:32: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  b.unlock();
  sleep(1);
}
