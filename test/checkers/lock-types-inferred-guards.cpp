// RUN: %check_lockio %s %t -- -- -std=c++17

// A project's own guard classes, recognised with no configuration from
// their code: the constructor locks a mutex it is given and keeps, and the
// destructor unlocks it.

#include <mutex>
#include <pthread.h>
#include <unistd.h>

class Mutex {
public:
  void Lock();
  void Unlock();
};

// Keeps a reference and locks through it.
class MutexLock {
public:
  explicit MutexLock(Mutex &mu) : mu_(mu) { mu_.Lock(); }
  ~MutexLock() { mu_.Unlock(); }

private:
  Mutex &mu_;
};

// Keeps a pointer, but locks through the parameter.
class PointerLock {
public:
  explicit PointerLock(Mutex *mu) : mu_(mu) { mu->Lock(); }
  ~PointerLock() { mu_->Unlock(); }

private:
  Mutex *mu_;
};

// Takes the mutex as its second argument and locks through member
// functions of its own, which callers may also use.
class TaggedGuard {
public:
  TaggedGuard(int tag, pthread_mutex_t *m) : tag_(tag), m_(m) { lock(); }
  ~TaggedGuard() { unlock(); }
  void lock() { pthread_mutex_lock(m_); }
  void unlock() { pthread_mutex_unlock(m_); }

private:
  int tag_;
  pthread_mutex_t *m_;
};

// A class template, recognised in its instantiations.
template <class M> class Holder {
public:
  explicit Holder(M &m) : m_(&m) { m_->lock(); }
  ~Holder() { m_->unlock(); }

private:
  M *m_;
};

Mutex mu;
pthread_mutex_t pm = PTHREAD_MUTEX_INITIALIZER;
std::mutex sm;

// The guard holds the mutex passed to it until the end of its scope.
void positive_reference_guard(int fd) {
  {
    MutexLock lock(mu);
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:15: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'lock' cannot release 'mu' before the end of its scope
  }
  fsync(fd);
}

// A guard given a pointer holds the mutex it points to.
void positive_pointer_guard(int fd) {
  PointerLock lock(&mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'lock' cannot release 'mu' before the end of its scope
}

// The mutex is the argument the locking parameter binds, not the first
// one; the guard's own unlock() releases it.
void positive_second_argument(int fd) {
  TaggedGuard guard(7, &pm);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'pm' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:15: note: 'pm' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'guard' cannot release 'pm' before the end of its scope
  guard.unlock();
  fsync(fd);
}

// An instantiation of a guard template.
void positive_template_guard(int fd) {
  Holder<std::mutex> holder(sm);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'sm' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:22: note: 'sm' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'holder' cannot release 'sm' before the end of its scope
}

// Locks in its constructor but never unlocks: not a guard.
class LockForever {
public:
  explicit LockForever(Mutex &mu) : mu_(mu) { mu_.Lock(); }
  ~LockForever() {}

private:
  Mutex &mu_;
};

// Only keeps a pointer: not a guard.
class Keeper {
public:
  explicit Keeper(Mutex *mu) : mu_(mu) {}
  ~Keeper() {}

private:
  Mutex *mu_;
};

// Locks one mutex and unlocks another: not a guard.
class Crossed {
public:
  Crossed(Mutex &a, Mutex &b) : a_(a), b_(b) { a_.Lock(); }
  ~Crossed() { b_.Unlock(); }

private:
  Mutex &a_;
  Mutex &b_;
};

// Unlocks what it was given without having locked it: not a guard.
class Unlocker {
public:
  explicit Unlocker(Mutex &mu) : mu_(mu) {}
  ~Unlocker() { mu_.Unlock(); }

private:
  Mutex &mu_;
};

Mutex other;

// None of these classes holds a mutex for its scope.
void negative_not_guards(int fd) {
  {
    LockForever forever(mu);
    fsync(fd);
  }
  {
    Keeper keeper(&mu);
    fsync(fd);
  }
  {
    Crossed crossed(mu, other);
    fsync(fd);
  }
  {
    Unlocker unlocker(mu);
    fsync(fd);
  }
}

// Guards release at the end of their scopes and on their own unlock().
void negative_released(int fd) {
  { MutexLock lock(mu); }
  { Holder<std::mutex> holder(sm); }
  TaggedGuard guard(7, &pm);
  guard.unlock();
  fsync(fd);
}
