// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

std::mutex mu;

// With std::defer_lock the guard holds nothing until its lock(); from then
// on the mutex is held from that call.
void positive_defer_then_lock() {
  std::unique_lock<std::mutex> lk(mu, std::defer_lock);
  sleep(1);
  lk.lock();
  sleep(2);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// A deferred guard that is never locked holds nothing.
void negative_defer_never_locked() {
  std::unique_lock<std::mutex> lk(mu, std::defer_lock);
  sleep(1);
}

// A default-constructed guard holds nothing.
void negative_default_constructed() {
  std::unique_lock<std::mutex> lk;
  sleep(1);
}

// A deferred guard that was locked still releases at its scope end.
void negative_defer_locked_then_scope_end() {
  {
    std::unique_lock<std::mutex> lk(mu, std::defer_lock);
    lk.lock();
  }
  sleep(1);
}
