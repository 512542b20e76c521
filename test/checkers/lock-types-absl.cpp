// RUN: %check_lockio %s %t -- -- -std=c++17

// Abseil's absl::Mutex and its guards, from the library's own headers,
// whose thread-safety attributes use the older spellings
// (exclusive_lock_function, unlock_function).

#include <absl/synchronization/mutex.h>
#include <unistd.h>

absl::Mutex mu;

// Lock() holds the mutex until Unlock().
void positive_lock_unlock(int fd) {
  mu.Lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.Unlock();
  fsync(fd);
}

// ReaderLock() holds the mutex for reading until ReaderUnlock().
void positive_reader_lock(int fd) {
  mu.ReaderLock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'mu' and takes it again
  mu.ReaderUnlock();
  fsync(fd);
}

// WriterLock() holds the mutex until WriterUnlock().
void positive_writer_lock(int fd) {
  mu.WriterLock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'mu' and takes it again
  mu.WriterUnlock();
  fsync(fd);
}

// TryLock() holds the mutex on the branch where it succeeded.
void positive_try_lock(int fd) {
  if (mu.TryLock()) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    mu.Unlock();
  } else {
    fsync(fd);
  }
}

// absl::MutexLock holds the mutex it points to until the end of its scope.
void positive_mutex_lock(int fd) {
  {
    absl::MutexLock lock(&mu);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:21: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'lock' cannot release 'mu' before the end of its scope
  }
  fsync(fd);
}

// absl::ReaderMutexLock and absl::WriterMutexLock do the same.
void positive_reader_and_writer_guards(int fd) {
  {
    absl::ReaderMutexLock reader(&mu);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:27: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'reader' cannot release 'mu' before the end of its scope
  }
  {
    absl::WriterMutexLock writer(&mu);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:27: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'writer' cannot release 'mu' before the end of its scope
  }
  fsync(fd);
}

// absl::ReleasableMutexLock holds the mutex until Release().
// FIXME: the guard can release its mutex early (it has no way to take it
// again), so the reason in the last note is not the real one.
void positive_releasable_mutex_lock(int fd) {
  absl::ReleasableMutexLock lock(&mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:29: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'lock' cannot release 'mu' before the end of its scope
  lock.Release();
  fsync(fd);
}

// A member mutex is named as the user wrote it, with or without `this`.
class Store {
public:
  void positive_this_member(int fd) {
    absl::MutexLock lock(&this->mu_);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'this->mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:21: note: 'this->mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'lock' cannot release 'this->mu_' before the end of its scope
  }
  void negative_unlocked_member(int fd) {
    mu_.Lock();
    mu_.Unlock();
    fsync(fd);
  }

private:
  absl::Mutex mu_;
};

// absl::MutexLock on a mutex the caller passes by pointer.
void positive_through_pointer(absl::Mutex *m, int fd) {
  absl::MutexLock lock(m);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'm' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:19: note: 'm' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'lock' cannot release 'm' before the end of its scope
}

// A TryLock() that failed holds nothing.
void negative_try_lock_failed(int fd) {
  if (!mu.TryLock())
    fsync(fd);
}

// Nothing is held once a ReleasableMutexLock has released its mutex, nor
// once the scope of a MutexLock has ended.
void negative_released(int fd) {
  {
    absl::ReleasableMutexLock lock(&mu);
    lock.Release();
    fsync(fd);
  }
  { absl::MutexLock lock(&mu); }
  fsync(fd);
}
