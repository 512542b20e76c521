// RUN: %check_lockio %s %t -- -- -std=c++17 -isystem %mocks
// RUN: %check_lockio %s %t -- -- -std=c++14 -isystem %mocks

// folly::Synchronized: the LockedPtr handles that wlock(), rlock() and
// lock() return hold the lock of the Synchronized object until they die.
// Before C++17 the handle is moved out of a temporary; the findings are the
// same.

#include <folly/Synchronized.h>
#include <chrono>
#include <utility>
#include <vector>
#include <unistd.h>

folly::Synchronized<std::vector<int>> queue;

// A handle from wlock() holds the lock until the end of its scope.
void positive_wlock(int fd) {
  {
    auto locked = queue.wlock();
    locked->push_back(fd);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:10: note: 'queue' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'locked' cannot release 'queue' before the end of its scope
  }
  fsync(fd);
}

// rlock() and lock() return handles that hold the lock the same way.
void positive_rlock_and_lock(int fd) {
  {
    auto reader = queue.rlock();
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:10: note: 'queue' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'reader' cannot release 'queue' before the end of its scope
  }
  auto locked = queue.lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:8: note: 'queue' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locked' cannot release 'queue' before the end of its scope
}

// unlock() on the handle releases the lock for the rest of its scope.
// FIXME: the handle can unlock early (it cannot lock again), so the reason
// in the last note is not the real one.
void positive_unlock(int fd) {
  auto locked = queue.wlock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:8: note: 'queue' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locked' cannot release 'queue' before the end of its scope
  locked.unlock();
  fsync(fd);
}

// tryWLock(), and wlock() with a timeout, may return a null handle: the
// lock is held where the handle tests true.
void positive_try_and_timeout(int fd) {
  if (auto locked = queue.tryWLock()) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:12: note: 'queue' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'locked' cannot release 'queue' before the end of its scope
  } else {
    fsync(fd);
  }
  auto timed = queue.wlock(std::chrono::milliseconds(10));
  fsync(fd);
  if (timed) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-5]]:8: note: 'queue' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'timed' cannot release 'queue' before the end of its scope
  }
}

// A handle moved into another variable hands the lock over; a Synchronized
// object reached through a pointer is named by the pointer.
void positive_moved_through_pointer(folly::Synchronized<int> *counter,
                                    int fd) {
  auto first = counter->wlock();
  auto second = std::move(first);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'counter' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:8: note: 'counter' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'second' cannot release 'counter' before the end of its scope
}

// A handle that lives only as a temporary holds the lock to the end of its
// full-expression: the fsync inside runs under it, the one after does not.
void positive_temporary_handle(int fd) {
  queue.wlock()->push_back(fsync(fd));
  // CHECK-NOTES: :[[@LINE-1]]:28: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-2]]:3: note: 'queue' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:28: note: no fix offered: 'queue' is not held by a guard or a lock call in view
  fsync(fd);
}

// withWLock() runs the lambda with the lock held; the note points at the
// call that took it.
void positive_with_wlock(int fd) {
  queue.withWLock([&](std::vector<int> &items) {
    items.push_back(fd);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'queue' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:3: note: 'queue' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'queue' was locked in another function
  });
}

// Copying the value out takes the lock only inside copy().
void negative_copy(int fd) {
  std::vector<int> items = queue.copy();
  fsync(fd);
}
