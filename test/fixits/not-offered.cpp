// RUN: %check_lockio %s %t -- -- -std=c++17

#include <map>
#include <mutex>
#include <string>
#include <unistd.h>

#define FLUSH(fd) fsync(fd)

class Store {
public:
  // The blocking statement reads a member of the object that owns the mutex.
  void usesMember(int fd) {
    std::lock_guard<std::mutex> lock(mu_);
    write(fd, name_, sizeof name_);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'write' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: the statement uses 'name_', which 'mu_' may protect
  }

  // The call's result goes straight into state the mutex protects.
  void storesResult(int fd) {
    std::lock_guard<std::mutex> lock(mu_);
    last_ = read(fd, buf_, sizeof buf_);
    // CHECK-NOTES: :[[@LINE-1]]:13: warning: blocking call to 'read' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:13: note: no fix offered: the call's result is stored in 'last_', which 'mu_' may protect
  }

  // The blocking call is the value of a return statement.
  long returns(int fd, char *buf) {
    std::lock_guard<std::mutex> lock(mu_);
    return read(fd, buf, 4);
    // CHECK-NOTES: :[[@LINE-1]]:12: warning: blocking call to 'read' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:12: note: no fix offered: the call is part of a return statement
  }

  // The blocking call is a condition.
  void condition(int fd, char *buf) {
    std::lock_guard<std::mutex> lock(mu_);
    if (read(fd, buf, 4) > 0)
      ++count_;
    // CHECK-NOTES: :[[@LINE-2]]:9: warning: blocking call to 'read' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-4]]:9: note: no fix offered: the call is part of a condition
  }

  // The blocking call comes from a macro.
  void macro(int fd) {
    std::lock_guard<std::mutex> lock(mu_);
    FLUSH(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu_' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :8:19: note: expanded from macro 'FLUSH'
    // CHECK-NOTES: :[[@LINE-4]]:33: note: 'mu_' is locked here
    // CHECK-NOTES: :[[@LINE-4]]:5: note: no fix offered: the call is inside a macro expansion
    // CHECK-NOTES: :8:19: note: expanded from macro 'FLUSH'
  }

private:
  std::mutex mu_;
  char name_[8] = {};
  long last_ = 0;
  int count_ = 0;
  char buf_[16];
};

std::mutex a, b;

// A scoped_lock of several mutexes cannot release just one of them.
void severalMutexes(int fd) {
  std::scoped_lock both(a, b);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'a' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:20: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:20: note: 'b' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: several locks are held
}

// Two separate locks are held.
void twoLocks(int fd) {
  std::lock_guard<std::mutex> first(a);
  std::lock_guard<std::mutex> second(b);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'b' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:31: note: 'b' is locked here
  // CHECK-NOTES: :[[@LINE-4]]:3: note: no fix offered: several locks are held
}

// The lock was taken on two paths: there is no one place to release it.
void twoPaths(bool fast, int fd) {
  if (fast)
    a.lock();
  else
    a.lock();
  fsync(fd);
  a.unlock();
  // CHECK-NOTES: :[[@LINE-2]]:3: warning: blocking call to 'fsync' while 'a' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-6]]:5: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-5]]:5: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-5]]:3: note: no fix offered: 'a' is locked on more than one path
}

std::map<std::string, std::string> g_cache;

// A global that the function also uses elsewhere under the lock.
void sharedGlobal(int fd, char *buf) {
  std::lock_guard<std::mutex> lock(a);
  g_cache["n"] = std::to_string(read(fd, buf, 4));
  // CHECK-NOTES: :[[@LINE-1]]:33: warning: blocking call to 'read' while 'a' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:33: note: no fix offered: the call's result is stored in 'g_cache', which 'a' may protect
  g_cache.erase("old");
}

// A range-for over state the lock protects: releasing the lock in the body
// would let another thread change the container under the loop's
// iterators.
struct Registry {
  std::mutex mu;
  std::map<int, int> peers;
  void broadcast() {
    std::lock_guard<std::mutex> lock(mu);
    for (const auto &peer : peers) {
      fsync(peer.first);
    }
    // CHECK-NOTES: :[[@LINE-2]]:7: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-5]]:33: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-4]]:7: note: no fix offered: the statement is in a loop over 'peers', which 'mu' may protect
  }
};

// A statement that blocks in its condition is refused its own fix and does
// not join the fix of the statement after it.
void conditionThenCall(int fd) {
  std::unique_lock<std::mutex> lock(a);
  if (fsync(fd) != 0)
    return;
  fdatasync(fd);
  // CHECK-NOTES: :[[@LINE-3]]:7: warning: blocking call to 'fsync' while 'a' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-5]]:32: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-5]]:7: note: no fix offered: the call is part of a condition
  // CHECK-NOTES: :[[@LINE-4]]:3: warning: blocking call to 'fdatasync' while 'a' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-8]]:32: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-6]]:3: note: release 'a' during the blocking call; other threads may change what it protects before it is taken again
}

// A const guard cannot be unlocked.
void constGuard(int fd) {
  const std::lock_guard<std::mutex> lock(a);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'a' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:37: note: 'a' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: no fix offered: 'lock' is const
}
