// RUN: %check_lockio %s %t -- -- -std=c++17

// Boost.Thread's mutexes and guards, from the library's own headers.

#include <boost/chrono.hpp>
#include <boost/thread/lock_guard.hpp>
#include <boost/thread/locks.hpp>
#include <boost/thread/mutex.hpp>
#include <boost/thread/shared_mutex.hpp>
#include <boost/thread/thread.hpp>
#include <unistd.h>

boost::mutex mu;
boost::shared_mutex rw;

// boost::lock_guard holds its mutex until the end of its scope, and the
// catalogue knows Boost's own sleep.
void positive_lock_guard(int fd) {
  {
    boost::lock_guard<boost::mutex> guard(mu);
    boost::this_thread::sleep_for(boost::chrono::milliseconds(5));
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'boost::this_thread::sleep_for' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:37: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: no fix offered: 'guard' cannot release 'mu' before the end of its scope
  }
  fsync(fd);
}

// boost::unique_lock releases on unlock() and takes the mutex again on
// lock(); the second finding's note points at the lock() call.
void positive_unique_lock_unlock_relock(int fd) {
  boost::unique_lock<boost::mutex> lk(mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:36: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  lk.unlock();
  fsync(fd);
  lk.lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// boost::shared_lock holds a shared_mutex for reading.
void positive_shared_lock(int fd) {
  boost::shared_lock<boost::shared_mutex> reader(rw);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:43: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rw' during the blocking call{{.*}}
}

// boost::mutex::scoped_lock is boost::unique_lock<boost::mutex> by another
// name.
void positive_scoped_lock(int fd) {
  boost::mutex::scoped_lock scoped(mu);
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:29: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
}

// boost::mutex's and boost::shared_mutex's own member functions.
void positive_member_calls(int fd) {
  mu.lock();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'mu' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'mu' during the blocking call{{.*}}
  mu.unlock();
  fsync(fd);
  rw.lock_shared();
  fsync(fd);
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'fsync' while 'rw' is locked [lockio-blocking-call-under-lock]
  // CHECK-NOTES: :[[@LINE-3]]:3: note: 'rw' is locked here
  // CHECK-NOTES: :[[@LINE-3]]:3: note: release 'rw' during the blocking call{{.*}}
  rw.unlock_shared();
  fsync(fd);
}

// boost::mutex::try_lock holds the mutex on the branch where it succeeded.
void positive_try_lock(int fd) {
  if (mu.try_lock()) {
    fsync(fd);
    // CHECK-NOTES: :[[@LINE-1]]:5: warning: blocking call to 'fsync' while 'mu' is locked [lockio-blocking-call-under-lock]
    // CHECK-NOTES: :[[@LINE-3]]:7: note: 'mu' is locked here
    // CHECK-NOTES: :[[@LINE-3]]:5: note: release 'mu' during the blocking call{{.*}}
    mu.unlock();
  } else {
    fsync(fd);
  }
}

// A guard made with boost::defer_lock holds nothing until lock().
void negative_defer_lock(int fd) {
  boost::unique_lock<boost::mutex> lk(mu, boost::defer_lock);
  fsync(fd);
}

// A guard made with boost::try_to_lock holds the mutex only where
// owns_lock() says so.
void negative_try_to_lock_failed(int fd) {
  boost::unique_lock<boost::mutex> lk(mu, boost::try_to_lock);
  if (!lk.owns_lock())
    fsync(fd);
}

// A guard unlocked by hand holds nothing for the rest of its scope.
void negative_unique_lock_unlocked(int fd) {
  boost::unique_lock<boost::mutex> lk(mu);
  lk.unlock();
  fsync(fd);
}

// The guards release their mutexes at the end of their scopes.
void negative_after_scopes(int fd) {
  { boost::mutex::scoped_lock scoped(mu); }
  { boost::shared_lock<boost::shared_mutex> reader(rw); }
  fsync(fd);
}
