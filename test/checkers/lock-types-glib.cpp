// RUN: %check_lockio %s %t -- -- -std=c++17 %glib_flags
// RUN: %check_lockio %s %t -- -- -x c -std=gnu11 %glib_flags
//
//

// GLib's mutexes and lockers, from the library's own headers, in C++ and
// in C alike.

#include <glib.h>
#include <unistd.h>

static GMutex mu;
static GRecMutex rec;
static GRWLock rw;

// g_mutex_lock holds the mutex until g_mutex_unlock.
// FIXME: g_mutex_unlock and g_mutex_lock would release and retake the
// mutex, but no fix is offered for GLib's lock functions.
void positive_mutex(int fd) {
  g_mutex_lock(&mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'mu' and takes it again
  g_mutex_unlock(&mu);
  fsync(fd);
}

// g_mutex_trylock returns TRUE when it took the mutex.
void positive_mutex_trylock(int fd) {
  if (g_mutex_trylock(&mu)) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'mu' and takes it again
    g_mutex_unlock(&mu);
  } else {
    fsync(fd);
  }
}

// g_rec_mutex_lock holds the recursive mutex until g_rec_mutex_unlock.
void positive_rec_mutex(int fd) {
  g_rec_mutex_lock(&rec);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rec' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rec' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'rec' and takes it again
  g_rec_mutex_unlock(&rec);
  fsync(fd);
  if (g_rec_mutex_trylock(&rec)) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'rec' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'rec' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'rec' and takes it again
    g_rec_mutex_unlock(&rec);
  }
}

// The reader and writer sides of a GRWLock.
void positive_rw_lock(int fd) {
  g_rw_lock_writer_lock(&rw);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'rw' and takes it again
  g_rw_lock_writer_unlock(&rw);
  fsync(fd);
  g_rw_lock_reader_lock(&rw);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'rw' and takes it again
  g_rw_lock_reader_unlock(&rw);
  fsync(fd);
  if (g_rw_lock_reader_trylock(&rw)) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'rw' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'rw' and takes it again
    g_rw_lock_reader_unlock(&rw);
  }
}

// A GMutexLocker under g_autoptr holds the mutex from its declaration; the
// note points at the locker's name.
void positive_autoptr_locker(int fd) {
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new(&mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:27: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locker' cannot release 'mu' before the end of its scope
}

// The reader and writer lockers of a GRWLock.
void positive_autoptr_rw_lockers(int fd) {
  g_autoptr(GRWLockReaderLocker) reader = g_rw_lock_reader_locker_new(&rw);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'reader' cannot release 'rw' before the end of its scope
  g_rw_lock_reader_locker_free(reader);
  reader = NULL;
  g_autoptr(GRWLockWriterLocker) writer = g_rw_lock_writer_locker_new(&rw);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:34: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'writer' cannot release 'rw' before the end of its scope
}

// A locker freed by hand holds nothing afterwards.
// FIXME: the locker can be freed early, so the reason in the last note is
// not the real one.
void positive_locker_freed_by_hand(int fd) {
  GMutexLocker *locker = g_mutex_locker_new(&mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:17: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'locker' cannot release 'mu' before the end of its scope
  g_mutex_locker_free(locker);
  fsync(fd);
}

// g_autoptr releases the locker at the end of its scope, through the
// variable's cleanup function.
void negative_autoptr_scope_end(int fd) {
  {
    g_autoptr(GRecMutexLocker) locker = g_rec_mutex_locker_new(&rec);
  }
  fsync(fd);
}

// A trylock that failed holds nothing.
void negative_trylock_failed(int fd) {
  if (!g_mutex_trylock(&mu))
    fsync(fd);
  if (!g_rw_lock_writer_trylock(&rw))
    fsync(fd);
}

// A recursive mutex unlocked by hand holds nothing afterwards.
void negative_unlocked(int fd) {
  g_rec_mutex_lock(&rec);
  g_rec_mutex_unlock(&rec);
  fsync(fd);
}
