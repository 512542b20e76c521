// Without the options the project's own lock functions are not locks.
// RUN: %check_lockio %s %t -- -- -std=c++17
// RUN: %check_lockio -check-suffix=OPT %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.LockFunctions: "acquire_lock;Spin::acquire", lockio-blocking-call-under-lock.UnlockFunctions: "release_lock;Spin::release"}}' -- -std=c++17

#include <unistd.h>

// A lock of the project's own, taken and released by free functions.
struct RawLock {
  int word;
};
void acquire_lock(RawLock *lock);
void release_lock(RawLock *lock);

// A spin lock taken and released by methods named acquire and release.
class Spin {
public:
  void acquire();
  void release();
};

// A pool whose acquire hands out a connection: not a lock.
class Pool {
public:
  void acquire();
  void release();
};

RawLock table_lock;
Spin spin;
Pool pool;

// The free lock function takes the lock its pointer argument points to.
void positive_free_functions(int fd, char *buf) {
  acquire_lock(&table_lock);
  read(fd, buf, 16);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:3: warning: blocking call to 'read' while 'table_lock' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: 'table_lock' is locked here
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'table_lock' and takes it again
  release_lock(&table_lock);
}

// After the unlock function the lock is free.
void negative_after_release_lock(int fd, char *buf) {
  acquire_lock(&table_lock);
  buf[0] = 0;
  release_lock(&table_lock);
  read(fd, buf, 16);
}

// The lock method takes the object it is called on.
void positive_spin_methods(int fd, char *buf) {
  spin.acquire();
  write(fd, buf, 16);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'spin' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: 'spin' is locked here
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'spin' and takes it again
  spin.release();
}

// Through a pointer, the lock is the object pointed to.
void positive_spin_through_pointer(Spin *s, int fd, char *buf) {
  s->acquire();
  write(fd, buf, 16);
  // CHECK-NOTES-OPT: :[[@LINE-1]]:3: warning: blocking call to 'write' while 's' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: 's' is locked here
  // CHECK-NOTES-OPT: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 's' and takes it again
  s->release();
}

// After the release method the lock is free.
void negative_after_spin_release(int fd, char *buf) {
  spin.acquire();
  buf[0] = 0;
  spin.release();
  write(fd, buf, 16);
}

// Pool::acquire is not Spin::acquire: nothing is locked.
void negative_other_class_acquire(int fd, char *buf) {
  pool.acquire();
  read(fd, buf, 16);
  pool.release();
}
