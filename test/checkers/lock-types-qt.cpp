// RUN: %check_lockio %s %t -- -- -std=c++17 -fPIC %qt5_flags
//

// Qt 5's mutexes and lockers, from the library's own headers.

#include <QtCore/QMutex>
#include <QtCore/QMutexLocker>
#include <QtCore/QReadWriteLock>
#include <QtCore/QRecursiveMutex>
#include <unistd.h>

QMutex mu;
QRecursiveMutex rec;
QReadWriteLock rw;

// QMutex::lock() holds the mutex until unlock().
void positive_lock_unlock(int fd) {
  mu.lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  fsync(fd);
}

// QMutex::tryLock(), with or without a timeout, holds the mutex on the
// branch where it succeeded.
// FIXME: unlock() and lock() would release and retake the mutex, but no
// fix is offered after tryLock().
void positive_try_lock(int fd) {
  if (mu.tryLock()) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'mu' and takes it again
    mu.unlock();
  }
  if (mu.tryLock(100)) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'mu' and takes it again
    mu.unlock();
  }
}

// QRecursiveMutex::lock() holds the mutex until unlock().
void positive_recursive_mutex(int fd) {
  rec.lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rec' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rec' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rec' during the blocking call{{.*}}
  rec.unlock();
  fsync(fd);
}

// QReadWriteLock: lockForRead() and lockForWrite() hold the lock until
// unlock(), although the class has no lock() of its own.
// FIXME: unlock() and lockForRead() would release and retake the lock, but
// no fix is offered.
void positive_read_write_lock(int fd) {
  rw.lockForRead();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'rw' and takes it again
  rw.unlock();
  fsync(fd);
  rw.lockForWrite();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'rw' and takes it again
  rw.unlock();
  fsync(fd);
  if (rw.tryLockForWrite()) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'rw' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'rw' and takes it again
    rw.unlock();
  }
}

// QMutexLocker holds the mutex until unlock() and again from relock(); the
// second finding's note points at the relock() call.
// FIXME: the locker can unlock() and relock(), but no fix is offered.
void positive_mutex_locker(int fd) {
  QMutexLocker locker(&mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:16: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locker' cannot release 'mu' before the end of its scope
  locker.unlock();
  fsync(fd);
  locker.relock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locker' cannot release 'mu' before the end of its scope
}

// QMutexLocker over a QRecursiveMutex.
void positive_mutex_locker_recursive(int fd) {
  QMutexLocker locker(&rec);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rec' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:16: note: 'rec' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locker' cannot release 'rec' before the end of its scope
}

// QReadLocker and QWriteLocker hold the lock until the end of their scopes.
void positive_read_and_write_lockers(int fd) {
  {
    QReadLocker reader(&rw);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:17: note: 'rw' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'reader' cannot release 'rw' before the end of its scope
  }
  {
    QWriteLocker writer(&rw);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:18: note: 'rw' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'writer' cannot release 'rw' before the end of its scope
  }
  fsync(fd);
}

// A tryLock() that failed holds nothing.
void negative_try_lock_failed(int fd) {
  if (!mu.tryLock())
    fsync(fd);
  if (!rw.tryLockForRead())
    fsync(fd);
}

// Lockers unlocked by hand hold nothing for the rest of their scopes.
void negative_lockers_unlocked(int fd) {
  QMutexLocker locker(&mu);
  locker.unlock();
  fsync(fd);
  QWriteLocker writer(&rw);
  writer.unlock();
  fsync(fd);
}

// Lockers release at the end of their scopes.
void negative_after_scopes(int fd) {
  { QMutexLocker locker(&mu); }
  { QReadLocker reader(&rw); }
  fsync(fd);
}
