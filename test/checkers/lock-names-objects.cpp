// RUN: %check_lockio %s %t -- -- -std=c++17

#include <mutex>
#include <unistd.h>

struct Cache {
  std::mutex mu;
  int hits = 0;
};

Cache cache;

// A mutex that is a member of an object is named with its access path.
void positive_member_of_object() {
  cache.mu.lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'cache.mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'cache.mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'cache.mu' during the blocking call{{.*}}
  cache.mu.unlock();
  sleep(2);
}

// A guard on a mutex reached through a pointer names it `*m`.
void positive_guard_through_pointer(std::mutex *m) {
  std::lock_guard<std::mutex> guard(*m);
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while '*m' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: '*m' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release '*m' during the blocking call{{.*}}
}

// `c->mu` and `(*c).mu` are one lock.
void positive_arrow_and_deref(Cache *c) {
  c->mu.lock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'c->mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'c->mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'c->mu' during the blocking call{{.*}}
  (*c).mu.unlock();
  sleep(2);
}

// The same member of two different objects is two locks.
void positive_member_of_other_object(Cache &other) {
  cache.mu.lock();
  other.mu.unlock();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'cache.mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'cache.mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'cache.mu' during the blocking call{{.*}}
  cache.mu.unlock();
}
