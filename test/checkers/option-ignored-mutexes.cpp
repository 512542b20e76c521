// By default every mutex counts.
// RUN: %check_lockio %s %t -- -- -std=c++17
// A mutex can be ignored by its name (log_mu_) or by its type (SpinLock).
// RUN: %check_lockio -check-suffix=IGN %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoredMutexes: "log_mu_;SpinLock"}}' -- -std=c++17
// A name entry qualified by the class that holds the mutex.
// RUN: %check_lockio -check-suffix=QUAL %s %t -config='{CheckOptions: {lockio-blocking-call-under-lock.IgnoredMutexes: "Service::log_mu_"}}' -- -std=c++17

#include <mutex>
#include <unistd.h>

// A lock type of the project: a class with lock and unlock.
class SpinLock {
public:
  void lock();
  void unlock();
};

class Service {
public:
  void positive_by_name(int fd, const char *buf);
  void positive_by_name_through_this(int fd, const char *buf);
  void positive_other_mutex(int fd, const char *buf);
  void positive_by_type_lock_call(int fd, const char *buf);
  void positive_by_type_guard(int fd, const char *buf);

private:
  std::mutex log_mu_;
  std::mutex state_mu_;
  SpinLock spin_;
};

// log_mu_ by its name.
// FIXME: the entry Service::log_mu_ should name this member too (QUAL).
void Service::positive_by_name(int fd, const char *buf) {
  std::lock_guard<std::mutex> lock(log_mu_);
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'log_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'log_mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'log_mu_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-QUAL: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'log_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:31: note: 'log_mu_' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:3: note: release 'log_mu_' during the blocking call; other threads may change what it protects before it is taken again
}

// log_mu_ spelled through `this->`.
// FIXME: log_mu_ and this->log_mu_ are one lock everywhere else in the
// check, but a name entry is matched against the spelling only, so the entry
// log_mu_ does not ignore this->log_mu_ (IGN), nor does Service::log_mu_
// (QUAL).
void Service::positive_by_name_through_this(int fd, const char *buf) {
  std::lock_guard<std::mutex> lock(this->log_mu_);
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'this->log_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'this->log_mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'this->log_mu_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-IGN: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'this->log_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-IGN: :[[@LINE-6]]:31: note: 'this->log_mu_' is locked here
  // CHECK-NOTES-IGN: :[[@LINE-6]]:3: note: release 'this->log_mu_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-QUAL: :[[@LINE-7]]:3: warning: blocking call to 'write' while 'this->log_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-9]]:31: note: 'this->log_mu_' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-9]]:3: note: release 'this->log_mu_' during the blocking call; other threads may change what it protects before it is taken again
}

// Another mutex of the same type and class is not ignored in any run.
void Service::positive_other_mutex(int fd, const char *buf) {
  std::lock_guard<std::mutex> lock(state_mu_);
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'state_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:31: note: 'state_mu_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'state_mu_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-IGN: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'state_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-IGN: :[[@LINE-6]]:31: note: 'state_mu_' is locked here
  // CHECK-NOTES-IGN: :[[@LINE-6]]:3: note: release 'state_mu_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-QUAL: :[[@LINE-7]]:3: warning: blocking call to 'write' while 'state_mu_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-9]]:31: note: 'state_mu_' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-9]]:3: note: release 'state_mu_' during the blocking call; other threads may change what it protects before it is taken again
}

// A SpinLock taken with lock(), ignored by its type.
void Service::positive_by_type_lock_call(int fd, const char *buf) {
  spin_.lock();
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'spin_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'spin_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'spin_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-QUAL: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'spin_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:3: note: 'spin_' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:3: note: release 'spin_' during the blocking call; other threads may change what it protects before it is taken again
  spin_.unlock();
}

// A SpinLock held by a std::lock_guard, ignored by its type.
void Service::positive_by_type_guard(int fd, const char *buf) {
  std::lock_guard<SpinLock> lock(spin_);
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'spin_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:29: note: 'spin_' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'spin_' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-QUAL: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'spin_' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:29: note: 'spin_' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:3: note: release 'spin_' during the blocking call; other threads may change what it protects before it is taken again
}

// A SpinLock reached through a pointer is ignored by its type as well.
void positive_by_type_through_pointer(SpinLock *lk, int fd, const char *buf) {
  lk->lock();
  write(fd, buf, 16);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'write' while 'lk' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'lk' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'lk' during the blocking call; other threads may change what it protects before it is taken again
  // CHECK-NOTES-QUAL: :[[@LINE-4]]:3: warning: blocking call to 'write' while 'lk' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:3: note: 'lk' is locked here
  // CHECK-NOTES-QUAL: :[[@LINE-6]]:3: note: release 'lk' during the blocking call; other threads may change what it protects before it is taken again
  lk->unlock();
}
