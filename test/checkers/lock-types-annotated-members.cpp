// RUN: %check_lockio %s %t -- -- -std=c++17

// Clang's thread-safety attributes whose argument names a member of the
// object a method is called on, a member of a parameter, or a global: the
// lock is that object's member, or that global, as the caller names it.

#include <unistd.h>

#define CAPABILITY(x) __attribute__((capability(x)))
#define ACQUIRE(...) __attribute__((acquire_capability(__VA_ARGS__)))
#define ACQUIRE_SHARED(...) \
  __attribute__((acquire_shared_capability(__VA_ARGS__)))
#define RELEASE(...) __attribute__((release_capability(__VA_ARGS__)))
#define RELEASE_SHARED(...) \
  __attribute__((release_shared_capability(__VA_ARGS__)))
#define TRY_ACQUIRE(...) __attribute__((try_acquire_capability(__VA_ARGS__)))

class CAPABILITY("mutex") Mutex {
public:
  void Lock() ACQUIRE();
  void Unlock() RELEASE();
};

// A class that exposes its member mutex through its own lock functions.
class Table {
public:
  void Lock() ACQUIRE(mu_);
  void Unlock() RELEASE(mu_);
  void ReaderLock() ACQUIRE_SHARED(this->mu_);
  void ReaderUnlock() RELEASE_SHARED(this->mu_);
  bool TryLock() TRY_ACQUIRE(true, mu_);
  void LockShard() ACQUIRE(shard_->mu);
  void UnlockShard() RELEASE(shard_->mu);
  static void LockAll() ACQUIRE(all_);
  static void UnlockAll() RELEASE(all_);

  // Inside the class the mutex is named as the class names it.
  void positive_inside(int fd) {
    Lock();
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:5: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: no call is known that releases 'mu_' and takes it again
    mu_.Unlock();
    fsync(fd);
  }

  struct Shard {
    Mutex mu;
  };
  Shard *shard_;
  Mutex mu_;
  static Mutex all_;
};

// Called on an object, the method locks that object's member.
void positive_on_object(Table &t, int fd) {
  t.Lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 't.mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't.mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 't.mu_' during the blocking call{{.*}}
  t.Unlock();
  fsync(fd);
}

// Called through a pointer, it locks the member of the object pointed to;
// unlocking that member directly releases the same lock.
void positive_through_pointer(Table *t, int fd) {
  t->Lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 't->mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't->mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 't->mu_' during the blocking call{{.*}}
  t->mu_.Unlock();
  fsync(fd);
}

// `this->mu_` in the attribute is the same member; the shared spellings
// take and release it as well.
void positive_shared_with_this(Table &t, int fd) {
  t.ReaderLock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 't.mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't.mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 't.mu_' and takes it again
  t.ReaderUnlock();
  fsync(fd);
}

// A try-lock naming a member holds it on the branch where it succeeded.
void positive_try_lock(Table &t, int fd) {
  if (t.TryLock()) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 't.mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 't.mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 't.mu_' during the blocking call{{.*}}
    t.Unlock();
  } else {
    fsync(fd);
  }
}

// A member reached through a member pointer.
void positive_member_pointer(Table &t, int fd) {
  t.LockShard();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 't.shard_->mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 't.shard_->mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 't.shard_->mu' and takes it again
  t.shard_->mu.Unlock();
  fsync(fd);
}

// A static member is one mutex, whichever way it is named.
void positive_static_member(int fd) {
  Table::LockAll();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'all_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'all_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'all_' and takes it again
  Table::all_.Unlock();
  fsync(fd);
}

Mutex g_mu;
void lockGlobal() ACQUIRE(g_mu);
void unlockGlobal() RELEASE(g_mu);

// A free function naming a global locks that global.
void positive_global(int fd) {
  lockGlobal();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'g_mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'g_mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'g_mu' and takes it again
  unlockGlobal();
  fsync(fd);
  g_mu.Lock();
  unlockGlobal();
  fsync(fd);
}

struct Account {
  Mutex mu;
};
void lockAccount(Account &a) ACQUIRE(a.mu);
void unlockAccount(Account *a) RELEASE(a->mu);

// A member of a parameter is that member of the argument passed.
void positive_parameter_member(Account &acct, int fd) {
  lockAccount(acct);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'acct.mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'acct.mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: no call is known that releases 'acct.mu' and takes it again
  unlockAccount(&acct);
  fsync(fd);
}

// Two objects have two mutexes: unlocking one leaves the other held.
void positive_two_objects(Table &a, Table &b, int fd) {
  a.Lock();
  b.Lock();
  b.Unlock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'a.mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:3: note: 'a.mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'a.mu_' during the blocking call{{.*}}
  a.Unlock();
}

// The lock is released however the caller spells the member.
void negative_released_by_member(Table &t, Account &acct, int fd) {
  t.Lock();
  t.mu_.Unlock();
  fsync(fd);
  acct.mu.Lock();
  unlockAccount(&acct);
  fsync(fd);
}

// A try-lock that failed holds nothing.
void negative_try_lock_failed(Table &t, int fd) {
  if (!t.TryLock())
    fsync(fd);
}
