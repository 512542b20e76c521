// RUN: %check_lockio %s %t -- -- -std=c++17 -isystem %mocks

#include <absl/synchronization/mutex.h>
#include <unistd.h>

// Abseil's mutex and guards, with no configuration.
class Table {
public:
  void load(int fd, char *buf) {
    absl::MutexLock lock(&mu_);
    read(fd, buf, 8);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'read' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:21: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'lock' cannot release 'mu_' before the end of its scope
  }
  void readerSide(int fd) {
    mu_.ReaderLock();
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'mu_' and takes it again
    mu_.ReaderUnlock();
    fsync(fd);
  }

private:
  absl::Mutex mu_;
};

// A project's own annotated mutex and guard.
class __attribute__((capability("mutex"))) SpinLock {
public:
  void Acquire() __attribute__((acquire_capability()));
  void Release() __attribute__((release_capability()));
};
class __attribute__((scoped_lockable)) SpinGuard {
public:
  explicit SpinGuard(SpinLock &l) __attribute__((acquire_capability(l)));
  ~SpinGuard() __attribute__((release_capability()));
};
SpinLock spin;
void annotated(int fd) {
  spin.Acquire();
  sleep(1);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'sleep' while 'spin' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'spin' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'spin' and takes it again
  spin.Release();
  sleep(1);
  {
    SpinGuard guard(spin);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'spin' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:15: note: 'spin' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'guard' cannot release 'spin' before the end of its scope
  }
  fsync(fd);
}

// requires_capability: the body runs with the lock held by the caller.
struct Journal {
  SpinLock mu;
  void flushLocked(int fd) __attribute__((requires_capability(mu))) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:43: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'mu' was locked in another function
  }
};
